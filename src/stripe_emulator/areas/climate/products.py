"""Products (`climate.product`): the shipped catalogue as one account sees it, and that
account's inventory.

Each account has its own view: a catalogue product is read from the catalogue until the
account's orders (or a test helper) change it; from then on the account keeps its own copy
(an ordinary stored object), which orders consume and cancellations restore. Products a
test helper adds exist only in that account. Nothing is written on a read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceAlreadyExists, ResourceMissing
from stripe_emulator.api.listing import ListPage, page_in_memory
from stripe_emulator.areas.climate import amounts, catalog
from stripe_emulator.areas.climate.models import PRODUCTS_URL, PricePerTon, Product
from stripe_emulator.areas.climate.params import (
    ClimatePricePerTonParams,
    ClimateProductCreateParams,
    ClimateProductUpdateParams,
)
from stripe_emulator.areas.climate.sdk_params import ProductListParams
from stripe_emulator.events import changed_attributes, emit

__all__ = ["available", "consume", "create", "list_products", "load", "lock", "restore",
           "retrieve", "update"]

_ID = re.compile(r"^climsku_[a-z0-9_]{1,100}$")
_CURRENCY = re.compile(r"^[a-z]{3}$")


async def lock(ctx: Context) -> None:
    """Serialize the account's Climate writes: inventory and balance are read, checked and
    written back, and two concurrent orders must not both take the last ton."""
    await ctx.objects.lock("climate")


async def load(ctx: Context, product_id: str, *, param: str | None = "id") -> Product:
    """The product as this account sees it, or `No such product` (404)."""
    own = await ctx.objects.get(Product, product_id)
    if own is not None:
        return own
    found = catalog.product(product_id)
    if found is None:
        raise ResourceMissing("product", product_id, param=param)
    return found


async def _put(ctx: Context, product: Product) -> None:
    """Store the account's copy of `product` (its first change of a catalogue product
    makes the copy)."""
    if await ctx.objects.get(Product, product["id"]) is None:
        await ctx.objects.insert(dict(product), created=product["created"])
    else:
        await ctx.objects.save(dict(product))


def available(product: Product) -> Decimal:
    return Decimal(product["metric_tons_available"])


async def consume(ctx: Context, product: Product, tons: Decimal) -> None:
    """Take `tons` from the account's inventory of `product` (checked by the caller)."""
    product["metric_tons_available"] = amounts.format_tons(available(product) - tons)
    await _put(ctx, product)


async def restore(ctx: Context, product_id: str, tons: Decimal) -> None:
    """Give `tons` back to the account's inventory of `product_id` (a cancellation)."""
    product = await load(ctx, product_id, param=None)
    product["metric_tons_available"] = amounts.format_tons(available(product) + tons)
    await _put(ctx, product)


async def retrieve(ctx: Context, product_id: str) -> Product:
    return await load(ctx, product_id)


async def list_products(ctx: Context, p: ProductListParams) -> ListPage:
    """Every product of the account's view, newest first."""
    # The account's own documents: catalogue products it changed, and the ones it added.
    own = {doc["id"]: doc for doc in await ctx.objects.all(Product)}
    items = [own.pop(doc["id"], doc) for doc in catalog.products()]
    items.extend(own.values())
    items.sort(key=lambda doc: (doc["created"], doc["id"]), reverse=True)
    return page_in_memory(items, p, url=PRODUCTS_URL, thing="product")


def _exists(product_id: str) -> ResourceAlreadyExists:
    return ResourceAlreadyExists(f"A product with id '{product_id}' already exists.",
                                 param="id")


def _prices(given: dict[str, ClimatePricePerTonParams]) -> dict[str, PricePerTon]:
    out: dict[str, PricePerTon] = {}
    for currency, entry in given.items():
        code = currency.lower()
        param = f"current_prices_per_metric_ton[{currency}]"
        if not _CURRENCY.match(code):
            raise InvalidRequestError(f"Invalid currency: {currency}", param=param)
        if entry.amount_subtotal < 1:
            raise InvalidRequestError("This value must be greater than or equal to 1.",
                                      param=f"{param}[amount_subtotal]")
        fees = entry.amount_fees if entry.amount_fees is not None else amounts.fees_for(
            entry.amount_subtotal)
        if fees < 0:
            raise InvalidRequestError("This value must be greater than or equal to 0.",
                                      param=f"{param}[amount_fees]")
        out[code] = catalog.price(entry.amount_subtotal, fees)
    return out


async def create(ctx: Context, p: ClimateProductCreateParams) -> Product:
    """Test helper: add a product to the account's inventory (`climate.product.created`)."""
    product_id = p.id or ctx.new_id("climsku").lower()
    if not _ID.match(product_id):
        raise InvalidRequestError(
            f"Invalid id: '{product_id}'. Climate product ids start with 'climsku_' followed "
            "by lowercase letters, digits and underscores.", param="id")
    if (catalog.product(product_id) is not None
            or await ctx.objects.get(Product, product_id) is not None):
        raise _exists(product_id)
    if not 2000 <= p.delivery_year <= 2100:
        raise InvalidRequestError("Invalid delivery_year: must be between 2000 and 2100.",
                                  param="delivery_year")
    if not p.current_prices_per_metric_ton:
        raise InvalidRequestError("At least one currency is required.",
                                  param="current_prices_per_metric_ton")
    if not p.suppliers:
        raise InvalidRequestError("At least one supplier is required.", param="suppliers")
    tons = amounts.check_tons(p.metric_tons_available, "metric_tons_available",
                              allow_zero=True)
    suppliers = []
    for i, supplier_id in enumerate(dict.fromkeys(p.suppliers)):
        found = catalog.supplier(supplier_id)
        if found is None:
            raise ResourceMissing("supplier", supplier_id, param=f"suppliers[{i}]")
        suppliers.append(found)
    product: Product = {
        "id": product_id,
        "object": "climate.product",
        "created": ctx.now(),
        "current_prices_per_metric_ton": dict(sorted(
            _prices(p.current_prices_per_metric_ton).items())),
        "delivery_year": p.delivery_year,
        "livemode": False,
        "metric_tons_available": amounts.format_tons(tons),
        "name": p.name,
        "suppliers": suppliers,
    }
    await lock(ctx)
    await ctx.objects.insert(dict(product), created=product["created"],
                             conflict=_exists(product_id))
    await emit(ctx, "climate.product.created", dict(product))
    return product


async def update(ctx: Context, product_id: str, p: ClimateProductUpdateParams) -> Product:
    """Test helper: reprice a product or set its availability for this account
    (`climate.product.pricing_updated`). Confirmed orders keep the price they were made at."""
    await lock(ctx)
    before = await load(ctx, product_id)
    after = before.copy()
    if p.current_prices_per_metric_ton is not None:
        prices = dict(before["current_prices_per_metric_ton"])
        prices.update(_prices(p.current_prices_per_metric_ton))
        after["current_prices_per_metric_ton"] = dict(sorted(prices.items()))
    if p.metric_tons_available is not None:
        tons = amounts.check_tons(p.metric_tons_available, "metric_tons_available",
                                  allow_zero=True)
        after["metric_tons_available"] = amounts.format_tons(tons)
    if after == before:
        return before
    await _put(ctx, after)
    await emit(ctx, "climate.product.pricing_updated", dict(after),
               previous_attributes=changed_attributes(dict(before), dict(after)))
    return after
