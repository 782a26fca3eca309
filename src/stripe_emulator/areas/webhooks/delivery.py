"""Signed webhook delivery: every Event goes to each matching enabled endpoint of its account.

    emit(...) -> `routing.route` (inside the emitting unit of work): pending_webhooks + one
                 `webhooks.deliver` job per (event, endpoint), committed with the Event
    worker    -> `deliver`: load, sign, POST (outside any transaction), then record the
                 attempt, and retry on the schedule or count the success, in one unit of work

A receiver that hangs or crawls holds at most `webhook_max_in_flight` requests (a setting);
its other jobs step aside (`RetryLater`) so the worker keeps serving everyone else.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from stripe_emulator.api.context import Context
from stripe_emulator.areas.webhooks.routing import endpoints_changed
from stripe_emulator.areas.webhooks.signature import HEADERS, sign
from stripe_emulator.jobs import JobRun, RetryLater, job
from stripe_emulator.store.webhooks import (
    Target,
    WebhookAttemptRows,
    WebhookDeliveryRows,
    WebhookEndpointRows,
)

if TYPE_CHECKING:
    from stripe_emulator.clock import Clock
    from stripe_emulator.config import Settings
    from stripe_emulator.runtime import Runtime

__all__ = ["Gate", "Gates", "Outcome", "redeliver", "retry_schedule"]

log = logging.getLogger("stripe_emulator.webhooks")

#: Stripe's test mode retries 3 times over a few hours; these are the first steps of its
#: live-mode backoff (5 min, 30 min, 2 h after each failure).
STRIPE_SCHEDULE = (300.0, 1800.0, 7200.0)
FAST_SCHEDULE = (1.0, 2.0, 4.0)


def retry_schedule(value: str) -> tuple[float, ...]:
    """Seconds to wait after each failed attempt: `stripe`, `fast`, `none` or `5,30,60`."""
    name = value.strip().lower()
    if name == "stripe":
        return STRIPE_SCHEDULE
    if name == "fast":
        return FAST_SCHEDULE
    if name in ("none", ""):
        return ()
    try:
        steps = tuple(float(part) for part in name.split(","))
    except ValueError:
        raise ValueError(f"invalid webhook retry schedule {value!r}: use stripe, fast, none "
                         "or seconds separated by commas (5,30,60)") from None
    if any(s < 0 for s in steps):
        raise ValueError(f"invalid webhook retry schedule {value!r}: negative delay")
    return steps


# -- one HTTP attempt (outside any transaction) --------------------------------------------

@dataclass(slots=True)
class Outcome:
    """What the receiver did with one request."""

    url: str
    signature: str
    status: int | None = None
    body: str = ""
    error: str | None = None
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class Gate:
    """Requests in flight to one endpoint: at most `max_in_flight`; jobs queue for a slot
    only while the endpoint answers fast, otherwise they step aside at once.

    A receiver is slow once its recent requests average more than `slow_after` seconds, or
    one in flight is older than that; a job waiting in line checks every `patience`
    seconds."""

    def __init__(self, *, max_in_flight: int, slow_after: float, patience: float) -> None:
        self.max_in_flight = max_in_flight
        self.slow_after = slow_after
        self.patience = patience
        self.in_flight: dict[int, float] = {}  # job id -> when its request started
        self.waiters: deque[asyncio.Future[bool]] = deque()
        self.handed = 0  # slots passed to waiters that have not resumed yet
        self.latency = 0.0  # moving average of recent durations (seconds)
        self.timers: dict[asyncio.Future[bool], asyncio.TimerHandle] = {}  # patience, per waiter

    @classmethod
    def of(cls, settings: Settings) -> Gate:
        """A gate with the App's limits."""
        return cls(max_in_flight=settings.webhook_max_in_flight,
                   slow_after=settings.webhook_slow_after, patience=settings.webhook_patience)

    def slow(self, now: float) -> bool:
        return self.latency > self.slow_after or any(
            now - t > self.slow_after for t in self.in_flight.values())

    def idle(self) -> bool:
        return not self.in_flight and not self.waiters and not self.handed

    async def enter(self, token: int, clock: Clock) -> bool:
        """Take a slot (True), or refuse (False) when the endpoint is saturated and slow."""
        now = clock.monotonic()
        if len(self.in_flight) + self.handed < self.max_in_flight and not self.waiters:
            self.in_flight[token] = now
            return True
        if self.slow(now):
            return False
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[bool] = loop.create_future()
        self.waiters.append(fut)
        self.timers[fut] = loop.call_later(self.patience, self._expire, fut, clock)
        try:
            granted = await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled() and fut.result():
                self.handed -= 1
                self._hand_over()  # pass the slot we were given to the next in line
            raise
        finally:
            self.timers.pop(fut).cancel()
        if not granted:
            return False
        self.handed -= 1
        self.in_flight[token] = now
        return True

    def leave(self, token: int, duration: float) -> None:
        self.in_flight.pop(token, None)
        self.latency = duration if self.latency == 0.0 else 0.7 * self.latency + 0.3 * duration
        self._hand_over()

    def _hand_over(self) -> None:
        while self.waiters:
            fut = self.waiters.popleft()
            if not fut.done():
                self.handed += 1
                fut.set_result(True)
                return

    def _expire(self, fut: asyncio.Future[bool], clock: Clock) -> None:
        if fut.done():
            return
        if not self.slow(clock.monotonic()):
            # Still fast, only busy: stay in line. Stepping aside here re-queues the job
            # and re-claims it later, work that lengthens the queue it leaves (measured:
            # p99 of seconds on PostgreSQL at 200 deliveries/s to one endpoint).
            self.timers[fut] = asyncio.get_running_loop().call_later(
                self.patience, self._expire, fut, clock)
            return
        fut.set_result(False)  # the endpoint turned slow: step aside
        self.waiters.remove(fut)

    def defer(self, timeout: float) -> float:
        """Seconds a refused job waits before trying this endpoint again."""
        return max(0.25, min(timeout, self.latency or 1.0))


