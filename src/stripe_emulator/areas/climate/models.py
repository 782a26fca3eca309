"""Climate object shapes (`climate.order`, `climate.product`, `climate.supplier`) as the wire
shows them, the order statuses, and what `expand[]` may follow.

Decimal quantities (`metric_tons`, `metric_tons_available`) are JSON strings.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from stripe_emulator.api.expand import expandable

__all__ = [
    "CancellationReason",
    "DeliveryDetail",
    "Location",
    "ORDER",
    "ORDERS_URL",
    "Order",
    "OrderStatus",
    "PRODUCT",
    "PRODUCTS_URL",
    "PricePerTon",
    "Product",
    "SUPPLIER",
    "SUPPLIERS_URL",
    "Supplier",
    "TERMINAL",
]

ORDER = "climate.order"
PRODUCT = "climate.product"
SUPPLIER = "climate.supplier"
ORDERS_URL = "/v1/climate/orders"
PRODUCTS_URL = "/v1/climate/products"
SUPPLIERS_URL = "/v1/climate/suppliers"

OrderStatus = Literal[
    "awaiting_funds",  # Dashboard invoice flow, waiting for the invoice to be paid (not
                       # reachable through the API; accepted as a stored state)
    "open",            # created, not yet confirmed (same: accepted, never produced)
    "confirmed",       # paid from the balance and reserved; waiting for delivery
    "delivered",       # every ton delivered: delivered_at, certificate, delivery_details
    "canceled",        # requested, product_unavailable (Frontier) or expired
]
#: No transition leaves these.
TERMINAL = frozenset({"delivered", "canceled"})
CancellationReason = Literal["expired", "product_unavailable", "requested"]


class Location(TypedDict):
    city: str | None
    country: str
    latitude: float | None
    longitude: float | None
    region: str | None


class Supplier(TypedDict):
    id: str
    object: Literal["climate.supplier"]
    info_url: str
    livemode: bool
    locations: list[Location]
    name: str
    removal_pathway: Literal["biomass_carbon_removal_and_storage", "direct_air_capture",
                             "enhanced_weathering", "marine_carbon_removal"]


class PricePerTon(TypedDict):
    amount_fees: int
    amount_subtotal: int
    amount_total: int


class Product(TypedDict):
    id: str
    object: Literal["climate.product"]
    created: int
    current_prices_per_metric_ton: dict[str, PricePerTon]
    delivery_year: int | None
    livemode: bool
    metric_tons_available: str
    name: str
    suppliers: list[Supplier]


class DeliveryDetail(TypedDict):
    delivered_at: int
    location: Location | None
    metric_tons: str
    registry_url: str | None
    supplier: Supplier


class Order(TypedDict):
    id: str
    object: Literal["climate.order"]
    amount_fees: int
    amount_subtotal: int
    amount_total: int
    beneficiary: dict[str, str] | None
    canceled_at: int | None
    cancellation_reason: CancellationReason | None
    certificate: str | None
    confirmed_at: int | None
    created: int
    currency: str
    delayed_at: int | None
    delivered_at: int | None
    delivery_details: list[DeliveryDetail]
    expected_delivery_year: int
    livemode: bool
    metadata: dict[str, str]
    metric_tons: str
    product: str | dict[str, Any]
    product_substituted_at: int | None
    status: OrderStatus


# An order's product is stored in the account from the order's creation on (the order
# consumed its inventory), so the default loader finds it.
expandable(ORDER, "product")
