"""Payouts: the available balance sent to the account's test bank account, manually
(`POST /v1/payouts`) or by the automatic schedule of the balance settings. `payout.*`
events; `payout`, `payout_cancel` and `payout_failure` balance transactions.

A payout is `pending`, then `in_transit`, then `paid` or `failed` (a failure, from one of
Stripe's failing test bank account numbers, returns the funds); a pending manual payout can
be canceled (funds returned). The steps are durable jobs on the wall clock, timed by the
`payout_timeline` setting (`payout_calendar.timeline`).

Automatic payouts follow real time, not test clocks (test clocks belong to customers, and a
payout belongs to the account): funds becoming available (`balance.available`) schedule
the account's next automatic payout on its schedule (one job per account at a time, its due
time kept in an internal `payout_schedule` record); the operator's `run_now` runs it at
once. An automatic payout pays out, in the bank account's currency, every available
balance transaction no automatic payout settled yet (manual payouts' debits included, as
Stripe reconciles a manual payout as an advance on the next automatic one), and records
them as settled by it: its reconciliation (`reconciliation_status` `in_progress`, then
`completed` with `payout.reconciliation_completed`). A manual payout settles nothing
(`not_applicable`). Stripe allows manual payouts beside an automatic schedule, from what is
available: so does this server.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceMissing
from stripe_emulator.api.listing import ListPage, list_objects, range_filters
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import check_currency, merge_metadata
from stripe_emulator.areas.payments import balance, balance_settings, bank_accounts
from stripe_emulator.areas.payments.payout_calendar import (
    arrival_date,
    next_automatic_payout,
    timeline,
)
from stripe_emulator.areas.payments.sdk_params import (
    PayoutCreateParams,
    PayoutListParams,
    PayoutUpdateParams,
)
from stripe_emulator.events import emit, on_event
from stripe_emulator.events.emitter import changed_attributes
from stripe_emulator.jobs import enqueue
from stripe_emulator.store.payouts import PayoutSettlements

__all__ = ["advance", "cancel", "create", "list_payouts", "retrieve", "run_now",
           "run_scheduled", "update"]

#: The internal record (type and fixed id) holding when the next automatic payout runs.
SCHEDULE = "payout_schedule"
#: Serializes what draws on the balance (manual and automatic payouts) in one account.
_BALANCE_LOCK = "payouts"
AUTOMATIC_DESCRIPTION = "STRIPE PAYOUT"
ADVANCE_JOB = "payments.advance_payout"
AUTOMATIC_JOB = "payments.automatic_payout"


def _insufficient(source_type: str) -> InvalidRequestError:
    kind = source_type.replace("_", " ")
    return InvalidRequestError(
        "You have insufficient funds in your Stripe account for this transfer. Your "
        f"{kind} balance is too low.  You can use the /v1/balance endpoint to view your "
        "Stripe balance (for more details, see stripe.com/docs/api#balance).",
        code="balance_insufficient")


def _check_create(p: PayoutCreateParams) -> str:
    if p.amount <= 0:
        raise InvalidRequestError("This value must be greater than or equal to 1.",
                                  param="amount")
    currency = check_currency(p.currency)
    if p.method == "instant":
        # [local] Instant Payouts need an instant-eligible destination and balance: the
        # test bank account takes standard payouts only (its `available_payout_methods`).
        raise InvalidRequestError(
            "This bank account is not eligible for Instant Payouts. Send a standard payout "
            "instead (method=standard).", param="method", code="instant_payouts_unsupported")
    if p.payout_method is not None:
        raise ResourceMissing("financial account", p.payout_method, param="payout_method")
    if p.statement_descriptor is not None and len(p.statement_descriptor) > 22:
        raise InvalidRequestError("The statement descriptor must be at most 22 characters "
                                  "long.", param="statement_descriptor")
    return currency


async def create(ctx: Context, p: PayoutCreateParams) -> dict[str, Any]:
    """A manual payout from the available balance to the account's bank account."""
    currency = _check_create(p)
    await ctx.objects.lock(_BALANCE_LOCK)
    bank = await bank_accounts.current(ctx)
    if p.destination is not None and p.destination != bank["id"]:
        raise ResourceMissing("external account", p.destination, param="destination")
    if bank["currency"] != currency:
        raise InvalidRequestError("Sorry, you don't have any external accounts in that "
                                  f"currency ({currency}).", param="currency")
    source_type = p.source_type or "card"
    # The whole balance is card funds (charges, top-ups): none of another source type.
    funds = await balance.available(ctx, currency) if source_type == "card" else 0
    if p.amount > funds:
        raise _insufficient(source_type)
    payout, _ = await _start(ctx, amount=p.amount, currency=currency, bank=bank,
                             automatic=False, description=p.description,
                             statement_descriptor=p.statement_descriptor,
                             metadata=p.metadata or {}, source_type=source_type)
    return payout