class Gates(dict[str, Gate]):
    """This App's gates, one per endpoint with requests in flight (or worth remembering)."""


def _payload(target: Target) -> bytes:
    """The event as stored; re-rendered only for an endpoint pinned to another version."""
    pinned = target.endpoint.get("api_version")
    if pinned:
        event = orjson.loads(target.event_data)
        if event.get("api_version") != pinned:
            event["api_version"] = pinned
            return orjson.dumps(event)
    return target.event_data.encode()


async def _post(transport: httpx.AsyncBaseTransport, url: str, payload: bytes, secret: str,
                *, timeout: float, excerpt_bytes: int, clock: Clock) -> Outcome:
    """One signed POST: redirects are not followed, at most `excerpt_bytes` of the answer
    are read, and the whole exchange is cut at `timeout` seconds (a receiver trickling bytes
    cannot hold it longer)."""
    signature = sign(payload, secret, clock.now())
    outcome = Outcome(url=url, signature=signature)
    started = clock.monotonic()
    try:
        request = httpx.Request("POST", url, content=payload,
                                headers={**HEADERS, "Stripe-Signature": signature},
                                extensions={"timeout": {"connect": timeout, "read": timeout,
                                                        "write": timeout, "pool": timeout}})
        async with asyncio.timeout(timeout):
            response = await transport.handle_async_request(request)
            try:
                outcome.status = response.status_code
                excerpt = bytearray()
                async for chunk in response.aiter_bytes():
                    excerpt += chunk[:excerpt_bytes - len(excerpt)]
                    if len(excerpt) >= excerpt_bytes:
                        break  # the rest (a 10 MB answer) is not read; the connection closes
                outcome.body = excerpt.decode("utf-8", "replace")
            finally:
                await response.aclose()
    except (TimeoutError, httpx.TimeoutException):
        outcome.status = None
        outcome.error = f"Timed out: no answer within {timeout:g} s"
    except httpx.ConnectError as exc:
        outcome.error = f"Could not connect: {exc or type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - whatever the receiver did, it is a failure
        outcome.status = None
        outcome.error = f"{type(exc).__name__}: {exc}"
    outcome.duration = clock.monotonic() - started
    return outcome


# -- bookkeeping ----------------------------------------------------------------------------

def _attempt_record(attempt_id: str, event: str, endpoint: str, outcome: Outcome, *,
                    kind: str, number: int | None, at: float) -> dict[str, Any]:
    return {
        "id": attempt_id, "object": "emulator.webhook_attempt",
        "attempt": number, "created": at, "duration_ms": round(outcome.duration * 1000, 3),
        "endpoint_disabled": False, "error": outcome.error, "event": event, "kind": kind,
        "next_retry_at": None,
        "request": {"method": "POST", "url": outcome.url,
                    "headers": {**HEADERS, "Stripe-Signature": outcome.signature}},
        "response": None if outcome.status is None else {"status": outcome.status,
                                                          "body": outcome.body},
        "succeeded": outcome.ok, "webhook_endpoint": endpoint,
    }


