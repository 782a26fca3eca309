"""Operator routes for webhook deliveries (`/_emulator/...`, secret key of the account):

    GET  /_emulator/webhook_endpoints/{id}             status, failing streak, delivery counts
    GET  /_emulator/webhook_endpoints/{id}/attempts    attempts, newest first (?event=evt_...)
    GET  /_emulator/events/{id}/attempts               attempts for one event
    GET  /_emulator/webhook_attempts/{id}              one attempt
    POST /_emulator/webhook_attempts/{id}/resend       send that attempt's event again, now
    POST /_emulator/events/{id}/resend                 send an event to `webhook_endpoint`, now

Lists take `limit` (1..100, default 10) and `starting_after` (an attempt id).
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.webhooks import attempts
from stripe_emulator.areas.webhooks.params import (
    AttemptResendParams,
    AttemptRetrieveParams,
    EndpointAttemptListParams,
    EndpointHealthParams,
    EventAttemptListParams,
    EventResendParams,
)


@endpoint("GET", "/_emulator/webhook_endpoints/{webhook_endpoint}", params=EndpointHealthParams)
async def retrieve_webhook_endpoint_health(ctx: Context, params: EndpointHealthParams,
                                           webhook_endpoint: str) -> dict[str, Any]:
    """An endpoint's delivery health."""
    return await attempts.endpoint_health(ctx, webhook_endpoint)


@endpoint("GET", "/_emulator/webhook_endpoints/{webhook_endpoint}/attempts",
          params=EndpointAttemptListParams)
async def list_webhook_endpoint_attempts(ctx: Context, params: EndpointAttemptListParams,
                                         webhook_endpoint: str) -> ListPage:
    """An endpoint's delivery attempts, newest first."""
    return await attempts.list_endpoint_attempts(ctx, params, webhook_endpoint)


@endpoint("GET", "/_emulator/events/{event}/attempts", params=EventAttemptListParams)
async def list_event_attempts(ctx: Context, params: EventAttemptListParams,
                              event: str) -> ListPage:
    """An event's delivery attempts, newest first."""
    return await attempts.list_event_attempts(ctx, params, event)


@endpoint("GET", "/_emulator/webhook_attempts/{attempt}", params=AttemptRetrieveParams)
async def retrieve_webhook_attempt(ctx: Context, params: AttemptRetrieveParams,
                                   attempt: str) -> dict[str, Any]:
    """One delivery attempt."""
    return await attempts.retrieve(ctx, attempt)


@endpoint("POST", "/_emulator/webhook_attempts/{attempt}/resend", params=AttemptResendParams,
          own_transactions=True)
async def resend_webhook_attempt(ctx: Context, params: AttemptResendParams,
                                 attempt: str) -> dict[str, Any]:
    """Send an attempt's event again, to its endpoint, now."""
    return await attempts.resend_attempt(ctx, attempt)


@endpoint("POST", "/_emulator/events/{event}/resend", params=EventResendParams,
          own_transactions=True)
async def resend_event(ctx: Context, params: EventResendParams, event: str) -> dict[str, Any]:
    """Send an event to `webhook_endpoint`, now."""
    return await attempts.resend(ctx, event, params.webhook_endpoint)
