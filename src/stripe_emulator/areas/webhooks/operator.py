"""Operator routes under `/_emulator/` for webhook deliveries (not Stripe's API): why did my
handler fail, and send it again. Authenticated with the account's own API key.

    GET  /_emulator/events/feed?after=<position>       events in the order they were written
    GET  /_emulator/webhook_endpoints/{id}             status, failing streak, delivery counts
    GET  /_emulator/webhook_endpoints/{id}/attempts    attempts, newest first (?event=evt_...)
    GET  /_emulator/events/{id}/attempts               attempts for one event
    GET  /_emulator/webhook_attempts/{id}              one attempt
    POST /_emulator/webhook_attempts/{id}/resend       send that attempt's event again, now
    POST /_emulator/events/{id}/resend                 send an event to `webhook_endpoint`, now

Lists take `limit` (1..100, default 10) and `starting_after` (an attempt id).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from stripe_emulator.api import ids
from stripe_emulator.api.auth import authenticate
from stripe_emulator.api.errors import (
    APIError,
    InvalidRequestError,
    NotFound,
    ParameterMissing,
    ResourceMissing,
    StripeError,
    render,
)
from stripe_emulator.api.forms import decode
from stripe_emulator.api.listing import page_bounds
from stripe_emulator.areas.webhooks import delivery
from stripe_emulator.areas.webhooks import repository as repo

if TYPE_CHECKING:
    from stripe_emulator.api.dispatch import Receive, Scope, Send
    from stripe_emulator.clock import Clock
    from stripe_emulator.config import Settings
    from stripe_emulator.store import Store

__all__ = ["OperatorAPI"]

log = logging.getLogger("stripe_emulator.operator")


@dataclass(slots=True)
class Request:
    """One operator call: the caller's account, its params (query and form) and path ids."""

    account: str
    params: dict[str, Any]
    path: dict[str, str]


Handler = Callable[["OperatorAPI", Request], Awaitable[Any]]
_ROUTES: list[tuple[str, re.Pattern[str], Handler]] = []


def _route(method: str, template: str) -> Callable[[Handler], Handler]:
    pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")

    def decorate(handler: Handler) -> Handler:
        _ROUTES.append((method, pattern, handler))
        return handler

    return decorate


class OperatorAPI:
    """ASGI app for the `/_emulator/` webhook routes."""

    def __init__(self, *, store: Store, settings: Settings, clock: Clock) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self._allowed = frozenset(settings.api_keys) if settings.api_keys else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = ids.new_request_id()
        try:
            status, body = 200, orjson.dumps(await self._handle(scope, receive))
        except StripeError as exc:
            status, body = exc.http_status, render(exc, request_id)
        except Exception:  # a bug of ours: Stripe's 500 shape, never a stack trace
            log.exception("unhandled error in %s %s (%s)", scope["method"], scope["path"],
                          request_id)
            status, body = 500, render(APIError("An unexpected error occurred on "
                                                f"stripe-emulator ({request_id})."), request_id)
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"request-id", request_id.encode()),
            (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def _handle(self, scope: Scope, receive: Receive) -> Any:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope["headers"]}
        creds = authenticate(headers.get("authorization"), allowed_keys=self._allowed)
        if creds.kind != "secret":
            raise InvalidRequestError("Operator routes need a secret key (sk_test_...).",
                                      status=401)
        method, path = scope["method"], scope["path"]
        params = decode(scope.get("query_string", b""))
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > 1 << 20:
                raise InvalidRequestError("Request body too large.")
            if not message.get("more_body"):
                break
        if body:
            params.update(decode(body))
        for route_method, pattern, handler in _ROUTES:
            m = pattern.match(path)
            if m and route_method == method:
                return await handler(self, Request(creds.account, params, m.groupdict()))
        raise NotFound(method, path)

    async def attempts_page(self, req: Request, *, endpoint: str | None,
                            event: str | None, url: str) -> dict[str, Any]:
        try:
            limit = page_bounds(int(req.params["limit"]) if "limit" in req.params else None)
        except ValueError:
            raise InvalidRequestError(f"Invalid integer: {req.params['limit']}",
                                      param="limit") from None
        async with self.store.reader() as session:
            items, has_more = await repo.list_attempts(
                session, req.account, endpoint=endpoint, event=event, limit=limit,
                starting_after=req.params.get("starting_after"))
        return {"object": "list", "data": [orjson.loads(i) for i in items],
                "has_more": has_more, "url": url}

    async def resend(self, req: Request, event: str, endpoint: str) -> dict[str, Any]:
        record = await delivery.redeliver(self.store, self.settings, self.clock, req.account,
                                          event, endpoint)
        if record is None:
            raise ResourceMissing("webhook endpoint or event", f"{endpoint}, {event}",
                                  param="webhook_endpoint")
        return record


