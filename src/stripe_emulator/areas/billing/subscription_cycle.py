"""The subscription state machine over time: billing periods and their invoices, trial
ends, renewals, scheduled cancellations, and what invoice payments do to a subscription.

    (new) -> trialing | active | incomplete
    incomplete -> active (first invoice paid) | incomplete_expired (23 h unpaid)
    trialing -> active (trial ends) | paused | canceled (no payment method, per
                trial_settings.end_behavior.missing_payment_method)
    active -> past_due (renewal payment fails)
    past_due -> active (paid) | canceled | unpaid (retries exhausted, per the settings)
    paused -> active (resume)
    any live status -> canceled (DELETE, cancel_at, cancel_at_period_end)

Every function takes `now` (the clock time of the transition: a test clock's time for
objects under one) and is idempotent against a job that runs twice. What invoice payments do
to a subscription follows the invoices' events (`invoice.paid`, `invoice.payment_failed`);
a customer's deletion ends its subscriptions (`customer.deleted`).
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.billing import invoices
from stripe_emulator.areas.billing.periods import next_period_end
from stripe_emulator.areas.core import customers, prices
from stripe_emulator.events import changed_attributes, emit, on_event
from stripe_emulator.jobs import enqueue

__all__ = ["ENDED", "LIVE", "cancel_at", "end", "end_trial", "expire_incomplete", "insert",
           "items_list", "load_live", "payment_method_of", "renew", "save", "schedule",
           "schedule_cancel", "schedule_trial", "start_period", "trial_will_end"]

#: Statuses after which nothing more happens.
ENDED = ("canceled", "incomplete_expired")
#: Statuses that renew.
LIVE = ("active", "past_due", "unpaid")
INCOMPLETE_SECONDS = 23 * 3600
TRIAL_WILL_END_SECONDS = 3 * 86400


def items_list(subscription_id: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"object": "list", "data": items, "has_more": False, "total_count": len(items),
            "url": f"/v1/subscription_items?subscription={subscription_id}"}


async def load_live(ctx: Context, subscription_id: str | None) -> dict[str, Any] | None:
    """The subscription, or None when it was deleted (with its test clock) meanwhile."""
    return await ctx.objects.get("subscription", subscription_id)


async def insert(ctx: Context, sub: dict[str, Any]) -> None:
    """Store a new subscription and its items (kept as their own objects too, for lists)."""
    for item in sub["items"]["data"]:
        await ctx.objects.insert(item)
    await ctx.objects.insert(sub)


async def save(ctx: Context, sub: dict[str, Any]) -> None:
    """Store a subscription and its items."""
    for item in sub["items"]["data"]:
        await ctx.objects.save(item)
    await ctx.objects.save(sub)


async def _customer(ctx: Context, sub: dict[str, Any]) -> dict[str, Any]:
    return await ctx.objects.load("customer", sub["customer"], param="customer", deleted=True)


async def _lines(ctx: Context, sub: dict[str, Any], start: int, end: int, *,
                 trial: bool, fraction: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    names: dict[str, str] = {}
    lines = []
    for item in sub["items"]["data"]:
        price = item["price"]
        if price["product"] not in names:
            product = await ctx.objects.get("product", price["product"], deleted=True)
            names[price["product"]] = (product or {}).get("name", "")
        amount = 0
        if not trial and price["recurring"]["usage_type"] == "licensed":
            amount = prices.amount_for(price, item["quantity"] or 1,
                                       await prices.tiers_of(ctx, price))
            if fraction is not None:
                amount = round(amount * fraction[0] / fraction[1])
        lines.append(invoices.line(ctx, item=item, product_name=names[price["product"]],
                                   amount=amount, period_start=start, period_end=end,
                                   subscription=sub["id"], trial=trial))
    return lines


def _interval(sub: dict[str, Any]) -> tuple[str, int]:
    recurring = sub["items"]["data"][0]["price"]["recurring"]
    return recurring["interval"], recurring["interval_count"]


async def start_period(ctx: Context, sub: dict[str, Any], *, start: int, now: int,
                       reason: str, end: int | None = None, trial: bool = False,
                       invoice_now: bool, fraction: tuple[int, int] | None = None,
                       ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Open the period starting at `start` on every item and invoice it: a draft that
    auto-advances in an hour, or (`invoice_now`) one the caller finalizes at once. Returns
    the subscription (not stored: the caller saves it, once) and the draft; the renewal at
    the period's end is scheduled."""
    if end is None:
        interval, count = _interval(sub)
        end = next_period_end(sub["billing_cycle_anchor"], interval, count, start)
    previous_start = sub["items"]["data"][0]["current_period_start"]
    items = [dict(item, current_period_start=start, current_period_end=end)
             for item in sub["items"]["data"]]
    sub = dict(sub, items=items_list(sub["id"], items))
    customer = await _customer(ctx, sub)
    lines = await _lines(ctx, sub, start, end, trial=trial, fraction=fraction)
    cycle = reason == "subscription_cycle"
    invoice = await invoices.create_draft(
        ctx, customer=customer, subscription=sub, reason=reason, lines=lines,
        period_start=previous_start if cycle else start, period_end=start, now=now,
        auto_finalize=not invoice_now)
    sub["latest_invoice"] = invoice["id"]
    if not trial:
        await enqueue(ctx, "billing.renew_subscription",
                      {"subscription": sub["id"], "period_end": end}, due_at=end,
                      test_clock=sub["test_clock"])
    return sub, invoice


