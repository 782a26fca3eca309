"""Reading the event log: retrieve one Event, list with `type` (wildcards), `types[]`,
`created`."""

from __future__ import annotations

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParametersExclusive
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.events.sdk_params import EventListParams
from stripe_emulator.store.events import EventFeed

__all__ = ["feed", "list_events", "retrieve"]


async def retrieve(ctx: Context, event_id: str) -> Row:
    """One Event of the account."""
    return await ctx.objects.load_row("event", event_id)


def _type_filter(value: str) -> Filter:
    # `customer.*` matches every customer event, as on Stripe.
    if "*" in value:
        return Filter("type", value.replace("*", "%"), op="like")
    return Filter("type", value)


async def list_events(ctx: Context, p: EventListParams) -> ListPage:
    """Events, newest first."""
    filters: list[Filter] = []
    if p.type is not None and p.types is not None:
        raise ParametersExclusive("type", "types")
    if p.type is not None:
        filters.append(_type_filter(p.type))
    if p.types is not None:
        if len(p.types) > 20:
            raise InvalidRequestError("You may only specify up to 20 event types.",
                                      param="types")
        if any("*" in t for t in p.types):
            raise InvalidRequestError("Wildcards are not allowed in types[].", param="types")
        filters.append(Filter("type", tuple(p.types), op="in"))
    if p.delivery_success is not None:
        filters.append(Filter("pending_webhooks", 0, op="=" if p.delivery_success else "!="))
    return await list_objects(ctx, "event", p, url="/v1/events", filters=filters)


async def feed(ctx: Context, *, after: int | None, limit: int) -> ListPage:
    """Events stored after position `after`, in the order they were written; `cursor` is the
    position to continue from. `after=None` gives no events, only the position of "now"."""
    items, cursor = await ctx.repository(EventFeed).after(after, limit=limit)
    return ListPage(url="/_emulator/events/feed", data=items, has_more=len(items) == limit,
                    extra={"cursor": cursor})