async def _record(ctx: Context, target: Target, outcome: Outcome, *, kind: str,
                  at: float) -> dict[str, Any]:
    """Record one attempt and its consequences in the caller's unit of work: the delivery's
    state (retry due, succeeded, failed), `pending_webhooks`, the endpoint's failing streak
    (and its auto-disable). Returns the attempt record; `next_retry_at` is set when a retry
    is due."""
    settings = ctx.settings
    endpoints = ctx.repository(WebhookEndpointRows)
    deliveries = ctx.repository(WebhookDeliveryRows)
    event = target.event_id
    endpoint = target.endpoint["id"]
    automatic = kind == "automatic"
    number = target.attempts + 1 if automatic else None
    record = _attempt_record(ctx.new_id("whatt"), event, endpoint, outcome, kind=kind,
                             number=number, at=at)
    status = "succeeded"
    if outcome.ok:
        if target.failing_since is not None:
            await endpoints.note_success(endpoint)
    else:
        status = "failed"
        since = await endpoints.note_failure(endpoint, at)
        if since is not None and at - since >= settings.webhook_disable_after:
            reason = (f"Failing without a success for {at - since:.0f} s; last error: "
                      f"{outcome.error or f'HTTP {outcome.status}'}")
            record["endpoint_disabled"] = True  # and so it gets no retry
            if await endpoints.disable(endpoint, reason):
                await endpoints_changed(ctx)
                log.warning("webhook endpoint %s (%s) disabled: %s", endpoint,
                            target.endpoint["url"], reason)
        schedule = retry_schedule(settings.webhook_retry_schedule)
        if automatic and not record["endpoint_disabled"] and number is not None \
                and number <= len(schedule):
            status, record["next_retry_at"] = "pending", at + schedule[number - 1]
    if outcome.ok:
        await deliveries.record_success(event, endpoint, automatic=automatic, at=at,
                                        attempt=record)
        return record
    await deliveries.record(event, endpoint, status=status, automatic=automatic, at=at,
                            next_retry_at=record["next_retry_at"])
    await ctx.repository(WebhookAttemptRows).insert(record)
    return record


async def _send(runtime: Runtime, clock: Clock, target: Target) -> Outcome:
    settings = runtime.settings
    return await _post(runtime.http_transport(), target.endpoint["url"], _payload(target),
                       target.secret, timeout=settings.webhook_timeout,
                       excerpt_bytes=settings.webhook_excerpt_bytes, clock=clock)


@job("webhooks.deliver")
async def deliver(run: JobRun) -> None:
    """Deliver one event to one endpoint (an automatic attempt), then retry or finish."""
    event, endpoint = run.payload["event"], run.payload["endpoint"]
    async with run.reader() as ctx:
        target = await ctx.repository(WebhookDeliveryRows).target(event, endpoint)
    if target is None or target.endpoint["status"] != "enabled":
        return  # event or endpoint gone, or endpoint disabled: pending retries stop
    if target.delivery_status in ("succeeded", "failed"):
        return  # a second run of a settled delivery (after a crash): nothing to do
    gates = run.runtime.state(Gates)
    gate = gates.get(endpoint)
    if gate is None:
        gate = gates[endpoint] = Gate.of(run.settings)
    if not await gate.enter(run.id, run.clock):
        # Slow and saturated receiver: step aside; the jitter spreads the returning jobs.
        raise RetryLater(run.clock.now_float() + gate.defer(run.settings.webhook_timeout)
                         * (1 + (run.id % 10) / 20))
    duration = 0.0
    try:
        outcome = await _send(run.runtime, run.clock, target)
        duration = outcome.duration
    finally:
        gate.leave(run.id, duration)
        if gate.idle() and not gate.slow(run.clock.monotonic()):
            gates.pop(endpoint, None)  # keep only what is worth remembering
    # A success or a last failure settles the job in the same unit of work as its record.
    settles = outcome.ok or target.attempts >= len(
        retry_schedule(run.settings.webhook_retry_schedule))
    async with run.transaction(finish=settles) as ctx:
        record = await _record(ctx, target, outcome, kind="automatic",
                               at=run.clock.now_float())
    if record["next_retry_at"] is not None:
        raise RetryLater(record["next_retry_at"])


async def redeliver(ctx: Context, event: str, endpoint: str) -> dict[str, Any] | None:
    """Resend `event` to `endpoint` now (operator; `ctx` holds no unit of work: the request
    is sent between two). None when either does not exist."""
    async with ctx.transaction() as tx:
        target = await tx.repository(WebhookDeliveryRows).target(event, endpoint)
    if target is None:
        return None
    outcome = await _send(ctx.runtime, ctx.clock, target)
    async with ctx.transaction() as tx:
        return await _record(tx, target, outcome, kind="resend", at=ctx.clock.now_float())
