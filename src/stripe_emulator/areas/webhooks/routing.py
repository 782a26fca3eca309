"""Which endpoints an event goes to: `route`, the emitter's router, and the App's cache of
each account's routable endpoints, which spares most events the routing query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stripe_emulator.events.catalog import matches
from stripe_emulator.events.emitter import set_router
from stripe_emulator.jobs import enqueue
from stripe_emulator.store.webhooks import WebhookEndpointRows

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["Route", "RoutingCache", "endpoints_changed", "route"]

#: Accounts whose routes one App keeps; past this the cache starts afresh (a bound, not a
#: tuning knob: routes are a few ids each).
MAX_ACCOUNTS = 100_000


@dataclass(slots=True, frozen=True)
class Route:
    """An endpoint that receives the account's events of `enabled_events`."""

    endpoint: str
    enabled_events: tuple[str, ...]


class RoutingCache:
    """This App's routable endpoints (enabled, not Connect) per account, in
    `runtime.state(RoutingCache)`.

    Never stale for a unit of work that began after a change was acknowledged:

    - the unit that changes an account's endpoints (`endpoints_changed`) drops the entry at
      once, again after it commits (before its response is sent), and notifies every
      process, which drops it when the notification comes: on PostgreSQL, a unit of work
      has heard every notification committed before it began (`PostgresStore.subscribe`);
      one process owns a SQLite file, so there the drop after commit suffices;
    - an entry is stored only once the unit of work that read it has committed (a read that
      a failed batch saw never lands), and only if nothing was dropped since that read
      began (`generation`): a read that raced a change cannot overwrite its drop.

    A unit that changes endpoints and then routes an event itself reads the endpoints from
    the database (its own drop), seeing its own change.
    """

    def __init__(self) -> None:
        self._routes: dict[str, tuple[Route, ...]] = {}
        #: Bumped by every drop; a read stores its result only if it is unchanged.
        self.generation = 0
        #: Subscribed to the store's notifications (once per App).
        self.watching = False

    def get(self, account: str) -> tuple[Route, ...] | None:
        return self._routes.get(account)

    def put(self, account: str, routes: tuple[Route, ...], since: int) -> None:
        """Keep `routes`, read from the database after `since` (a `generation`), unless
        something was dropped meanwhile."""
        if self.generation != since:
            return
        if len(self._routes) >= MAX_ACCOUNTS:
            self._routes.clear()
        self._routes[account] = routes

    def drop(self, account: str | None) -> None:
        """Forget `account`'s routes (None: every account's)."""
        self.generation += 1
        if account is None:
            self._routes.clear()
        else:
            self._routes.pop(account, None)


async def _routes(ctx: Context) -> tuple[Route, ...]:
    cache = ctx.runtime.state(RoutingCache)
    rows = ctx.repository(WebhookEndpointRows)
    if not cache.watching:
        cache.watching = True
        rows.watch(cache.drop)
    found = cache.get(ctx.account)
    if found is not None:
        return found
    since = cache.generation
    found = tuple(Route(doc["id"], tuple(doc["enabled_events"]))
                  for doc, connect in await rows.routes()
                  if not connect and doc["status"] == "enabled")
    account = ctx.account
    ctx.after_commit.append(lambda: cache.put(account, found, since))
    return found


async def route(ctx: Context, event: dict[str, Any]) -> int:
    """Choose the endpoints for `event` and enqueue a delivery job for each; returns how
    many (the event's `pending_webhooks`). Runs in the emitting unit of work, before the
    event is stored.

    Events of the account itself go to its `connect=false` endpoints. (Events of connected
    accounts, for `connect=true` endpoints of their platform, come with Connect.)
    """
    if event.get("account"):
        return 0
    targets = [r.endpoint for r in await _routes(ctx)
               if matches(r.enabled_events, event["type"])]
    for endpoint in targets:
        # Due at once: 0 rather than the clock, whose time may be a test clock's future.
        await enqueue(ctx, "webhooks.deliver", {"event": event["id"], "endpoint": endpoint},
                      due_at=0.0)
    return len(targets)


async def endpoints_changed(ctx: Context) -> None:
    """The account's routing changed in this unit of work (an endpoint created, deleted,
    enabled, disabled, or its URL or events changed): drop its cached routes here, now and
    after the commit, and in every other process at the commit."""
    cache = ctx.runtime.state(RoutingCache)
    account = ctx.account
    cache.drop(account)
    ctx.after_commit.append(lambda: cache.drop(account))
    await ctx.repository(WebhookEndpointRows).changed()


set_router(route)