async def _load_endpoint(api: OperatorAPI, account: str, endpoint: str) -> dict[str, Any]:
    async with api.store.reader() as session:
        row = await session.get(account, endpoint)
        health = await repo.endpoint_health(session, account, endpoint)
    if row is None or row.type != "webhook_endpoint" or row.deleted or health is None:
        raise ResourceMissing("webhook endpoint", endpoint)
    return {"object": "emulator.webhook_endpoint_health", "webhook_endpoint": row.doc(),
            **health}


@_route("GET", "/_emulator/events/feed")
async def _feed(api: OperatorAPI, req: Request) -> Any:
    """`after` omitted: no events, only the position of "now" (`cursor`) to follow from."""
    raw_after, raw_limit = req.params.get("after"), req.params.get("limit", "100")
    try:
        after = None if raw_after in (None, "") else int(raw_after)
        limit = int(raw_limit)
    except (TypeError, ValueError):
        raise InvalidRequestError("after and limit must be integers.",
                                  param="after") from None
    if not 1 <= limit <= 1000:
        raise InvalidRequestError("limit must be between 1 and 1000.", param="limit")
    async with api.store.reader() as session:
        items, cursor = await repo.feed(session, req.account, after=after, limit=limit)
    return {"object": "list", "data": [orjson.loads(i) for i in items], "cursor": cursor,
            "url": "/_emulator/events/feed"}


@_route("GET", "/_emulator/webhook_endpoints/{endpoint}")
async def _endpoint_health(api: OperatorAPI, req: Request) -> Any:
    return await _load_endpoint(api, req.account, req.path["endpoint"])


@_route("GET", "/_emulator/webhook_endpoints/{endpoint}/attempts")
async def _endpoint_attempts(api: OperatorAPI, req: Request) -> Any:
    endpoint = req.path["endpoint"]
    return await api.attempts_page(req, endpoint=endpoint, event=req.params.get("event"),
                                   url=f"/_emulator/webhook_endpoints/{endpoint}/attempts")


@_route("GET", "/_emulator/events/{event}/attempts")
async def _event_attempts(api: OperatorAPI, req: Request) -> Any:
    event = req.path["event"]
    return await api.attempts_page(req, endpoint=req.params.get("webhook_endpoint"),
                                   event=event, url=f"/_emulator/events/{event}/attempts")


async def _attempt(api: OperatorAPI, req: Request) -> dict[str, Any]:
    async with api.store.reader() as session:
        record = await repo.attempt(session, req.account, req.path["attempt"])
    if record is None:
        raise ResourceMissing("webhook attempt", req.path["attempt"])
    return record


@_route("GET", "/_emulator/webhook_attempts/{attempt}")
async def _get_attempt(api: OperatorAPI, req: Request) -> Any:
    return await _attempt(api, req)


@_route("POST", "/_emulator/webhook_attempts/{attempt}/resend")
async def _resend_attempt(api: OperatorAPI, req: Request) -> Any:
    record = await _attempt(api, req)
    return await api.resend(req, record["event"], record["webhook_endpoint"])


@_route("POST", "/_emulator/events/{event}/resend")
async def _resend_event(api: OperatorAPI, req: Request) -> Any:
    endpoint = req.params.get("webhook_endpoint")
    if not isinstance(endpoint, str) or not endpoint:
        raise ParameterMissing("webhook_endpoint")
    return await api.resend(req, req.path["event"], endpoint)

