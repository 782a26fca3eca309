"""Test clocks: create, retrieve, list, delete (with everything attached), advance. (The
time an object under a clock lives at is `ctx.now_for(test_clock)`.)

Advancing is a durable wall-clock job (`billing.advance_test_clock`): the request marks the
clock `advancing` and returns; the job runs every job due under the clock up to the target
time, in time order, each with the clock fixed at its due time, then marks it `ready`.
Clients poll until `ready`, as with Stripe.
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.billing.periods import add_interval
from stripe_emulator.areas.billing.sdk_params import (
    TestClockAdvanceParams,
    TestClockCreateParams,
    TestClockListParams,
)
from stripe_emulator.events import emit
from stripe_emulator.jobs import enqueue

__all__ = ["advance", "create", "delete", "expire", "finish_advance", "list_test_clocks",
           "retrieve"]

TYPE = "test_helpers.test_clock"
THING = "test clock"
LIFETIME = 30 * 86400
TWO_YEARS = 2 * 365 * 86400
#: Billing's objects that carry `test_clock` and go when their clock is deleted (its
#: customers go too, on the clock's `test_helpers.test_clock.deleted` event).
_ATTACHED = ("subscription", "invoice")


async def create(ctx: Context, p: TestClockCreateParams) -> dict[str, Any]:
    """Create a clock frozen at `frozen_time`; `customer` attaches an existing customer."""
    now = ctx.now()
    clock: dict[str, Any] = {
        "id": ctx.new_id("clock"),
        "object": TYPE,
        "created": now,
        "deletes_after": now + LIFETIME,
        "frozen_time": p.frozen_time,
        "livemode": False,
        "name": p.name,
        "status": "ready",
        "status_details": {},
    }
    await ctx.objects.insert(dict(clock))
    if p.customer:
        customer = await ctx.objects.load("customer", p.customer, param="customer")
        if customer.get("test_clock"):
            raise InvalidRequestError("This customer is already attached to a test clock.",
                                      param="customer")
        after = dict(customer, test_clock=clock["id"])
        await ctx.objects.save(after)
        await emit(ctx, "customer.updated", after, previous_attributes={"test_clock": None})
    await emit(ctx, "test_helpers.test_clock.created", clock)
    await enqueue(ctx, "billing.delete_test_clock", {"test_clock": clock["id"]},
                  due_at=clock["deletes_after"])
    return clock


async def retrieve(ctx: Context, clock_id: str) -> Row:
    return await ctx.objects.load_row(TYPE, clock_id, thing=THING)


async def list_test_clocks(ctx: Context, p: TestClockListParams) -> ListPage:
    """Clocks, newest first."""
    return await list_objects(ctx, TYPE, p, url="/v1/test_helpers/test_clocks", thing=THING)


async def delete(ctx: Context, clock_id: str) -> dict[str, Any]:
    """Delete a clock and every customer, subscription and invoice attached to it."""
    clock = await ctx.objects.load(TYPE, clock_id, thing=THING)
    for object_type in _ATTACHED:
        while True:
            rows = await ctx.objects.rows(object_type, limit=100,
                                          filters=[Filter("test_clock", clock_id)])
            for row in rows:
                await ctx.objects.delete(row.doc())
                if object_type == "subscription":
                    await _delete_items(ctx, row.id)
            if len(rows) < 100:
                break
    stub = await ctx.objects.delete(clock)
    await emit(ctx, "test_helpers.test_clock.deleted", clock)
    return stub


async def _delete_items(ctx: Context, subscription_id: str) -> None:
    rows = await ctx.objects.rows("subscription_item", limit=100,
                                  filters=[Filter("subscription", subscription_id)])
    for row in rows:
        await ctx.objects.delete(row.doc())


async def _shortest_interval_limit(ctx: Context, clock_id: str, frozen: int) -> int:
    """How far the clock may go: two intervals of its shortest subscription interval."""
    rows = await ctx.objects.rows("subscription", limit=100,
                                  filters=[Filter("test_clock", clock_id)])
    limits = []
    for row in rows:
        sub = row.doc()
        if sub["status"] in ("canceled", "incomplete_expired"):
            continue
        for item in sub["items"]["data"]:
            recurring = item["price"]["recurring"]
            if recurring:
                limits.append(add_interval(frozen, recurring["interval"],
                                           2 * recurring["interval_count"]))
    return min(limits) if limits else frozen + TWO_YEARS


async def advance(ctx: Context, clock_id: str, p: TestClockAdvanceParams) -> dict[str, Any]:
    """Start moving the clock to `frozen_time`: `advancing` now, `ready` once every
    transition up to then has run."""
    clock = await ctx.objects.load(TYPE, clock_id, thing=THING)
    if clock["status"] == "advancing":
        raise InvalidRequestError("The test clock is already advancing; wait until its "
                                  "status is `ready` before advancing it again.",
                                  param="frozen_time")
    frozen = int(clock["frozen_time"])
    if p.frozen_time <= frozen:
        raise InvalidRequestError("The frozen_time must be after the test clock's current "
                                  f"frozen_time ({frozen}).", param="frozen_time")
    limit = await _shortest_interval_limit(ctx, clock_id, frozen)
    if p.frozen_time > limit:
        raise InvalidRequestError(
            "Cannot advance the test clock more than two intervals of the shortest "
            "subscription on it (or two years when it has none): the furthest allowed "
            f"frozen_time is {limit}.", param="frozen_time")
    after = dict(clock, status="advancing",
                 status_details={"advancing": {"target_frozen_time": p.frozen_time}})
    await ctx.objects.save(after)
    await emit(ctx, "test_helpers.test_clock.advancing", after)
    await enqueue(ctx, "billing.advance_test_clock",
                  {"test_clock": clock_id, "frozen_time": p.frozen_time}, due_at=ctx.now())
    return after


async def finish_advance(ctx: Context, clock_id: str, target: int) -> None:
    """Every transition up to `target` has run: the clock is `ready` at `target`."""
    clock = await ctx.objects.get(TYPE, clock_id)
    if clock is None:
        return
    details = clock["status_details"].get("advancing") or {}
    if clock["status"] != "advancing" or details.get("target_frozen_time") != target:
        return
    after = dict(clock, status="ready", status_details={}, frozen_time=target)
    await ctx.objects.save(after)
    await emit(ctx, "test_helpers.test_clock.ready", after)


async def expire(ctx: Context, clock_id: str) -> None:
    """`deletes_after` has come: the clock goes, with what is attached to it."""
    if await ctx.objects.get(TYPE, clock_id) is not None:
        await delete(ctx, clock_id)
