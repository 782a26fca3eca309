"""The pure tax engine: a calculation request in, Stripe-shaped amounts and breakdowns out.

No I/O beyond the shipped tables (read once, see ``jurisdictions.rate_table``), no clock (the
tax date is an input), no randomness. Follows spec/tax.md section 7: ``rules`` decides, for
each jurisdiction and category, the taxability reason and rate (first matching rule wins);
``amounts`` turns that into money per line per jurisdiction, rounding half up.

    result = calculate(CalculationRequest(currency="usd", tax_date=..., customer=..., ...))
    result.tax_amount_exclusive, result.line_items[0].tax_breakdown, result.to_dict()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .amounts import Groups, aggregate, line_amounts
from .code_catalog import Category, category_of
from .errors import CustomerTaxLocationInvalid, InvalidTaxCode, TaxIdInvalid
from .jurisdictions import EU_COUNTRIES, rate_table, resolve_location
from .rules import Context, Plan, intern_context, plan
from .tax_ids import BUSINESS_TAX_ID_TYPES, is_valid_format
from .types import (
    Address,
    CalculationRequest,
    CalculationResult,
    CustomerDetails,
    LineItem,
    LineItemResult,
    LineTaxBreakdown,
    LineTaxRateDetails,
    Registration,
    ShippingCost,
    ShippingCostResult,
    TaxabilityReason,
    TaxBreakdown,
    TaxId,
    TaxRateDetails,
    currency_exponent,
)

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
    "TaxBreakdown",
    "TaxId",
    "TaxRateDetails",
    "TaxabilityReason",
    "calculate",
    "currency_exponent",
]

_GOODS = frozenset({"tangible", "clothing", "shipping"})
_IOSS_LIMIT_EUR_CENTS = 15_000


def _validate(request: CalculationRequest) -> list[Category]:
    """Tax codes against the catalogue, tax ids against their formats (spec 10)."""
    categories: list[Category] = []
    for index, line in enumerate(request.line_items):
        category = category_of(line.tax_code)
        if category is None:
            raise InvalidTaxCode(f"line_items[{index}][tax_code]")
        categories.append(category)
    if request.shipping_cost is not None and category_of(request.shipping_cost.tax_code) is None:
        raise InvalidTaxCode("shipping_cost[tax_code]")
    for index, tax_id in enumerate(request.customer.tax_ids):
        if not is_valid_format(tax_id.type, tax_id.value):
            raise TaxIdInvalid(index, tax_id.type, tax_id.value)
    return categories


def _is_business(tax_ids: Sequence[TaxId], country: str) -> bool:
    """A tax id of the destination's scheme makes the customer a business (spec 7.3)."""
    scheme = BUSINESS_TAX_ID_TYPES.get("EU" if country in EU_COUNTRIES else country)
    return scheme is not None and any(t.type in scheme for t in tax_ids)


def _context(request: CalculationRequest, categories: list[Category]) -> Context:
    customer = request.customer
    if customer.address is not None:
        address = customer.address
        location = resolve_location(address.country, address.state, address.postal_code)
    elif customer.ip_country is not None:
        location = resolve_location(customer.ip_country, None, None)
    else:
        raise CustomerTaxLocationInvalid(
            "A customer address is required: IP-based location is not available offline.")
    goods_total = sum(line.amount for line, category in zip(request.line_items, categories,
                                                             strict=True) if category in _GOODS)
    head = request.head_office
    return intern_context(Context(
        location=location,
        day=dt.datetime.fromtimestamp(request.tax_date, tz=dt.UTC).date(),
        home=head.country.upper() if head is not None else None,
        business=_is_business(customer.tax_ids, location.country),
        override=customer.taxability_override,
        exponent=currency_exponent(request.currency),
        registrations=tuple(r for r in request.registrations if r.active_at(request.tax_date)),
        ioss_ok=request.currency.lower() != "eur" or goods_total <= _IOSS_LIMIT_EUR_CENTS,
    ))


def calculate(request: CalculationRequest) -> CalculationResult:
    """Calculate tax for every line item and the shipping cost (spec 7).

    Raises ``InvalidTaxCode``, ``TaxIdInvalid`` or ``CustomerTaxLocationInvalid``.
    """
    categories = _validate(request)
    ctx = _context(request, categories)
    location = ctx.location
    groups: Groups = {}
    plans: dict[str, Plan] = {}  # one memoised lookup per category, not per line
    results: list[LineItemResult] = []
    exclusive_tax = inclusive_tax = amount_sum = 0
    for line, category in zip(request.line_items, categories, strict=True):
        inclusive = line.tax_behavior == "inclusive"
        line_plan = plans.get(category)
        if line_plan is None:
            line_plan = plans[category] = plan(ctx, category)
        amount_tax, breakdown, units = line_amounts(line.amount, line.quantity, inclusive,
                                                    line_plan)
        aggregate(groups, location, line_plan, breakdown, units, inclusive)
        results.append(LineItemResult(line.reference, line.amount, amount_tax, line.quantity,
                                      line.tax_behavior, line.tax_code, breakdown))
        amount_sum += line.amount
        if inclusive:
            inclusive_tax += amount_tax
        else:
            exclusive_tax += amount_tax
    shipping_result: ShippingCostResult | None = None
    shipping = request.shipping_cost
    if shipping is not None:
        shipping_category = category_of(shipping.tax_code)
        assert shipping_category is not None  # validated above
        inclusive = shipping.tax_behavior == "inclusive"
        shipping_plan = plan(ctx, shipping_category)
        amount_tax, breakdown, units = line_amounts(shipping.amount, 1, inclusive, shipping_plan)
        aggregate(groups, location, shipping_plan, breakdown, units, inclusive)
        shipping_result = ShippingCostResult(
            amount=shipping.amount, amount_tax=amount_tax, tax_behavior=shipping.tax_behavior,
            tax_code=shipping.tax_code, tax_breakdown=breakdown,
            shipping_rate=shipping.shipping_rate)
        amount_sum += shipping.amount
        if inclusive:
            inclusive_tax += amount_tax
        else:
            exclusive_tax += amount_tax
    breakdown_total = tuple(
        TaxBreakdown(
            amount=amount, inclusive=inclusive,
            tax_rate_details=TaxRateDetails(
                country=country, percentage_decimal=percentage, state=state, tax_type=tax_type,
                rate_type="percentage" if tax_type is not None else None),
            taxability_reason=reason,  # type: ignore[arg-type]
            taxable_amount=taxable)
        for ((country, state, tax_type, percentage, reason), inclusive), (amount, taxable)
        in groups.items())
    return CalculationResult(
        currency=request.currency.lower(), amount_total=amount_sum + exclusive_tax,
        tax_amount_exclusive=exclusive_tax, tax_amount_inclusive=inclusive_tax,
        tax_breakdown=breakdown_total, line_items=tuple(results), shipping_cost=shipping_result,
        location=location, local_coverage=location.local_coverage,
        rates_version=rate_table().version)
