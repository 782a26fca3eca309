"""Tax calculations (`/v1/tax/calculations`): create (the engine's answer, stored with its
line items), retrieve and list line items for 90 days; then they expire (404).

A calculation's line items (at most 100, never changed) are stored together in one row
beside it (`models.CALCULATION_LINE_ITEMS`) and paged in memory: one row instead of one per
line takes a third of the database time of a ten-line calculation on SQLite, and round
trips on PostgreSQL (benchmarks/README.md, "Tax API").
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParametersExclusive, ResourceMissing
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, page_in_memory
from stripe_emulator.api.objects import Row
from stripe_emulator.api.shapes import address
from stripe_emulator.areas.tax import engine, inputs
from stripe_emulator.areas.tax.engine.code_catalog import DEFAULT_SHIPPING_TAX_CODE
from stripe_emulator.areas.tax.models import (
    CALCULATION,
    CALCULATION_LINE_ITEM,
    CALCULATION_LINE_ITEMS,
    CALCULATION_TTL,
    line_items_id,
    list_url,
)
from stripe_emulator.areas.tax.sdk_params import (
    CalculationCreateParams,
    CalculationCreateParamsShippingCost,
    CalculationLineItemListParams,
)
from stripe_emulator.areas.tax.settings import require_active

__all__ = ["MAX_LINE_ITEMS", "all_line_items", "create", "line_items_page", "list_line_items",
           "load_live", "retrieve"]

#: Stripe takes at most 100 line items per calculation.
MAX_LINE_ITEMS = 100


async def _lines(ctx: Context, p: CalculationCreateParams, codes: inputs.TaxCodes,
                 ids: list[str]) -> tuple[engine.LineItem, ...]:
    if len(p.line_items) > MAX_LINE_ITEMS:
        raise InvalidRequestError(
            f"A calculation can have at most {MAX_LINE_ITEMS} line items, but "
            f"{len(p.line_items)} were given.", param="line_items")
    seen: dict[str, int] = {}
    out: list[engine.LineItem] = []
    for index, (line, line_id) in enumerate(zip(p.line_items, ids, strict=True)):
        prefix = f"line_items[{index}]"
        inputs.check_amount(line.amount, f"{prefix}[amount]")
        quantity = 1 if line.quantity is None else line.quantity
        if quantity < 1:
            raise InvalidRequestError("This value must be greater than or equal to 1.",
                                      param=f"{prefix}[quantity]",
                                      code="parameter_invalid_integer")
        reference = line.reference if line.reference is not None else line_id
        if reference in seen:
            raise InvalidRequestError(
                f"The reference '{reference}' is used by line_items[{seen[reference]}] "
                "already: line item references must be unique within a calculation.",
                param=f"{prefix}[reference]")
        seen[reference] = index
        code = await codes.resolve(line.tax_code, line.product, f"{prefix}[product]")
        out.append(engine.LineItem(amount=line.amount, reference=reference, tax_code=code,
                                   tax_behavior=line.tax_behavior or "exclusive",
                                   quantity=quantity))
    return tuple(out)


async def _shipping(ctx: Context, s: CalculationCreateParamsShippingCost | None,
                    currency: str) -> engine.ShippingCost | None:
    if s is None:
        return None
    if s.shipping_rate is not None:
        for name in ("amount", "tax_behavior", "tax_code"):
            if s.sent(name):
                raise ParametersExclusive("shipping_cost[shipping_rate]", f"shipping_cost[{name}]")
        rate = await ctx.objects.load("shipping_rate", s.shipping_rate, thing="shipping rate",
                                      param="shipping_cost[shipping_rate]")
        fixed = rate.get("fixed_amount") or {}
        amount = fixed.get("amount")
        if fixed.get("currency") != currency:
            amount = ((fixed.get("currency_options") or {}).get(currency) or {}).get("amount")
        if amount is None:
            raise InvalidRequestError(
                f"The shipping rate {s.shipping_rate} has no amount in {currency}.",
                param="shipping_cost[shipping_rate]")
        behavior = rate.get("tax_behavior")
        return engine.ShippingCost(
            amount=int(amount), tax_code=rate.get("tax_code") or DEFAULT_SHIPPING_TAX_CODE,
            tax_behavior=behavior if behavior in ("exclusive", "inclusive") else "exclusive",
            shipping_rate=s.shipping_rate)
    if s.amount is None:
        raise InvalidRequestError("Missing required param: shipping_cost[amount].",
                                  param="shipping_cost[amount]", code="parameter_missing")
    inputs.check_amount(s.amount, "shipping_cost[amount]")
    return engine.ShippingCost(amount=s.amount,
                               tax_code=s.tax_code or DEFAULT_SHIPPING_TAX_CODE,
                               tax_behavior=s.tax_behavior or "exclusive")


def _line_doc(line: engine.LineItemResult, line_id: str, given: Any) -> dict[str, Any]:
    return {
        "id": line_id,
        "object": CALCULATION_LINE_ITEM,
        "amount": line.amount,
        "amount_tax": line.amount_tax,
        "livemode": False,
        "metadata": given.metadata or {},
        "performance_location": given.performance_location,
        "product": given.product,
        "quantity": line.quantity,
        "reference": line.reference,
        "tax_behavior": line.tax_behavior,
        "tax_breakdown": [b.to_dict() for b in line.tax_breakdown],
        "tax_code": line.tax_code,
    }


async def create(ctx: Context, p: CalculationCreateParams) -> dict[str, Any]:
    """Calculate tax for the line items and shipping; store the calculation (spec 6-7)."""
    settings = await require_active(ctx)
    now = ctx.now()
    currency = inputs.check_currency(p.currency)
    tax_date = inputs.check_tax_date(p.tax_date, now)
    line_ids = [ctx.new_id("tax_li") for _ in p.line_items]
    lines = await _lines(ctx, p, inputs.TaxCodes(ctx, settings), line_ids)
    shipping = await _shipping(ctx, p.shipping_cost, currency)
    customer = await inputs.resolve_customer(ctx, p.customer, p.customer_details)
    ship_from: Any = (address(p.ship_from_details.address, upper_country=True)
                 if p.ship_from_details else None)
    result = await inputs.calculate(
        ctx, settings, currency=currency, tax_date=tax_date, customer=customer, lines=lines,
        shipping=shipping,
        ship_from=engine.Address(country=ship_from["country"], state=ship_from["state"],
                                 postal_code=ship_from["postal_code"])
        if ship_from else None)
    calculation: dict[str, Any] = {
        "id": ctx.new_id("taxcalc"),
        "object": CALCULATION,
        **result.to_dict(),
        "customer": p.customer,
        "customer_details": customer.details,
        "expires_at": now + CALCULATION_TTL,
        "livemode": False,
        "ship_from_details": {"address": ship_from} if ship_from else None,
        "tax_date": tax_date,
    }
    await ctx.objects.insert(calculation, created=now)
    await ctx.objects.insert(
        {"id": line_items_id(calculation["id"]), "object": CALCULATION_LINE_ITEMS,
         "data": [_line_doc(line, line_id, given) for line, line_id, given
                  in zip(result.line_items, line_ids, p.line_items, strict=True)]},
        created=now)
    return calculation


async def load_live(ctx: Context, calculation_id: str, *, param: str = "id",
                    status: int | None = None) -> Row:
    """The stored calculation, or `No such calculation` (also once it has expired)."""
    row = await ctx.objects.row(CALCULATION, calculation_id)
    if row is None or row.created + CALCULATION_TTL <= ctx.now():
        raise ResourceMissing("calculation", calculation_id, param=param, status=status)
    return row


async def retrieve(ctx: Context, calculation_id: str) -> Row:
    """A calculation, as it was created; 404 once it has expired."""
    return await load_live(ctx, calculation_id)


async def all_line_items(ctx: Context, calculation_id: str) -> list[dict[str, Any]]:
    """Every line item of a stored calculation, in the order they were given."""
    stored = await ctx.objects.get(CALCULATION_LINE_ITEMS, line_items_id(calculation_id))
    items: list[dict[str, Any]] = stored["data"] if stored is not None else []
    return items


async def line_items_page(ctx: Context, calculation_id: str, p: Any) -> ListPage:
    """A page of a calculation's line items, in the order they were given."""
    items = await all_line_items(ctx, calculation_id)
    return page_in_memory(items, p, url=list_url(calculation_id),
                          thing="calculation line item")


async def list_line_items(ctx: Context, calculation_id: str,
                          p: CalculationLineItemListParams) -> ListPage:
    """`GET /v1/tax/calculations/{id}/line_items` (each with its tax_breakdown)."""
    await load_live(ctx, calculation_id)
    return await line_items_page(ctx, calculation_id, p)


class _FirstPage:
    limit = 10
    starting_after = None
    ending_before = None


async def _expand_line_items(ctx: Context, calculation: dict[str, Any]) -> dict[str, Any]:
    page = await line_items_page(ctx, calculation["id"], _FirstPage())
    return {"object": "list", "data": page.docs(), "has_more": page.has_more,
            "url": page.url}


includable(CALCULATION, "line_items", _expand_line_items)