async def _updated(ctx: Context, before: dict[str, Any], after: dict[str, Any],
                   now: int) -> None:
    previous = changed_attributes(before, after)
    if previous:
        await emit(ctx, "customer.subscription.updated", after, previous_attributes=previous,
                   created=now)


async def renew(ctx: Context, subscription_id: str, period_end: int, now: int) -> None:
    """At a period's end: the next period and its invoice (unless the subscription ended,
    moved on, or is set to cancel by then)."""
    sub = await load_live(ctx, subscription_id)
    if sub is None or sub["status"] not in LIVE:
        return
    if sub["items"]["data"][0]["current_period_end"] != period_end:
        return
    if sub["cancel_at"] is not None and sub["cancel_at"] <= period_end:
        return  # the cancellation job ends it
    after, _ = await start_period(ctx, sub, start=period_end, now=now,
                                  reason="subscription_cycle", invoice_now=False)
    await save(ctx, after)
    await _updated(ctx, sub, after, now)


async def payment_method_of(ctx: Context, sub: dict[str, Any]) -> str | None:
    """The card a subscription's invoices are charged to (its own, else the customer's)."""
    if sub.get("default_payment_method"):
        return str(sub["default_payment_method"])
    customer = await _customer(ctx, sub)
    pm = (customer.get("invoice_settings") or {}).get("default_payment_method")
    return str(pm) if pm else None


async def end_trial(ctx: Context, subscription_id: str, trial_end: int, now: int) -> None:
    """The trial is over: bill the first paid period, or (no payment method) pause or
    cancel as `trial_settings.end_behavior.missing_payment_method` says."""
    sub = await load_live(ctx, subscription_id)
    if sub is None or sub["status"] != "trialing" or sub["trial_end"] != trial_end:
        return
    behavior = sub["trial_settings"]["end_behavior"]["missing_payment_method"]
    if await payment_method_of(ctx, sub) is None and behavior in ("pause", "cancel"):
        if behavior == "cancel":
            await end(ctx, sub, now, reason="cancellation_requested")
            return
        after = dict(sub, status="paused", status_details={"paused": {
            "subscription": {"type": "trial_end_without_payment_method"},
            "transitioned_at": now, "type": "subscription"}})
        await save(ctx, after)
        await emit(ctx, "customer.subscription.paused", after, created=now)
        await _updated(ctx, sub, after, now)
        return
    active = dict(sub, status="active")
    after, _ = await start_period(ctx, active, start=trial_end, now=now,
                                  reason="subscription_cycle", invoice_now=False)
    await save(ctx, after)
    await _updated(ctx, sub, after, now)


async def trial_will_end(ctx: Context, subscription_id: str, trial_end: int,
                         now: int) -> None:
    """Three days before a trial ends (or at once for a shorter trial)."""
    sub = await load_live(ctx, subscription_id)
    if sub is not None and sub["status"] == "trialing" and sub["trial_end"] == trial_end:
        await emit(ctx, "customer.subscription.trial_will_end", sub, created=now)


async def end(ctx: Context, sub: dict[str, Any], now: int, *, reason: str | None,
              comment: str | None = None, feedback: str | None = None) -> dict[str, Any]:
    """Cancel now: `canceled`, `ended_at`, and `customer.subscription.deleted`."""
    details = dict(sub["cancellation_details"] or {"comment": None, "feedback": None,
                                                   "feedback_option": None, "reason": None})
    details["reason"] = reason
    if comment is not None:
        details["comment"] = comment
    if feedback is not None:
        details["feedback"] = feedback
    after = dict(sub, status="canceled", ended_at=now, canceled_at=sub["canceled_at"] or now,
                 cancellation_details=details)
    await save(ctx, after)
    await emit(ctx, "customer.subscription.deleted", after, created=now)
    return after


async def cancel_at(ctx: Context, subscription_id: str, when: int, now: int) -> None:
    """`cancel_at` (or the period end, with `cancel_at_period_end`) has come."""
    sub = await load_live(ctx, subscription_id)
    if sub is None or sub["status"] in ENDED or sub["cancel_at"] != when:
        return
    await end(ctx, sub, now, reason="cancellation_requested")