async def _start(ctx: Context, *, amount: int, currency: str, bank: dict[str, Any],
                 automatic: bool, description: str | None, statement_descriptor: str | None,
                 metadata: dict[str, str], source_type: str,
                 ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Debit the balance, store the pending payout, emit `payout.created` and start its
    timeline: (the payout, its balance transaction)."""
    now = ctx.now()
    payout_id = ctx.new_id("po")
    txn = await balance.record(ctx, type="payout", source=payout_id, amount=-amount,
                               currency=currency, fee=0,
                               description=description or AUTOMATIC_DESCRIPTION, now=now,
                               available_now=True, test_clock=None,
                               reporting_category="payout", announce=False)
    payout: dict[str, Any] = {
        "id": payout_id,
        "object": "payout",
        "amount": amount,
        "application_fee": None,
        "application_fee_amount": None,
        "arrival_date": arrival_date(now),
        "automatic": automatic,
        "balance_transaction": txn["id"],
        "created": now,
        "currency": currency,
        "description": description,
        "destination": bank["id"],
        "failure_balance_transaction": None,
        "failure_code": None,
        "failure_message": None,
        "livemode": False,
        "metadata": metadata,
        "method": "standard",
        "original_payout": None,
        "payout_method": None,
        "reconciliation_status": "in_progress" if automatic else "not_applicable",
        "reversed_by": None,
        "source_type": source_type,
        "statement_descriptor": statement_descriptor,
        "status": "pending",
        "trace_id": {"status": "pending", "value": None},
        "type": "bank_account",
    }
    await ctx.objects.insert(dict(payout))
    await emit(ctx, "payout.created", payout, created=now)
    # The bank's answer is decided by the destination as it is now (a later change of the
    # bank account does not reroute a payout already sent).
    await enqueue(ctx, ADVANCE_JOB, {"payout": payout_id, "step": "in_transit",
                                     "failure_code": bank_accounts.failure_code(bank)},
                  due_at=now + timeline(ctx.settings.payout_timeline).submit)
    return payout, txn


async def retrieve(ctx: Context, payout_id: str) -> Row:
    return await ctx.objects.load_row("payout", payout_id)


async def list_payouts(ctx: Context, p: PayoutListParams) -> ListPage:
    """Payouts, newest first; filters status, destination, arrival_date, created."""
    filters = []
    if p.status is not None:
        filters.append(Filter("status", p.status))
    if p.destination is not None:
        filters.append(Filter("destination", p.destination))
    filters += range_filters("arrival_date", p.arrival_date)
    return await list_objects(ctx, "payout", p, url="/v1/payouts", filters=filters)


async def update(ctx: Context, payout_id: str, p: PayoutUpdateParams) -> dict[str, Any]:
    """Change a payout's metadata (the only field Stripe lets you update)."""
    await ctx.objects.lock(f"payout/{payout_id}")
    before = await ctx.objects.load("payout", payout_id)
    after = copy.deepcopy(before)
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    if after != before:
        await ctx.objects.save(after)
        await emit(ctx, "payout.updated", after,
                   previous_attributes=changed_attributes(before, after))
    return after


async def _give_back(ctx: Context, payout: dict[str, Any], *, type: str) -> dict[str, Any]:
    """Return a canceled or failed payout's amount to the available balance."""
    return await balance.record(
        ctx, type=type, source=payout["id"], amount=payout["amount"],
        currency=payout["currency"], fee=0,
        description="Payout cancellation" if type == "payout_cancel" else "Payout failure",
        now=ctx.now(), available_now=True, test_clock=None,
        reporting_category="payout_reversal", announce=False)


async def cancel(ctx: Context, payout_id: str) -> dict[str, Any]:
    """Cancel a pending manual payout: its funds return to the available balance."""
    await ctx.objects.lock(f"payout/{payout_id}")
    payout = await ctx.objects.load("payout", payout_id)
    if payout["automatic"]:
        raise InvalidRequestError("You can't cancel automatic Stripe payouts.")
    if payout["status"] != "pending":
        raise InvalidRequestError("Payouts can only be canceled while they are pending.")
    txn = await _give_back(ctx, payout, type="payout_cancel")
    payout.update(status="canceled", failure_balance_transaction=txn["id"],
                  trace_id={"status": "unsupported", "value": None})
    await ctx.objects.save(payout)
    await emit(ctx, "payout.canceled", payout)
    await emit(ctx, "balance.available", await balance.retrieve(ctx))
    return payout


def _trace_id(payout_id: str) -> str:
    """A bank reference for a paid payout (an ACH trace number: the test routing number's
    first eight digits and seven more)."""
    digits = int.from_bytes(hashlib.sha256(payout_id.encode()).digest()[:8], "big") % 10**7
    return f"{bank_accounts.TEST_ROUTING_NUMBER[:8]}{digits:07d}"


async def advance(ctx: Context, payout_id: str, step: str, failure_code: str | None) -> None:
    """One step of a payout's timeline (a job): `in_transit`, then `arrive` (paid, or
    failed with `failure_code`), then an automatic payout's `reconcile`. A step whose payout
    moved on already (canceled) does nothing."""
    await ctx.objects.lock(f"payout/{payout_id}")
    payout = await ctx.objects.get("payout", payout_id)
    if payout is None:
        return
    now = ctx.now()
    steps = timeline(ctx.settings.payout_timeline)
    if step == "in_transit" and payout["status"] == "pending":
        payout["status"] = "in_transit"
        await ctx.objects.save(payout)
        await emit(ctx, "payout.updated", payout, previous_attributes={"status": "pending"})
        await enqueue(ctx, ADVANCE_JOB, {"payout": payout_id, "step": "arrive",
                                         "failure_code": failure_code},
                      due_at=steps.arrival(now, payout["arrival_date"]))
    elif step == "arrive" and payout["status"] == "in_transit":
        if failure_code:
            txn = await _give_back(ctx, payout, type="payout_failure")
            payout.update(status="failed", failure_code=failure_code,
                          failure_message=bank_accounts.failure_message(failure_code),
                          failure_balance_transaction=txn["id"],
                          trace_id={"status": "unsupported", "value": None})
            await ctx.objects.save(payout)
            await emit(ctx, "payout.failed", payout)
            await emit(ctx, "balance.available", await balance.retrieve(ctx))
        else:
            payout.update(status="paid",
                          trace_id={"status": "supported", "value": _trace_id(payout_id)})
            await ctx.objects.save(payout)
            await emit(ctx, "payout.paid", payout)
        if payout["automatic"]:
            await enqueue(ctx, ADVANCE_JOB, {"payout": payout_id, "step": "reconcile",
                                             "failure_code": None},
                          due_at=now + steps.reconcile)
    elif step == "reconcile" and payout["reconciliation_status"] == "in_progress":
        payout["reconciliation_status"] = "completed"
        await ctx.objects.save(payout)
        await emit(ctx, "payout.reconciliation_completed", payout)


# -- automatic payouts -------------------------------------------------------------------

async def _pay_out(ctx: Context) -> list[dict[str, Any]]:
    """The automatic payout: everything available and not yet settled, in the bank
    account's currency (none when that sums to nothing)."""
    await ctx.objects.lock(_BALANCE_LOCK)
    bank = await bank_accounts.current(ctx)
    currency = bank["currency"]
    settlements = ctx.repository(PayoutSettlements)
    unsettled = await settlements.unsettled(currency)
    amount = sum(t.net for t in unsettled)
    if amount <= 0:
        return []
    settings = await balance_settings.load(ctx)
    payout, txn = await _start(ctx, amount=amount, currency=currency, bank=bank,
                               automatic=True, description=AUTOMATIC_DESCRIPTION,
                               statement_descriptor=balance_settings.statement_descriptor(
                                   settings), metadata={}, source_type="card")
    # Its funds leave the balance at its arrival date: the reports' effective time.
    await settlements.settle(payout["id"], payout["arrival_date"],
                             [t.id for t in unsettled] + [txn["id"]])
    return [payout]


async def run_now(ctx: Context) -> ListPage:
    """Run the account's automatic payout now (operator route): what the schedule would pay
    out at its next run. The schedule itself is unchanged."""
    settings = await balance_settings.load(ctx)
    if settings["payments"]["payouts"]["schedule"]["interval"] == "manual":
        raise InvalidRequestError(
            "This account's payouts are manual (payments[payouts][schedule][interval]=manual):"
            " it has no automatic payout to run. Create a payout with POST /v1/payouts.")
    return ListPage(url="/_emulator/payouts/run", data=await _pay_out(ctx), has_more=False)


async def run_scheduled(ctx: Context, due: int) -> None:
    """The scheduled automatic payout due at `due` (a job); a job the schedule replaced
    since (a settings change) finds another due time and does nothing."""
    await ctx.objects.lock(SCHEDULE)
    state = await ctx.objects.get(SCHEDULE, SCHEDULE)
    if state is None or state["next_run"] != due:
        return
    await ctx.objects.save(dict(state, next_run=None))
    settings = await balance_settings.load(ctx)
    if settings["payments"]["payouts"]["schedule"]["interval"] != "manual":
        await _pay_out(ctx)


async def _schedule(ctx: Context, *, reset: bool) -> None:
    """Make sure the account's next automatic payout is scheduled (`reset`: again, for a
    changed schedule). Nothing is scheduled for a manual schedule."""
    state = await ctx.objects.get(SCHEDULE, SCHEDULE)
    if not reset and state is not None and state["next_run"] is not None:
        return  # the common case, one read: a run is already due
    await ctx.objects.lock(SCHEDULE)
    state = await ctx.objects.get(SCHEDULE, SCHEDULE)
    current = state["next_run"] if state is not None else None
    if not reset and current is not None:
        return
    settings = await balance_settings.load(ctx)
    # The account's payouts follow real time, even when a test clock's job made the funds
    # available (its context runs at the clock's frozen time).
    due = next_automatic_payout(ctx.runtime.clock.now(),
                                settings["payments"]["payouts"]["schedule"],
                                settings["payments"]["settlement_timing"]["start_of_day"])
    if due == current:
        return
    record = {"id": SCHEDULE, "object": SCHEDULE, "next_run": due}
    if state is None:
        await ctx.objects.insert(record, created=ctx.runtime.clock.now())
    else:
        await ctx.objects.save(record)
    if due is not None:
        await enqueue(ctx, AUTOMATIC_JOB, {"due": due}, due_at=due)


@on_event("balance.available")
async def _schedule_on_funds(ctx: Context, event: dict[str, Any]) -> None:
    await _schedule(ctx, reset=False)


@on_event("balance_settings.updated")
async def _schedule_on_settings(ctx: Context, event: dict[str, Any]) -> None:
    changed = event["data"].get("previous_attributes", {}).get("payments", {})
    # Only a new schedule or start of day moves the next run (other settings leave a run
    # that is due, or overdue while the server was down, where it is).
    if "schedule" in changed.get("payouts", {}) or \
            "start_of_day" in changed.get("settlement_timing", {}):
        await _schedule(ctx, reset=True)
