"""Core object shapes: customers, products, files and file links on the wire, field for
field, and which of their fields (and prices') hold expandable ids.

Objects are plain JSON documents (stored as rendered, so a retrieve sends stored bytes);
these TypedDicts describe them for mypy.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from stripe_emulator.api.expand import expandable
from stripe_emulator.api.shapes import Address

__all__ = ["Customer", "File", "FileLink", "FileLinks", "Product"]


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


class FileLink(TypedDict):
    id: str
    object: Literal["file_link"]
    created: int
    #: Shown from `expires_at` and the clock when read (stored as it was when written).
    expired: bool
    expires_at: int | None
    file: str
    livemode: bool
    metadata: dict[str, str]
    #: `<public url>/links/<secret token>`: the file's bytes, without a key.
    url: str | None


class FileLinks(TypedDict):
    """A file's `links`: a list object of its newest links."""

    object: Literal["list"]
    data: list[FileLink]
    has_more: bool
    url: str


class File(TypedDict):
    id: str
    object: Literal["file"]
    created: int
    expires_at: int | None
    filename: str | None
    #: Shown from the file's links when read (stored as they were at creation).
    links: FileLinks | None
    purpose: str
    size: int
    title: str | None
    type: str | None
    url: str | None


expandable("customer", "default_source", "invoice_settings.default_payment_method",
           "test_clock")
expandable("product", "default_price", "tax_code")
expandable("price", "product")
expandable("file_link", "file")
