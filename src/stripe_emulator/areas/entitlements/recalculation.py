"""When entitlements are recalculated: an `on_event` subscriber that follows subscription
events, keeps per subscription what it learned from them (customer, status, product ids),
and recalculates the customer's active entitlements exactly when Stripe does.

It runs inside the emitting unit of work, so the entitlements and their summary event
commit (or roll back) with the subscription change, at the change's own time (test-clock
time for clock customers). This area never reads Billing's tables: the events carry all
it needs (`items.data[].price.product`, `status`, `customer`).

Stripe recalculates on subscription create, update (items or price change, cancel,
reactivation, a new billing cycle) and deletion or end, but not on a status-only change
(trialing -> paused, active -> past_due), nor when features are attached to or detached
from a product, nor when a feature is archived (spec/entitlements.md §3).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.entitlements import active_entitlements
from stripe_emulator.areas.entitlements.models import ENTITLING_STATUSES, SubscriptionRecord
from stripe_emulator.events import on_event

__all__ = ["entitles", "on_subscription_event", "recalculates"]

_CREATED = "customer.subscription.created"
_UPDATED = "customer.subscription.updated"
_DELETED = "customer.subscription.deleted"


def entitles(status: str | None) -> bool:
    """Does a subscription in `status` grant its products' features?"""
    return status in ENTITLING_STATUSES


def recalculates(event: Mapping[str, Any], before: Mapping[str, Any] | None,
                 after: Mapping[str, Any]) -> bool:
    """Does Stripe recalculate the customer's entitlements for this subscription event?

    `before`/`after` are this area's records of the subscription around the event.
    """
    kind = event["type"]
    if kind in (_CREATED, _DELETED) or before is None:
        return True
    if before["products"] != after["products"]:
        return True
    if entitles(before["status"]) != entitles(after["status"]):
        return True  # incomplete -> active grants; -> canceled / incomplete_expired revokes
    if kind == _UPDATED:
        changed = set(event["data"].get("previous_attributes") or {})
        return not changed <= {"status"}  # a status-only change does not recalculate
    # paused, resumed, trial_will_end, pending_update_*: status-only or nothing entitling
    return False


def _id(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def _products(subscription: dict[str, Any]) -> list[str]:
    """Product ids of the subscription's items (`price.product`, or the legacy `plan`)."""
    items = (subscription.get("items") or {}).get("data") or []
    found = set()
    for item in items:
        price = item.get("price") or item.get("plan") or {}
        product = _id(price.get("product"))
        if product:
            found.add(product)
    return sorted(found)


def _record_id(subscription_id: str) -> str:
    return f"{subscription_id}.entitlements"


async def _serialize(ctx: Context, customer_id: str) -> None:
    """One recalculation per customer at a time: two concurrent changes to one customer's
    subscriptions must not grant a feature twice."""
    await ctx.objects.lock(f"entitlements/{customer_id}")


async def _records(ctx: Context, customer_id: str) -> list[SubscriptionRecord]:
    return await ctx.objects.all(SubscriptionRecord, Filter("customer", customer_id))


async def _recalculate(ctx: Context, customer_id: str, at: int) -> None:
    products = {p for record in await _records(ctx, customer_id)
                if entitles(record["status"]) for p in record["products"]}
    await active_entitlements.recalculate(ctx, customer_id, sorted(products), at=at)


async def _on_subscription(ctx: Context, event: dict[str, Any]) -> None:
    subscription = event["data"]["object"]
    subscription_id = _id(subscription)
    customer_id = _id(subscription.get("customer"))
    if subscription.get("object") != "subscription" or not subscription_id or not customer_id:
        return
    await _serialize(ctx, customer_id)
    after: SubscriptionRecord = {
        "id": _record_id(subscription_id), "object": "entitlements.subscription",
        "subscription": subscription_id, "customer": customer_id,
        "status": subscription.get("status"), "products": _products(subscription),
        "test_clock": _id(subscription.get("test_clock"))}
    before = await ctx.objects.get(SubscriptionRecord, after["id"])
    if before is None:
        await ctx.objects.insert(after, created=int(event["created"]))
    elif before != after:
        await ctx.objects.save(after)
    if recalculates(event, before, after):
        await _recalculate(ctx, customer_id, int(event["created"]))


async def _on_customer_deleted(ctx: Context, event: dict[str, Any]) -> None:
    """A deleted customer keeps no subscription, so no entitlement."""
    customer_id = _id(event["data"]["object"])
    if not customer_id:
        return
    await _serialize(ctx, customer_id)
    for record in await _records(ctx, customer_id):
        await ctx.objects.remove(record["id"])
    await _recalculate(ctx, customer_id, int(event["created"]))


async def _on_test_clock_deleted(ctx: Context, event: dict[str, Any]) -> None:
    """Deleting a clock deletes its customers (without events of their own): their rows go
    too, silently."""
    clock_id = _id(event["data"]["object"])
    if not clock_id:
        return
    on_clock = await ctx.objects.all(SubscriptionRecord, Filter("test_clock", clock_id))
    for customer_id in dict.fromkeys(record["customer"] for record in on_clock):
        await _serialize(ctx, customer_id)
        for record in await _records(ctx, customer_id):
            await ctx.objects.remove(record["id"])
        await active_entitlements.forget(ctx, customer_id)


@on_event("customer.subscription.*", "customer.deleted", "test_helpers.test_clock.deleted")
async def on_subscription_event(ctx: Context, event: dict[str, Any]) -> None:
    """The subscriber: `customer.subscription.*`, `customer.deleted` and
    `test_helpers.test_clock.deleted`."""
    kind: str = event["type"]
    if kind.startswith("customer.subscription."):
        await _on_subscription(ctx, event)
    elif kind == "customer.deleted":
        await _on_customer_deleted(ctx, event)
    elif kind == "test_helpers.test_clock.deleted":
        await _on_test_clock_deleted(ctx, event)
