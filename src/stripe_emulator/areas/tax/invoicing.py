"""Automatic tax for Billing: the tax of an invoice's lines, by the same engine as
`POST /v1/tax/calculations`, shaped as Stripe shows it on invoices (`lines.data[].taxes`,
`total_taxes`, `automatic_tax`). This is the tax area's public service for other areas.

    from stripe_emulator.areas.tax import invoicing

    await invoicing.require_active(ctx)                      # when automatic_tax[enabled]=true
    result = await invoicing.tax_for_invoice(ctx, customer_id="cus_...", currency="eur", lines=[
        invoicing.InvoiceLine(amount=10000, tax_behavior="exclusive", product="prod_...",
                              reference="il_..."),
    ])
    invoice["automatic_tax"] = result.automatic_tax
    for line, tax in zip(invoice_lines, result.lines):
        line["taxes"] = tax.taxes                              # one entry per jurisdiction
    invoice["total_taxes"] = result.total_taxes
    invoice["total"] = subtotal - discounts + result.tax_exclusive
    invoice["total_excluding_tax"] = subtotal - discounts - result.tax_inclusive

Amounts: an inclusive line's `amount` already contains its tax (as `subtotal` does on an
invoice); an exclusive line's tax comes on top. Line amounts are after discounts.
The `tax_rate` ids in `taxes[].tax_rate_details` name `tax_rate` objects this module
stores (one per jurisdiction, rate and behavior; the same id every time for an account).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import StripeError
from stripe_emulator.areas.tax import engine, inputs
from stripe_emulator.areas.tax.engine.code_catalog import DEFAULT_SHIPPING_TAX_CODE
from stripe_emulator.areas.tax.engine.types import LineTaxBreakdown, TaxBehavior
from stripe_emulator.areas.tax.settings import require_active as _require_active

__all__ = ["InvoiceLine", "InvoiceLineTax", "InvoiceTax", "require_active", "tax_for_invoice"]

#: `defaults.tax_behavior=inferred_by_currency`: exclusive for these, inclusive otherwise.
_EXCLUSIVE_CURRENCIES = frozenset({"usd", "cad"})
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_TAX_RATE = "tax_rate"


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One invoice line (or the shipping cost) to tax.

    `tax_behavior` is the price's (`exclusive`, `inclusive`, or `unspecified`/None: the
    settings default applies, and `exclusive` when there is none); `tax_code` the price's
    or product's code if known (else the product's, the settings default, `txcd_10000000`).
    """

    amount: int
    tax_behavior: str | None = None
    tax_code: str | None = None
    product: str | None = None
    quantity: int = 1
    reference: str | None = None


@dataclass(slots=True)
class InvoiceLineTax:
    """The tax of one line: `taxes` is the line's `taxes` array as Stripe shows it."""

    amount_tax: int
    tax_behavior: Literal["exclusive", "inclusive"]
    taxes: list[dict[str, Any]]


@dataclass(slots=True)
class InvoiceTax:
    """The tax of a whole invoice.

    `status` is `automatic_tax.status`: `complete`, or `requires_location_inputs` when the
    customer's location is not precise enough (then nothing is taxed and `location_error`
    says why). `tax_exclusive` is what the invoice adds on top of its lines;
    `tax_inclusive` what its lines already contain.
    """

    status: Literal["complete", "requires_location_inputs"]
    lines: list[InvoiceLineTax]
    shipping: InvoiceLineTax | None
    total_taxes: list[dict[str, Any]]
    tax_exclusive: int
    tax_inclusive: int
    automatic_tax: dict[str, Any]
    location_error: str | None = None
    tax_rates: list[dict[str, Any]] = field(default_factory=list)


async def require_active(ctx: Context, param: str = "automatic_tax[enabled]") -> None:
    """Refuse `automatic_tax[enabled]=true` while tax settings are pending (no head office)."""
    await _require_active(ctx, param)


def _behavior(given: str | None, default: str | None, currency: str) -> TaxBehavior:
    """The line's behavior if it has one, else the settings default, else `exclusive`."""
    if given not in ("exclusive", "inclusive"):
        given = default
        if default == "inferred_by_currency":
            given = "exclusive" if currency in _EXCLUSIVE_CURRENCIES else "inclusive"
    return "inclusive" if given == "inclusive" else "exclusive"


def _rate_id(key: tuple[Any, ...]) -> str:
    digest = int.from_bytes(hashlib.sha256(repr(key).encode()).digest(), "big")
    chars = []
    for _ in range(24):
        digest, rest = divmod(digest, 62)
        chars.append(_BASE62[rest])
    return "txr_" + "".join(chars)


