"""The balance and its balance transactions: what a succeeded charge or a top-up adds,
Stripe's standard card fee, pending until `available_on`, then available.

Fees ([local] rates, Stripe's US standard pricing): 2.9% + 30 minor units for a domestic
(US) card, 1.5% more for an international one. Charge funds become available two days
later at 00:00 UTC (the balance settings' `delay_days`; the "bypass pending" test card skips
the pending balance). Payouts debit the available balance at once.

`GET /v1/balance_transactions?payout=po_...` lists what an automatic payout settled (its
own transaction included), from the store's payout settlements.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceMissing
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Cursor, Filter
from stripe_emulator.areas.payments import balance_settings
from stripe_emulator.areas.payments.sdk_params import BalanceTransactionListParams
from stripe_emulator.events import emit
from stripe_emulator.jobs import enqueue
from stripe_emulator.store.payouts import PayoutSettlements

__all__ = ["automatic_payouts_of", "available", "card_fee", "list_balance_transactions",
           "record", "release", "retrieve", "retrieve_transaction"]

DAY = 86400
DEFAULT_CURRENCY = "usd"


def card_fee(amount: int, card_country: str | None) -> int:
    """Stripe's standard fee for a card charge of `amount` (minor units)."""
    rate = Decimal("0.029") if card_country in (None, "US") else Decimal("0.044")
    return int((Decimal(amount) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)) + 30


async def record(ctx: Context, *, type: str, source: str, amount: int, currency: str,
                 fee: int, description: str | None, now: int, available_now: bool,
                 test_clock: str | None, reporting_category: str,
                 announce: bool = True) -> dict[str, Any]:
    """Write a balance transaction; a pending one is released by a job at `available_on`.
    Funds available at once emit `balance.available` unless `announce` is False (a payout's
    debit, or a caller that emits it after its own event)."""
    available_on = now if available_now else \
        (now // DAY + await balance_settings.delay_days(ctx)) * DAY
    txn = {
        "id": ctx.new_id("txn"),
        "object": "balance_transaction",
        "amount": amount,
        "available_on": available_on,
        "balance_type": "payments",
        "created": now,
        "currency": currency,
        "description": description,
        "exchange_rate": None,
        "fee": fee,
        "fee_details": [{"amount": fee, "application": None, "currency": currency,
                         "description": "Stripe processing fees", "type": "stripe_fee"}]
        if fee else [],
        "net": amount - fee,
        "reporting_category": reporting_category,
        "source": source,
        "status": "available" if available_now else "pending",
        "type": type,
    }
    await ctx.objects.insert(dict(txn))
    if available_now:
        if announce:
            await emit(ctx, "balance.available", await retrieve(ctx), created=now)
    else:
        await enqueue(ctx, "payments.release_balance_transaction", {"balance_transaction":
                                                                    txn["id"]},
                      due_at=available_on, test_clock=test_clock)
    return txn


async def release(ctx: Context, txn_id: str, now: int) -> None:
    """Make a pending balance transaction's funds available (idempotent)."""
    txn = await ctx.objects.get("balance_transaction", txn_id)
    if txn is None or txn["status"] != "pending":
        return
    await ctx.objects.save(dict(txn, status="available"))
    await emit(ctx, "balance.available", await retrieve(ctx), created=now)


async def _all_transactions(ctx: Context) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        rows = await ctx.objects.rows("balance_transaction", limit=500, cursor=cursor)
        out.extend(r.doc() for r in rows)
        if len(rows) < 500:
            return out
        cursor = Cursor(created=rows[-1].created, seq=rows[-1].seq, direction="after")


def _amounts(totals: dict[str, int]) -> list[dict[str, Any]]:
    return [{"amount": amount, "currency": currency, "source_types": {
        "bank_account": None, "card": amount, "fpx": None}}
        for currency, amount in sorted(totals.items())]


async def retrieve(ctx: Context) -> dict[str, Any]:
    """The account's balance: available and pending funds per currency."""
    available: dict[str, int] = {}
    pending: dict[str, int] = {}
    for txn in await _all_transactions(ctx):
        bucket = available if txn["status"] == "available" else pending
        bucket[txn["currency"]] = bucket.get(txn["currency"], 0) + txn["net"]
    for currency in (set(available) | set(pending)) or {DEFAULT_CURRENCY}:
        available.setdefault(currency, 0)
        pending.setdefault(currency, 0)
    return {
        "object": "balance",
        "available": _amounts(available),
        "connect_reserved": None,
        "instant_available": None,
        "issuing": None,
        "livemode": False,
        "pending": _amounts(pending),
        "refund_and_dispute_prefunding": None,
    }


async def available(ctx: Context, currency: str) -> int:
    """The available balance in `currency` (what a payout may draw on)."""
    return sum(t["net"] for t in await _all_transactions(ctx)
               if t["status"] == "available" and t["currency"] == currency)


async def automatic_payouts_of(ctx: Context, txn_ids: list[str]) -> dict[str, tuple[str, int]]:
    """For reports (Stripe's `automatic_payout_id`, `automatic_payout_effective_at`):
    balance transaction -> (the automatic payout that settled it, when its funds left the
    balance), for those of `txn_ids` an automatic payout settled. The others are not paid
    out yet, or went out only by manual payouts, which Stripe does not tie to transactions."""
    return await ctx.repository(PayoutSettlements).payouts_of(txn_ids)


async def retrieve_transaction(ctx: Context, txn_id: str) -> dict[str, Any]:
    return await ctx.objects.load("balance_transaction", txn_id, thing="balance transaction")


async def list_balance_transactions(ctx: Context, p: BalanceTransactionListParams) -> ListPage:
    """Balance transactions, newest first; filters type, source, currency, payout, created."""
    filters = []
    if p.type is not None:
        filters.append(Filter("type", p.type))
    if p.source is not None:
        filters.append(Filter("source", p.source))
    if p.currency is not None:
        filters.append(Filter("currency", p.currency.lower()))
    if p.payout is not None:
        filters.append(await _settled_by(ctx, p.payout))
    return await list_objects(ctx, "balance_transaction", p, url="/v1/balance_transactions",
                              filters=filters, thing="balance transaction")


async def _settled_by(ctx: Context, payout_id: str) -> Filter:
    """The filter for the transactions an automatic payout settled (Stripe ties none to a
    manual payout, and says so)."""
    payout = await ctx.objects.get("payout", payout_id)
    if payout is None:
        raise ResourceMissing("payout", payout_id, param="payout")
    if not payout["automatic"]:
        raise InvalidRequestError("Balance transaction history can only be filtered on "
                                  "automatic transfers, not manual.", param="payout")
    ids = await ctx.repository(PayoutSettlements).of_payout(payout_id)
    return Filter("id", tuple(ids), op="in") if ids else Filter("id", None)
