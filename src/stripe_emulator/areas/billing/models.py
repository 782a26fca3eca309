"""Billing object shapes: what each object looks like on the wire, field for field.

Objects are plain JSON documents (stored as rendered, so a retrieve sends stored bytes);
these TypedDicts describe them for mypy, and the expandable declarations tell `expand[]`
which fields hold ids.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from stripe_emulator.api.expand import expandable

ADDRESS_FIELDS = ("city", "country", "line1", "line2", "postal_code", "state")

#: The per-type detail hashes of a PaymentMethod; all but its own type's are null.
PAYMENT_METHOD_TYPES = (
    "acss_debit", "affirm", "afterpay_clearpay", "alipay", "alma", "amazon_pay",
    "au_becs_debit", "bacs_debit", "bancontact", "billie", "bizum", "blik", "boleto", "card",
    "card_present", "cashapp", "crypto", "custom", "customer_balance", "eps", "fpx",
    "giropay", "grabpay", "ideal", "interac_present", "kakao_pay", "klarna", "konbini",
    "kr_card", "link", "mb_way", "mobilepay", "multibanco", "naver_pay", "nz_bank_account",
    "oxxo", "p24", "pay_by_bank", "payco", "paynow", "paypal", "paypay", "payto", "pix",
    "promptpay", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_debit",
    "sequra", "sofort", "sunbit", "swish", "twint", "upi", "us_bank_account", "wechat_pay",
    "zip",
)


class Address(TypedDict):
    city: str | None
    country: str | None
    line1: str | None
    line2: str | None
    postal_code: str | None
    state: str | None


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


def address(value: Any) -> Address | None:
    """A params address (or None) as the full six-field hash Stripe shows."""
    if value is None:
        return None
    data = value if isinstance(value, dict) else value.model_dump()
    return {k: (data.get(k) or None) for k in ADDRESS_FIELDS}  # type: ignore[return-value]


def shipping(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    data = value if isinstance(value, dict) else value.model_dump()
    return {"address": address(data.get("address")) or address({}), "carrier": None,
            "name": data.get("name"), "phone": data.get("phone"), "tracking_number": None}


expandable("customer", "default_source", "invoice_settings.default_payment_method",
           "test_clock")
expandable("product", "default_price", "tax_code")
expandable("price", "product")
expandable("payment_method", "customer")
expandable("subscription", "customer", "default_payment_method", "latest_invoice", "test_clock")
expandable("invoice", "customer", "default_payment_method", "test_clock",
           "parent.subscription_details.subscription")
expandable("invoice_payment", "invoice", "payment.payment_intent", "payment.charge")
expandable("payment_intent", "customer", "payment_method", "latest_charge")
expandable("charge", "customer", "payment_intent", "balance_transaction")
expandable("balance_transaction", "source")
expandable("topup", "balance_transaction")
