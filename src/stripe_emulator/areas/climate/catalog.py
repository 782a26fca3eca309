"""The shipped catalogue (`catalog.json`): Frontier's suppliers and the Climate products,
the same for every account. Suppliers are read-only; an account keeps its own copy of a
product once its inventory or prices change (see `products`).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import orjson

from stripe_emulator.areas.climate.models import Location, PricePerTon, Product, Supplier

__all__ = ["price", "product", "products", "supplier", "suppliers"]


@functools.cache
def _data() -> tuple[dict[str, Supplier], dict[str, Product]]:
    text = resources.files(__package__).joinpath("catalog.json").read_text("utf-8")
    raw = json.loads(text)
    suppliers: dict[str, Supplier] = {}
    for entry in raw["suppliers"]:
        suppliers[entry["id"]] = {
            "id": entry["id"], "object": "climate.supplier", "info_url": entry["info_url"],
            "livemode": False,
            "locations": [_location(loc) for loc in entry["locations"]],
            "name": entry["name"], "removal_pathway": entry["removal_pathway"],
        }
    products: dict[str, Product] = {}
    for entry in raw["products"]:
        products[entry["id"]] = {
            "id": entry["id"], "object": "climate.product", "created": entry["created"],
            "current_prices_per_metric_ton": {
                currency: price(p["amount_subtotal"], p["amount_fees"])
                for currency, p in sorted(entry["prices"].items())},
            "delivery_year": entry["delivery_year"], "livemode": False,
            "metric_tons_available": entry["metric_tons_available"], "name": entry["name"],
            "suppliers": [suppliers[s] for s in entry["suppliers"]],
        }
    return suppliers, products


def _location(raw: dict[str, Any]) -> Location:
    return {"city": raw.get("city"), "country": raw["country"], "latitude": raw.get("latitude"),
            "longitude": raw.get("longitude"), "region": raw.get("region")}


def _copy(doc: Any) -> Any:
    return orjson.loads(orjson.dumps(doc))


def price(subtotal: int, fees: int) -> PricePerTon:
    """A `current_prices_per_metric_ton` entry."""
    return {"amount_fees": fees, "amount_subtotal": subtotal, "amount_total": subtotal + fees}


def suppliers() -> list[Supplier]:
    """Every supplier, in catalogue order (fresh copies)."""
    result: list[Supplier] = _copy(list(_data()[0].values()))
    return result


def supplier(supplier_id: str) -> Supplier | None:
    found = _data()[0].get(supplier_id)
    return _copy(found) if found is not None else None


def products() -> list[Product]:
    """Every shipped product as a new account sees it (fresh copies)."""
    result: list[Product] = _copy(list(_data()[1].values()))
    return result


def product(product_id: str) -> Product | None:
    found = _data()[1].get(product_id)
    return _copy(found) if found is not None else None
