"""Core object shapes: customers and products on the wire, field for field, and which of
their fields (and prices') hold expandable ids.

Objects are plain JSON documents (stored as rendered, so a retrieve sends stored bytes);
these TypedDicts describe them for mypy.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from stripe_emulator.api.expand import expandable
from stripe_emulator.api.shapes import Address

__all__ = ["Customer", "Product"]


class Customer(TypedDict):
    id: str
    object: Literal["customer"]
    address: Address | None
    balance: int
    business_name: str | None
    created: int
    currency: str | None
    customer_account: str | None
    default_source: str | None
    delinquent: bool
    description: str | None
    discount: dict[str, Any] | None
    email: str | None
    individual_name: str | None
    invoice_prefix: str
    invoice_settings: dict[str, Any]
    livemode: bool
    metadata: dict[str, str]
    name: str | None
    next_invoice_sequence: int
    phone: str | None
    preferred_locales: list[str]
    shipping: dict[str, Any] | None
    tax_exempt: Literal["exempt", "none", "reverse"]
    test_clock: str | None


class Product(TypedDict):
    id: str
    object: Literal["product"]
    active: bool
    created: int
    default_price: str | None
    description: str | None
    images: list[str]
    livemode: bool
    marketing_features: list[dict[str, str]]
    metadata: dict[str, str]
    name: str
    package_dimensions: dict[str, float] | None
    shippable: bool | None
    statement_descriptor: str | None
    tax_code: str | None
    tax_details: dict[str, Any] | None
    type: Literal["good", "service"]
    unit_label: str | None
    updated: int
    url: str | None


expandable("customer", "default_source", "invoice_settings.default_payment_method",
           "test_clock")
expandable("product", "default_price", "tax_code")
expandable("price", "product")
