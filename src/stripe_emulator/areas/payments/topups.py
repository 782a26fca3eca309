"""Top-ups: test-mode funds added to the balance, available at once (the way Stripe's
docs suggest adding available balance in test mode). `topup.*` events."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.listing import ListPage, list_objects, range_filters
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import check_currency
from stripe_emulator.areas.payments import balance
from stripe_emulator.areas.payments.sdk_params import TopupCreateParams, TopupListParams
from stripe_emulator.events import emit

__all__ = ["create", "list_topups", "retrieve"]


async def create(ctx: Context, p: TopupCreateParams) -> dict[str, Any]:
    """Top up the balance; in test mode it succeeds and the funds are available at once."""
    if p.amount <= 0:
        raise InvalidRequestError("This value must be greater than or equal to 1.",
                                  param="amount")
    currency = check_currency(p.currency)
    now = ctx.now()
    topup_id = ctx.new_id("tu")
    txn = await balance.record(ctx, type="topup", source=topup_id, amount=p.amount,
                               currency=currency, fee=0,
                               description=p.description or "Top-up", now=now,
                               available_now=True, test_clock=None,
                               reporting_category="topup")
    topup = {
        "id": topup_id,
        "object": "topup",
        "amount": p.amount,
        "balance_transaction": txn["id"],
        "created": now,
        "currency": currency,
        "description": p.description,
        "expected_availability_date": now,
        "failure_code": None,
        "failure_message": None,
        "initiated_by": "user",
        "livemode": False,
        "metadata": p.metadata or {},
        "payment_method": p.payment_method,
        "payment_method_options": None,
        "source": None,
        "statement_descriptor": p.statement_descriptor,
        "status": "succeeded",
        "transfer_group": p.transfer_group,
    }
    await ctx.objects.insert(dict(topup))
    await emit(ctx, "topup.created", topup)
    await emit(ctx, "topup.succeeded", topup)
    return topup


async def retrieve(ctx: Context, topup_id: str) -> Row:
    return await ctx.objects.load_row("topup", topup_id)


async def list_topups(ctx: Context, p: TopupListParams) -> ListPage:
    """Top-ups, newest first; filters status, amount, created."""
    filters = []
    if p.status is not None:
        filters.append(Filter("status", p.status))
    filters += range_filters("amount", p.amount)
    return await list_objects(ctx, "topup", p, url="/v1/topups", filters=filters)
