"""Webhook attempts, the operator's view of deliveries (not Stripe's API): why did my handler
fail, and send it again. Every attempt (request, status, body excerpt, duration) is kept."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import ResourceMissing
from stripe_emulator.api.listing import ListPage, page_bounds
from stripe_emulator.areas.webhooks import delivery
from stripe_emulator.areas.webhooks import repository as repo

__all__ = ["endpoint_health", "list_attempts", "resend", "retrieve"]


async def endpoint_health(ctx: Context, endpoint: str) -> dict[str, Any]:
    """An endpoint with its failing streak, why it was disabled, and delivery counts."""
    doc = await ctx.objects.get("webhook_endpoint", endpoint)
    health = await repo.endpoint_health(ctx.session, ctx.account, endpoint)
    if doc is None or health is None:
        raise ResourceMissing("webhook endpoint", endpoint)
    return {"object": "emulator.webhook_endpoint_health", "webhook_endpoint": doc, **health}


async def list_attempts(ctx: Context, *, endpoint: str | None, event: str | None,
                        limit: int | None, starting_after: str | None,
                        url: str) -> ListPage:
    """Attempts, newest first, for an endpoint and/or an event."""
    items, has_more = await repo.list_attempts(
        ctx.session, ctx.account, endpoint=endpoint, event=event, limit=page_bounds(limit),
        starting_after=starting_after)
    return ListPage(url=url, data=items, has_more=has_more)


async def retrieve(ctx: Context, attempt_id: str) -> dict[str, Any]:
    record = await repo.attempt(ctx.session, ctx.account, attempt_id)
    if record is None:
        raise ResourceMissing("webhook attempt", attempt_id)
    return record


async def resend(ctx: Context, event: str, endpoint: str) -> dict[str, Any]:
    """Send `event` to `endpoint` again, now; the new attempt is returned (and kept)."""
    record = await delivery.redeliver(ctx, event, endpoint)
    if record is None:
        raise ResourceMissing("webhook endpoint or event", f"{endpoint}, {event}",
                              param="webhook_endpoint")
    return record


async def resend_attempt(ctx: Context, attempt_id: str) -> dict[str, Any]:
    """Send the event of attempt `attempt_id` again, to the same endpoint."""
    async with ctx.transaction() as tx:
        record = await retrieve(tx, attempt_id)
    return await resend(ctx, record["event"], record["webhook_endpoint"])