async def expire_incomplete(ctx: Context, subscription_id: str, now: int) -> None:
    """23 hours without a first payment: `incomplete_expired`, its invoice voided."""
    sub = await load_live(ctx, subscription_id)
    if sub is None or sub["status"] != "incomplete":
        return
    after = dict(sub, status="incomplete_expired", ended_at=now)
    invoice = await ctx.objects.get("invoice", sub["latest_invoice"])
    if invoice is not None and invoice["status"] == "open":
        await invoices.void_now(ctx, invoice, now)
    await save(ctx, after)
    await emit(ctx, "customer.subscription.deleted", after, created=now)


# -- what invoice payments do ----------------------------------------------------------------

@on_event("invoice.paid")
async def invoice_paid(ctx: Context, event: dict[str, Any]) -> None:
    """A subscription invoice was paid: incomplete / past_due / unpaid become active."""
    invoice = event["data"]["object"]
    now = int(event["created"])
    await customers.set_delinquent(ctx, invoice["customer"], False, now=now)
    sub = await load_live(ctx, invoices.subscription_of(invoice))
    if sub is None or sub["status"] not in ("incomplete", "past_due", "unpaid"):
        return
    after = dict(sub, status="active")
    await save(ctx, after)
    await _updated(ctx, sub, after, now)


@on_event("invoice.payment_failed")
async def invoice_payment_failed(ctx: Context, event: dict[str, Any]) -> None:
    """A renewal's automatic payment failed: the subscription is past_due; after the last
    retry the account's setting decides (canceled, unpaid, or left past_due). A first
    invoice's failure is its subscription's creation's business (incomplete)."""
    invoice = event["data"]["object"]
    if invoice["billing_reason"] == "subscription_create" or \
            invoice["collection_method"] != "charge_automatically":
        return
    now = int(event["created"])
    await customers.set_delinquent(ctx, invoice["customer"], True, now=now)
    sub = await load_live(ctx, invoices.subscription_of(invoice))
    if sub is None or sub["status"] in ENDED:
        return
    if sub["status"] in ("active", "trialing"):
        after = dict(sub, status="past_due")
        await save(ctx, after)
        await _updated(ctx, sub, after, now)
        sub = after
    if not invoices.retries_exhausted(invoice):
        return
    action = ctx.settings.subscription_after_failed_retries
    if action == "cancel":
        await end(ctx, sub, now, reason="payment_failed")
    elif action == "unpaid" and sub["status"] != "unpaid":
        after = dict(sub, status="unpaid")
        await save(ctx, after)
        await _updated(ctx, sub, after, now)


@on_event("customer.deleted")
async def end_with_customer(ctx: Context, event: dict[str, Any]) -> None:
    """Deleting a customer cancels its subscriptions, as Stripe does."""
    customer = event["data"]["object"]
    now = await ctx.now_for(customer.get("test_clock"))
    subscriptions = await ctx.objects.all("subscription", Filter("customer", customer["id"]))
    for sub in subscriptions:
        if sub["status"] not in ENDED:
            await end(ctx, sub, now, reason="cancellation_requested")


async def schedule_trial(ctx: Context, sub: dict[str, Any], now: int) -> None:
    """The trial's end, and `trial_will_end` three days before it."""
    payload = {"subscription": sub["id"], "trial_end": sub["trial_end"]}
    await enqueue(ctx, "billing.end_trial", payload, due_at=sub["trial_end"],
                  test_clock=sub["test_clock"])
    await enqueue(ctx, "billing.trial_will_end", payload,
                  due_at=max(now, sub["trial_end"] - TRIAL_WILL_END_SECONDS),
                  test_clock=sub["test_clock"])


async def schedule_cancel(ctx: Context, sub: dict[str, Any]) -> None:
    """The end of a subscription set to cancel (`cancel_at`)."""
    await enqueue(ctx, "billing.cancel_subscription", {"subscription": sub["id"],
                                                       "cancel_at": sub["cancel_at"]},
                  due_at=sub["cancel_at"], test_clock=sub["test_clock"])


async def schedule(ctx: Context, sub: dict[str, Any], now: int) -> None:
    """Enqueue the time-based transitions a new subscription needs (trial end, cancel_at,
    incomplete expiry)."""
    if sub["status"] == "trialing" and sub["trial_end"]:
        await schedule_trial(ctx, sub, now)
    if sub["cancel_at"] is not None:
        await schedule_cancel(ctx, sub)
    if sub["status"] == "incomplete":
        await enqueue(ctx, "billing.expire_incomplete_subscription",
                      {"subscription": sub["id"]}, due_at=now + INCOMPLETE_SECONDS,
                      test_clock=sub["test_clock"])
