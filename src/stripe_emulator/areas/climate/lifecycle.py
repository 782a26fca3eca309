"""What happens to a confirmed order after it is paid: delivery when due (the durable job),
and the test helpers that stand in for Frontier (deliver now, delay, substitute the
product, cancel because the product cannot be delivered).

    confirmed --(due / deliver)--------------> delivered        climate.order.delivered
    confirmed --(delay)----------------------> confirmed        climate.order.delayed
    confirmed --(substitute_product)---------> confirmed        climate.order.product_substituted
    confirmed --(supplier_cancel)------------> canceled         climate.order.canceled
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.areas.climate import order_delivery, orders, products
from stripe_emulator.areas.climate.models import Order
from stripe_emulator.areas.climate.params import (
    ClimateOrderDelayParams,
    ClimateOrderSubstituteProductParams,
)
from stripe_emulator.events import emit

__all__ = ["delay", "deliver", "deliver_if_due", "substitute_product", "supplier_cancel"]


async def _confirmed(ctx: Context, order_id: str, action: str) -> Order:
    await products.lock(ctx)
    order = await orders.load(ctx, order_id)
    if order["status"] != "confirmed":
        raise InvalidRequestError(
            f"This order cannot be {action} because its status is '{order['status']}'; "
            "only confirmed orders can.")
    return order


async def deliver_if_due(ctx: Context, order_id: str) -> int | None:
    """The delivery job: deliver the order if it is confirmed and due. Returns the time to
    try again when it is not due yet (it was delayed or substituted meanwhile)."""
    await products.lock(ctx)
    order = await ctx.objects.get(Order, order_id)
    if order is None:
        return None
    if order["status"] != "confirmed":
        return None  # delivered by a test helper, or canceled
    due = order_delivery.due_at(order)
    now = ctx.now()
    if due > now:
        return due
    await order_delivery.deliver(ctx, order, now)
    return None


async def deliver(ctx: Context, order_id: str) -> Order:
    """Test helper: deliver every ton now."""
    order = await _confirmed(ctx, order_id, "delivered")
    return await order_delivery.deliver(ctx, order, ctx.now())


async def delay(ctx: Context, order_id: str, p: ClimateOrderDelayParams) -> Order:
    """Test helper: push `expected_delivery_year` back (by default to the year after the
    later of the current expected year and this year); sets `delayed_at`."""
    order = await _confirmed(ctx, order_id, "delayed")
    now = ctx.now()
    current = order["expected_delivery_year"]
    year = p.expected_delivery_year
    if year is None:
        year = max(current, datetime.fromtimestamp(now, UTC).year) + 1
    elif year <= current or year > 2100:
        raise InvalidRequestError(
            f"Invalid expected_delivery_year: must be later than the order's current "
            f"expected delivery year ({current}) and at most 2100.",
            param="expected_delivery_year")
    order["expected_delivery_year"] = year
    order["delayed_at"] = now
    await ctx.objects.save(dict(order))
    await emit(ctx, "climate.order.delayed", dict(order))
    return order


async def substitute_product(ctx: Context, order_id: str,
                             p: ClimateOrderSubstituteProductParams) -> Order:
    """Test helper: Frontier swaps the order's product; the tons move from the old
    product's inventory to the new one's, the price paid stays, the expected delivery year
    becomes the new product's."""
    order = await _confirmed(ctx, order_id, "substituted")
    replacement = await products.load(ctx, p.product, param="product")
    if replacement["id"] == order["product"]:
        raise InvalidRequestError(
            f"The order's product is already '{replacement['id']}'.", param="product")
    tons = Decimal(order["metric_tons"])
    if tons > products.available(replacement):
        raise InvalidRequestError(
            "The requested quantity exceeds the product's available inventory.",
            param="product")
    due_before = order_delivery.due_at(order)
    await products.restore(ctx, str(order["product"]), tons)
    await products.consume(ctx, replacement, tons)
    order["product"] = replacement["id"]
    order["product_substituted_at"] = ctx.now()
    order["expected_delivery_year"] = (replacement["delivery_year"]
                                       or order["expected_delivery_year"])
    await ctx.objects.save(dict(order))
    await emit(ctx, "climate.order.product_substituted", dict(order))
    if order_delivery.due_at(order) < due_before:
        await order_delivery.schedule(ctx, order)  # the earlier job would come too late
    return order


async def supplier_cancel(ctx: Context, order_id: str) -> Order:
    """Test helper: Frontier cancels because the product cannot be delivered
    (`product_unavailable`); the whole `amount_total` comes back to the balance."""
    order = await _confirmed(ctx, order_id, "canceled")
    return await orders.mark_canceled(ctx, order, reason="product_unavailable",
                                      refund=order["amount_total"])
