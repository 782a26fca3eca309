"""Webhook attempts, the operator's view of deliveries (not Stripe's API): why did my handler
fail, and send it again. Every attempt (request, status, body excerpt, duration) is kept."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import ResourceMissing
from stripe_emulator.api.listing import ListPage, page_bounds
from stripe_emulator.areas.webhooks import delivery
from stripe_emulator.areas.webhooks.models import WebhookEndpoint
from stripe_emulator.areas.webhooks.params import (
    EndpointAttemptListParams,
    EventAttemptListParams,
)
from stripe_emulator.store.webhooks import WebhookAttemptRows, WebhookEndpointRows

__all__ = ["endpoint_health", "list_endpoint_attempts", "list_event_attempts", "resend",
           "resend_attempt", "retrieve"]


async def endpoint_health(ctx: Context, endpoint: str) -> dict[str, Any]:
    """An endpoint with its failing streak, why it was disabled, and delivery counts."""
    doc = await ctx.objects.get(WebhookEndpoint, endpoint)
    health = await ctx.repository(WebhookEndpointRows).health(endpoint)
    if doc is None or health is None:
        raise ResourceMissing("webhook endpoint", endpoint)
    return {"object": "emulator.webhook_endpoint_health", "webhook_endpoint": doc, **health}


async def list_endpoint_attempts(ctx: Context, p: EndpointAttemptListParams,
                                 endpoint: str) -> ListPage:
    """An endpoint's attempts, newest first (of one event, with `event`)."""
    return await _page(ctx, endpoint=endpoint, event=p.event, limit=p.limit,
                       starting_after=p.starting_after,
                       url=f"/_emulator/webhook_endpoints/{endpoint}/attempts")


async def list_event_attempts(ctx: Context, p: EventAttemptListParams, event: str,
                              ) -> ListPage:
    """An event's attempts, newest first (to one endpoint, with `webhook_endpoint`)."""
    return await _page(ctx, endpoint=p.webhook_endpoint, event=event, limit=p.limit,
                       starting_after=p.starting_after,
                       url=f"/_emulator/events/{event}/attempts")


async def _page(ctx: Context, *, endpoint: str | None, event: str | None, limit: int | None,
                starting_after: str | None, url: str) -> ListPage:
    items, has_more = await ctx.repository(WebhookAttemptRows).page(
        endpoint=endpoint, event=event, limit=page_bounds(limit), starting_after=starting_after)
    return ListPage(url=url, data=items, has_more=has_more)


async def retrieve(ctx: Context, attempt_id: str) -> dict[str, Any]:
    record = await ctx.repository(WebhookAttemptRows).get(attempt_id)
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
