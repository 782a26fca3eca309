"""The tax engine's input and output dataclasses, shaped after Stripe's Tax objects.

Field names and Literal values follow ``stripe==16.1.0`` (``stripe.tax.Calculation``,
``CalculationLineItem``); ``to_dict`` renders the Stripe JSON shape of each output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from stripe_emulator.currencies import exponent

from .code_catalog import DEFAULT_SHIPPING_TAX_CODE
from .jurisdictions import Jurisdiction, LocalCoverage, Location

__all__ = [
    "Address",
    "CalculationRequest",
    "CalculationResult",
    "CustomerDetails",
    "LineItem",
    "LineItemResult",
    "LineTaxBreakdown",
    "LineTaxRateDetails",
    "Registration",
    "ShippingCost",
    "ShippingCostResult",
    "Sourcing",
    "TaxBehavior",
    "TaxBreakdown",
    "TaxId",
    "TaxRateDetails",
    "TaxabilityOverride",
    "TaxabilityReason",
    "currency_exponent",
]

TaxBehavior = Literal["exclusive", "inclusive"]
TaxabilityOverride = Literal["none", "customer_exempt", "reverse_charge"]
Sourcing = Literal["destination", "origin", "performance"]
TaxabilityReason = Literal[
    "customer_exempt", "not_collecting", "not_subject_to_tax", "not_supported",
    "portion_product_exempt", "portion_reduced_rated", "portion_standard_rated",
    "product_exempt", "product_exempt_holiday", "proportionally_rated", "reduced_rated",
    "reverse_charge", "standard_rated", "taxable_basis_reduced", "zero_rated",
]

def currency_exponent(currency: str) -> int:
    """Digits of the currency's minor unit: 0 for JPY and other zero-decimal currencies."""
    return exponent(currency)


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address; only country is required (see ``jurisdictions.resolve_location``)."""

    country: str
    state: str | None = None
    postal_code: str | None = None
    city: str | None = None
    line1: str | None = None
    line2: str | None = None


@dataclass(frozen=True, slots=True)
class TaxId:
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class CustomerDetails:
    """``customer_details``; ``ip_country`` is a caller-derived country for an IP-only request."""

    address: Address | None = None
    address_source: Literal["billing", "shipping"] | None = None
    ip_country: str | None = None
    tax_ids: tuple[TaxId, ...] = ()
    taxability_override: TaxabilityOverride = "none"


@dataclass(frozen=True, slots=True)
class Registration:
    """A ``tax.registration``: type is the ``country_options[cc][type]`` name.

    ``state`` is the US state or, for CA ``province_standard``, the province;
    ``place_of_supply_scheme`` is the EU/other ``standard[place_of_supply_scheme]``.
    ``active_from``/``expires_at`` are unix times; None means open-ended.
    """

    country: str
    type: str
    state: str | None = None
    place_of_supply_scheme: str | None = None
    active_from: int | None = None
    expires_at: int | None = None

    def active_at(self, when: int) -> bool:
        return ((self.active_from is None or self.active_from <= when)
                and (self.expires_at is None or when < self.expires_at))


@dataclass(frozen=True, slots=True)
class LineItem:
    """A ``line_items[]`` entry with its tax code already resolved (param, product, default)."""

    amount: int
    reference: str
    tax_code: str
    tax_behavior: TaxBehavior = "exclusive"
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class ShippingCost:
    amount: int
    tax_code: str = DEFAULT_SHIPPING_TAX_CODE
    tax_behavior: TaxBehavior = "exclusive"
    shipping_rate: str | None = None


@dataclass(frozen=True, slots=True)
class CalculationRequest:
    """Everything a calculation depends on; the caller resolves products and settings."""

    currency: str
    line_items: tuple[LineItem, ...]
    customer: CustomerDetails
    tax_date: int
    head_office: Address | None = None
    registrations: tuple[Registration, ...] = ()
    shipping_cost: ShippingCost | None = None
    ship_from: Address | None = None


# --------------------------------------------------------------------------- outputs
# Outputs are plain slotted dataclasses (not frozen: a frozen __init__ costs ~5x and these are
# built per line per jurisdiction). Treat them as read-only: breakdown entries that do not
# depend on the amount are shared between lines and calculations.


@dataclass(slots=True)
class LineTaxRateDetails:
    display_name: str
    percentage_decimal: str
    tax_type: str

    def to_dict(self) -> dict[str, object]:
        return {"display_name": self.display_name, "percentage_decimal": self.percentage_decimal,
                "tax_type": self.tax_type}


@dataclass(slots=True)
class LineTaxBreakdown:
    """One jurisdiction's share of a line (``tax.calculation_line_item.tax_breakdown[]``).

    ``local_coverage`` is ours, not Stripe's: on a US state-level entry it says whether local
    rates were applied (``included``), do not exist (``no_local_taxes``) or are missing from
    the table (``state_only``); None elsewhere. ``to_dict`` leaves it out.
    """

    amount: int
    jurisdiction: Jurisdiction
    sourcing: Sourcing
    tax_rate_details: LineTaxRateDetails | None
    taxability_reason: TaxabilityReason
    taxable_amount: int
    local_coverage: LocalCoverage | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "amount": self.amount,
            "jurisdiction": self.jurisdiction.to_dict(),
            "sourcing": self.sourcing,
            "tax_rate_details": (self.tax_rate_details.to_dict()
                                 if self.tax_rate_details is not None else None),
            "taxability_reason": self.taxability_reason,
            "taxable_amount": self.taxable_amount,
        }


@dataclass(slots=True)
class LineItemResult:
    reference: str
    amount: int
    amount_tax: int
    quantity: int
    tax_behavior: TaxBehavior
    tax_code: str
    tax_breakdown: tuple[LineTaxBreakdown, ...]


@dataclass(slots=True)
class ShippingCostResult:
    amount: int
    amount_tax: int
    tax_behavior: TaxBehavior
    tax_code: str
    tax_breakdown: tuple[LineTaxBreakdown, ...]
    shipping_rate: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"amount": self.amount, "amount_tax": self.amount_tax,
                "shipping_rate": self.shipping_rate, "tax_behavior": self.tax_behavior,
                "tax_breakdown": [b.to_dict() for b in self.tax_breakdown],
                "tax_code": self.tax_code}


@dataclass(slots=True)
class TaxRateDetails:
    """``tax.calculation.tax_breakdown[].tax_rate_details`` (``flat_amount`` is always null)."""

    country: str | None
    percentage_decimal: str
    state: str | None
    tax_type: str | None
    rate_type: Literal["flat_amount", "percentage"] | None

    def to_dict(self) -> dict[str, object]:
        return {"country": self.country, "flat_amount": None,
                "percentage_decimal": self.percentage_decimal, "rate_type": self.rate_type,
                "state": self.state, "tax_type": self.tax_type}


@dataclass(slots=True)
class TaxBreakdown:
    amount: int
    inclusive: bool
    tax_rate_details: TaxRateDetails
    taxability_reason: TaxabilityReason
    taxable_amount: int

    def to_dict(self) -> dict[str, object]:
        return {"amount": self.amount, "inclusive": self.inclusive,
                "tax_rate_details": self.tax_rate_details.to_dict(),
                "taxability_reason": self.taxability_reason,
                "taxable_amount": self.taxable_amount}


@dataclass(slots=True)
class CalculationResult:
    """The amounts of a ``tax.calculation``; ids, echoes and timestamps are the caller's."""

    currency: str
    amount_total: int
    tax_amount_exclusive: int
    tax_amount_inclusive: int
    tax_breakdown: tuple[TaxBreakdown, ...]
    line_items: tuple[LineItemResult, ...]
    shipping_cost: ShippingCostResult | None
    location: Location
    #: Whether US local taxes are in the amounts (see ``LocalCoverage``); our addition.
    local_coverage: LocalCoverage
    rates_version: str

    def to_dict(self) -> dict[str, object]:
        """The calculation-level fields in Stripe's shape."""
        return {
            "amount_total": self.amount_total,
            "currency": self.currency,
            "shipping_cost": (self.shipping_cost.to_dict()
                              if self.shipping_cost is not None else None),
            "tax_amount_exclusive": self.tax_amount_exclusive,
            "tax_amount_inclusive": self.tax_amount_inclusive,
            "tax_breakdown": [b.to_dict() for b in self.tax_breakdown],
        }


