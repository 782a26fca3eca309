"""The Events API: `GET /v1/events` (newest first) and `GET /v1/events/{id}`; and the
operator's feed, `GET /_emulator/events/feed` (in write order, for `listen`)."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.events import events
from stripe_emulator.events.params import EventFeedParams
from stripe_emulator.events.sdk_params import EventListParams, EventRetrieveParams


@endpoint("GET", "/v1/events", params=EventListParams, sdk="EventListParams", returns="event")
async def list_events(ctx: Context, params: EventListParams) -> ListPage:
    """List events."""
    return await events.list_events(ctx, params)


@endpoint("GET", "/v1/events/{id}", params=EventRetrieveParams, sdk="EventRetrieveParams",
          returns="event")
async def retrieve_event(ctx: Context, params: EventRetrieveParams, id: str) -> Any:
    """Retrieve an event."""
    return await events.retrieve(ctx, id)


@endpoint("GET", "/_emulator/events/feed", params=EventFeedParams)
async def feed_events(ctx: Context, params: EventFeedParams) -> ListPage:
    """Events in the order they were written, after a position (operator: `listen` and
    `events tail` follow it)."""
    return await events.feed(ctx, after=params.after, limit=params.limit)
