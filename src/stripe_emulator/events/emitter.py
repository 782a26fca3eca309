"""The event emitter: `await emit(ctx, "customer.created", customer)`.

The Event is written in the caller's unit of work, so an object never changes without its
event and a rolled-back change leaves no event. Subscribers (webhook delivery) run inside
the same unit of work and add their own durable rows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import orjson

from stripe_emulator import API_VERSION

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["emit", "on_event"]

Subscriber = Callable[["Context", dict[str, Any]], Awaitable[None]]
_subscribers: list[Subscriber] = []


def on_event(subscriber: Subscriber) -> Subscriber:
    """Register a coroutine run for every event, inside the emitting unit of work."""
    _subscribers.append(subscriber)
    return subscriber


async def emit(ctx: Context, type: str, obj: dict[str, Any], *,
               previous_attributes: dict[str, Any] | None = None,
               created: int | None = None) -> dict[str, Any]:
    """Write the Event for a change of `obj` (a snapshot: later changes do not alter it)."""
    # A snapshot: later changes to `obj` must not alter the event (orjson's round trip is
    # ~10x faster than copy.deepcopy on a customer).
    data: dict[str, Any] = {"object": orjson.loads(orjson.dumps(obj))}
    if previous_attributes is not None:
        data["previous_attributes"] = previous_attributes
    event = {
        "id": ctx.new_id("evt"),
        "object": "event",
        "api_version": ctx.api_version or API_VERSION,
        "created": created if created is not None else ctx.now(),
        "data": data,
        "livemode": False,
        "pending_webhooks": 0,
        "request": {"id": ctx.request_id, "idempotency_key": ctx.idempotency_key},
        "type": type,
    }
    for subscriber in _subscribers:
        await subscriber(ctx, event)
    await ctx.insert(event)
    ctx.emitted.append(event)
    return event


def changed_attributes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """`previous_attributes`: the old values of the top-level fields an update changed.

    Metadata reports only the keys that changed, with the old value (null for a key that
    did not exist), as Stripe does.
    """
    previous: dict[str, Any] = {}
    for key, old in before.items():
        new = after.get(key)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict) and key in ("metadata",):
            diff = {k: old.get(k) for k in set(old) | set(new) if old.get(k) != new.get(k)}
            previous[key] = diff
        else:
            previous[key] = old
    return previous