class _Rates:
    """The `tax_rate` object behind each jurisdiction's rate, created on first use.

    A rate not stored yet is looked up again under its lock before it is created: two
    PostgreSQL transactions needing the same new rate at once take turns, and the second
    finds the first's (SQLite runs one unit of work at a time anyway)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._known: dict[str, dict[str, Any]] = {}

    async def rate_for(self, entry: LineTaxBreakdown, inclusive: bool) -> str | None:
        details = entry.tax_rate_details
        if details is None:
            return None
        where = entry.jurisdiction
        key = (where.country, where.state, where.level, where.display_name, details.tax_type,
               details.percentage_decimal, details.display_name, inclusive)
        rate_id = _rate_id(key)
        if rate_id in self._known:
            return rate_id
        doc = await self._ctx.objects.get(_TAX_RATE, rate_id)
        if doc is None:
            await self._ctx.objects.lock(rate_id)
            doc = await self._ctx.objects.get(_TAX_RATE, rate_id)
        if doc is None:
            percentage = float(Decimal(details.percentage_decimal))
            doc = {
                "id": rate_id, "object": _TAX_RATE, "active": True,
                "country": where.country, "created": self._ctx.now(), "description": None,
                "display_name": details.display_name, "effective_percentage": percentage,
                "flat_amount": None, "inclusive": inclusive,
                "jurisdiction": where.display_name, "jurisdiction_level": where.level,
                "livemode": False, "metadata": {}, "percentage": percentage,
                "rate_type": "percentage", "state": where.state, "tax_type": details.tax_type,
            }
            await self._ctx.objects.insert(doc)
        self._known[rate_id] = doc
        return rate_id

    def all(self) -> list[dict[str, Any]]:
        return list(self._known.values())


async def _line_tax(rates: _Rates, amount_tax: int, behavior: TaxBehavior,
                    breakdown: Sequence[LineTaxBreakdown]) -> InvoiceLineTax:
    inclusive = behavior == "inclusive"
    taxes = []
    for entry in breakdown:
        rate = await rates.rate_for(entry, inclusive)
        taxes.append({
            "amount": entry.amount,
            "tax_behavior": behavior,
            "tax_rate_details": {"tax_rate": rate} if rate is not None else None,
            "taxability_reason": entry.taxability_reason,
            "taxable_amount": entry.taxable_amount,
            "type": "tax_rate_details",
        })
    return InvoiceLineTax(amount_tax=amount_tax, tax_behavior=behavior, taxes=taxes)


def _totals(lines: Sequence[InvoiceLineTax]) -> list[dict[str, Any]]:
    """`total_taxes`: the lines' entries summed per (tax rate, reason, behavior)."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for line in lines:
        for tax in line.taxes:
            details = tax["tax_rate_details"]
            key = (details["tax_rate"] if details else None, tax["taxability_reason"],
                   tax["tax_behavior"])
            total = groups.get(key)
            if total is None:
                groups[key] = {**tax, "tax_rate_details": dict(details) if details else None}
            else:
                total["amount"] += tax["amount"]
                total["taxable_amount"] = (total["taxable_amount"] or 0) + (
                    tax["taxable_amount"] or 0)
    return list(groups.values())


def _automatic_tax(status: str) -> dict[str, Any]:
    return {"disabled_reason": None, "enabled": True,
            "liability": {"account": None, "type": "self"}, "provider": "stripe",
            "status": status}


async def tax_for_invoice(ctx: Context, *, customer_id: str | None, currency: str,
                          lines: Sequence[InvoiceLine], shipping: InvoiceLine | None = None,
                          tax_date: int | None = None,
                          customer_details: Any = None) -> InvoiceTax:
    """Tax an invoice's lines for `customer_id` (its shipping address, else its billing
    address; its tax ids; its `tax_exempt`). `tax_date` defaults to now (pass the test
    clock's time for test-clock invoices). Raises Stripe's 400 when tax settings are
    pending, or for an unknown tax code or product; an imprecise customer location is
    not an error but `status="requires_location_inputs"` with no tax.
    """
    settings = await _require_active(ctx, "automatic_tax[enabled]")
    default = settings["defaults"].get("tax_behavior")
    currency = currency.lower()
    when = tax_date if tax_date is not None else ctx.now()
    codes = inputs.TaxCodes(ctx, settings)
    items: list[engine.LineItem] = []
    for index, line in enumerate(lines):
        code = await codes.resolve(line.tax_code, line.product, f"lines[{index}][product]")
        items.append(engine.LineItem(
            amount=line.amount, reference=line.reference or f"line_{index}", tax_code=code,
            tax_behavior=_behavior(line.tax_behavior, default, currency),
            quantity=max(line.quantity, 1)))
    ship = None
    if shipping is not None:
        ship = engine.ShippingCost(
            amount=shipping.amount, tax_code=shipping.tax_code or DEFAULT_SHIPPING_TAX_CODE,
            tax_behavior=_behavior(shipping.tax_behavior, default, currency))
    try:
        customer = await inputs.resolve_customer(ctx, customer_id, customer_details)
        result = await inputs.calculate(ctx, settings, currency=currency, tax_date=when,
                                        customer=customer, lines=tuple(items), shipping=ship)
    except StripeError as exc:
        if exc.code != "customer_tax_location_invalid":
            raise
        untaxed = [InvoiceLineTax(0, item.tax_behavior, []) for item in items]
        return InvoiceTax(status="requires_location_inputs", lines=untaxed,
                          shipping=None if ship is None else
                          InvoiceLineTax(0, ship.tax_behavior, []),
                          total_taxes=[], tax_exclusive=0, tax_inclusive=0,
                          automatic_tax=_automatic_tax("requires_location_inputs"),
                          location_error=exc.message)
    rates = _Rates(ctx)
    taxed = [await _line_tax(rates, line.amount_tax, line.tax_behavior, line.tax_breakdown)
             for line in result.line_items]
    shipping_tax = None
    if result.shipping_cost is not None:
        sc = result.shipping_cost
        shipping_tax = await _line_tax(rates, sc.amount_tax, sc.tax_behavior, sc.tax_breakdown)
    return InvoiceTax(
        status="complete", lines=taxed, shipping=shipping_tax,
        total_taxes=_totals(taxed + ([shipping_tax] if shipping_tax else [])),
        tax_exclusive=result.tax_amount_exclusive, tax_inclusive=result.tax_amount_inclusive,
        automatic_tax=_automatic_tax("complete"), tax_rates=rates.all())

