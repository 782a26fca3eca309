"""The balance and its balance transactions: what a succeeded charge or a top-up adds,
Stripe's standard card fee, pending until `available_on`, then available.

Fees ([local] rates, Stripe's US standard pricing): 2.9% + 30 minor units for a domestic
(US) card, 1.5% more for an international one. Charge funds become available two days
later at 00:00 UTC (the "bypass pending" test card skips the pending balance).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Cursor, Filter
from stripe_emulator.areas.payments.sdk_params import BalanceTransactionListParams
from stripe_emulator.events import emit
from stripe_emulator.jobs import enqueue

__all__ = ["card_fee", "list_balance_transactions", "record", "release", "retrieve",
           "retrieve_transaction"]

DAY = 86400
PENDING_DAYS = 2
DEFAULT_CURRENCY = "usd"


def card_fee(amount: int, card_country: str | None) -> int:
    """Stripe's standard fee for a card charge of `amount` (minor units)."""
    rate = Decimal("0.029") if card_country in (None, "US") else Decimal("0.044")
    return int((Decimal(amount) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)) + 30


async def record(ctx: Context, *, type: str, source: str, amount: int, currency: str,
                 fee: int, description: str | None, now: int, available_now: bool,
                 test_clock: str | None, reporting_category: str) -> dict[str, Any]:
    """Write a balance transaction; a pending one is released by a job at `available_on`."""
    available_on = now if available_now else (now // DAY + PENDING_DAYS) * DAY
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
        # No payouts yet: no transaction belongs to one.
        filters.append(Filter("id", None))
    return await list_objects(ctx, "balance_transaction", p, url="/v1/balance_transactions",
                              filters=filters, thing="balance transaction")
