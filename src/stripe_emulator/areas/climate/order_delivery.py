"""When and how an order is delivered: the due time of its delivery job, and the delivery
itself (per-supplier `delivery_details`, `certificate`, `climate.order.delivered`).

A confirmed order is delivered at the later of 30 days after confirmation (Stripe
guarantees delivery of spot inventory, a past `delivery_year`, within 30 days) and
31 December 00:00 UTC of its expected delivery year.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.areas.climate import amounts, products
from stripe_emulator.areas.climate.models import DeliveryDetail, Order, Supplier
from stripe_emulator.events import emit
from stripe_emulator.jobs import enqueue

__all__ = ["JOB", "SPOT_DELIVERY_SECONDS", "deliver", "due_at", "schedule", "split"]

JOB = "climate.deliver_order"
SPOT_DELIVERY_SECONDS = 30 * 86400


def due_at(order: Order) -> int:
    """When the order's delivery is due (it must be confirmed)."""
    confirmed = order["confirmed_at"] or order["created"]
    year_end = int(datetime(order["expected_delivery_year"], 12, 31, tzinfo=UTC).timestamp())
    return max(confirmed + SPOT_DELIVERY_SECONDS, year_end)


async def schedule(ctx: Context, order: Order) -> None:
    """Enqueue the delivery job at the order's due time (the job re-reads the order, so
    an earlier job for the same order only waits or does nothing)."""
    await enqueue(ctx, JOB, {"order": order["id"]}, due_at=due_at(order))


def split(tons: Decimal, suppliers: list[Supplier]) -> list[tuple[Supplier, Decimal]]:
    """`tons` shared between `suppliers` as evenly as the order's precision allows (at
    least hundredths); every share is positive and the shares add up to `tons`."""
    step = Decimal(1).scaleb(-max(2, amounts.decimals(tons)))
    units = int(tons / step)
    base, extra = divmod(units, len(suppliers))
    shares = [(s, (base + (1 if i < extra else 0)) * step) for i, s in enumerate(suppliers)]
    return [(s, share) for s, share in shares if share > 0]


async def deliver(ctx: Context, order: Order, now: int) -> Order:
    """Deliver every ton of a confirmed order from its product's suppliers."""
    # Test-mode links, on this server's own base URL like every URL it mints.
    base = ctx.runtime.public_url
    product = await products.load(ctx, str(order["product"]), param=None)
    details: list[DeliveryDetail] = []
    for n, (supplier, share) in enumerate(split(Decimal(order["metric_tons"]),
                                                product["suppliers"]), start=1):
        location: Any = supplier["locations"][0] if supplier["locations"] else None
        details.append({
            "delivered_at": now,
            "location": location,
            "metric_tons": amounts.format_tons(share),
            "registry_url": f"{base}/climate/registry/{order['id']}/{n}",
            "supplier": supplier,
        })
    order["status"] = "delivered"
    order["delivered_at"] = now
    order["delivery_details"] = details
    order["certificate"] = f"{base}/climate/certificates/{order['id']}"
    await ctx.objects.save(dict(order))
    await emit(ctx, "climate.order.delivered", dict(order), created=now)
    return order
