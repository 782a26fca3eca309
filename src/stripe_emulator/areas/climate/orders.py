"""Orders (`climate.order`): bought by tons or by amount, paid at once from the account's
available balance (a `climate_order_purchase` balance transaction), canceled within the
window for a refund of the subtotal, updated (beneficiary, metadata) without an event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing, ParametersExclusive
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.climate import amounts, order_delivery, products
from stripe_emulator.areas.climate.models import (
    ORDERS_URL,
    TERMINAL,
    CancellationReason,
    Order,
    Product,
)
from stripe_emulator.areas.climate.params import ClimateOrderUpdateParams
from stripe_emulator.areas.climate.sdk_params import (
    OrderCreateParams,
    OrderListParams,
)
from stripe_emulator.areas.payments import balance
from stripe_emulator.events import emit

__all__ = ["cancel", "create", "list_orders", "load", "mark_canceled", "retrieve", "update"]

#: The account's default currency (accounts have no settings yet: Stripe's US default).
DEFAULT_CURRENCY = "usd"


def _insufficient_inventory(param: str) -> InvalidRequestError:
    return InvalidRequestError(
        "The requested quantity exceeds the product's available inventory.", param=param)


def _balance_insufficient() -> InvalidRequestError:
    return InvalidRequestError(
        "You have insufficient funds in your Stripe account for this climate order. Your "
        "available balance is too low. You can use the /v1/balance endpoint to view your "
        "Stripe balance (for more details, see stripe.com/docs/api#balance).",
        code="balance_insufficient")


def _price(product: Product, currency: str) -> dict[str, Any]:
    prices = product["current_prices_per_metric_ton"]
    if currency not in prices:
        offered = ", ".join(sorted(prices))
        raise InvalidRequestError(
            f"The currency '{currency}' is not available for product '{product['id']}'. "
            f"Available currencies: {offered}.", param="currency")
    return dict(prices[currency])


def _quote(metric_tons: Decimal | None, amount: int, price: dict[str, Any]) -> amounts.Quote:
    if metric_tons is not None:
        return amounts.quote(amounts.check_tons(metric_tons, "metric_tons"), price)
    if amount < 1:
        raise InvalidRequestError("This value must be greater than or equal to 1.",
                                  param="amount")
    result = amounts.tons_for_amount(amount, price)
    if result.metric_tons <= 0:
        least = amounts.quote(amounts.AMOUNT_STEP, price).amount_total
        raise InvalidRequestError(
            f"The amount is too small to buy carbon removal: the smallest order "
            f"({amounts.AMOUNT_STEP} metric tons) costs {least}.", param="amount")
    return result


async def _available_balance(ctx: Context, currency: str) -> int:
    current = await balance.retrieve(ctx)
    return sum(int(b["amount"]) for b in current["available"] if b["currency"] == currency)


async def create(ctx: Context, p: OrderCreateParams) -> Order:
    """Buy `metric_tons` (or as many hundredths of a ton as `amount` pays for) of a
    product; the order is confirmed and paid from the available balance at once."""
    if p.metric_tons is not None and p.amount is not None:
        raise ParametersExclusive("amount", "metric_tons")
    if p.metric_tons is None and p.amount is None:
        raise ParameterMissing("amount", "You must provide either amount or metric_tons.")
    await products.lock(ctx)
    product = await products.load(ctx, p.product, param="product")
    currency = (p.currency or DEFAULT_CURRENCY).lower()
    quote = _quote(p.metric_tons, p.amount or 0, _price(product, currency))
    if quote.metric_tons > products.available(product):
        raise _insufficient_inventory("metric_tons" if p.metric_tons is not None else "amount")
    if quote.amount_total > await _available_balance(ctx, currency):
        raise _balance_insufficient()
    now = ctx.now()
    order: Order = {
        "id": ctx.new_id("climorder"),
        "object": "climate.order",
        "amount_fees": quote.amount_fees,
        "amount_subtotal": quote.amount_subtotal,
        "amount_total": quote.amount_total,
        "beneficiary": ({"public_name": p.beneficiary.public_name}
                        if p.beneficiary is not None else None),
        "canceled_at": None,
        "cancellation_reason": None,
        "certificate": None,
        "confirmed_at": now,
        "created": now,
        "currency": currency,
        "delayed_at": None,
        "delivered_at": None,
        "delivery_details": [],
        "expected_delivery_year": product["delivery_year"] or _year(now),
        "livemode": False,
        "metadata": p.metadata or {},
        "metric_tons": amounts.format_tons(quote.metric_tons),
        "product": product["id"],
        "product_substituted_at": None,
        "status": "confirmed",
    }
    await ctx.objects.insert(dict(order))
    await products.consume(ctx, product, quote.metric_tons)
    await emit(ctx, "climate.order.created", dict(order))
    await balance.record(ctx, type="climate_order_purchase", source=order["id"],
                         amount=-quote.amount_total, currency=currency, fee=0,
                         description=f"Climate order {order['id']}", now=now,
                         available_now=True, test_clock=None,
                         reporting_category="climate_order_purchase")
    await order_delivery.schedule(ctx, order)
    return order


def _year(ts: int) -> int:
    return datetime.fromtimestamp(ts, UTC).year


async def load(ctx: Context, order_id: str) -> Order:
    """The order, or `No such order` (404)."""
    return await ctx.objects.load(Order, order_id)


async def retrieve(ctx: Context, order_id: str) -> Order:
    return await load(ctx, order_id)


async def update(ctx: Context, order_id: str, p: ClimateOrderUpdateParams) -> Order:
    """Change the beneficiary (`beneficiary=""` clears it) or metadata; no event."""
    before = await load(ctx, order_id)
    after = before.copy()
    if p.sent("beneficiary"):
        name = p.beneficiary.public_name if p.beneficiary is not None else None
        after["beneficiary"] = {"public_name": name} if name else None
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    if after != before:
        await ctx.objects.save(after)
    return after


def _window(seconds: int) -> str:
    for unit, size in (("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return f"{seconds} second{'s' if seconds != 1 else ''}"


async def cancel(ctx: Context, order_id: str) -> Order:
    """Cancel within the window after creation (24 hours unless configured): the subtotal
    comes back to the balance (the fees do not), the tons back to the inventory."""
    await products.lock(ctx)
    order = await load(ctx, order_id)
    if order["status"] in TERMINAL:
        raise InvalidRequestError(
            f"This order can no longer be canceled. Its status is '{order['status']}'.")
    window = ctx.settings.climate_cancel_window_seconds
    if ctx.now() > order["created"] + window:
        raise InvalidRequestError(
            "This order can no longer be canceled. Orders can be canceled within "
            f"{_window(window)} of creation.")
    refund = order["amount_subtotal"] if order["confirmed_at"] is not None else 0
    return await mark_canceled(ctx, order, reason="requested", refund=refund)


async def mark_canceled(ctx: Context, order: Order, *, reason: CancellationReason,
                        refund: int) -> Order:
    """Cancel `order` for `reason`, credit `refund` to the balance (a
    `climate_order_refund` transaction) and give its tons back to the inventory."""
    now = ctx.now()
    order["status"] = "canceled"
    order["canceled_at"] = now
    order["cancellation_reason"] = reason
    await ctx.objects.save(dict(order))
    await products.restore(ctx, str(order["product"]), Decimal(order["metric_tons"]))
    await emit(ctx, "climate.order.canceled", dict(order))
    if refund:
        await balance.record(ctx, type="climate_order_refund", source=order["id"],
                             amount=refund, currency=order["currency"], fee=0,
                             description=f"Refund of climate order {order['id']}", now=now,
                             available_now=True, test_clock=None,
                             reporting_category="climate_order_refund")
    return order


async def list_orders(ctx: Context, p: OrderListParams) -> ListPage:
    """The account's orders, newest first."""
    return await list_objects(ctx, Order, p, url=ORDERS_URL)
