"""The webhook tables (`webhook_endpoint_private`, `webhook_deliveries`, `webhook_attempts`),
the two read-modify-writes of documents that delivery needs (an Event's `pending_webhooks`,
an endpoint's `status`), and the channel that tells every process an account's endpoints
changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from stripe_emulator.store.engine import AccountRepository

__all__ = ["ROUTES_CHANNEL", "Target", "WebhookAttemptRows", "WebhookDeliveryRows",
           "WebhookEndpointRows"]

#: Notified with the account id when an account's webhook endpoints change.
ROUTES_CHANNEL = "stripe_emulator_webhook_routes"

#: `pending_webhooks - 1` in place (jsonb: the document's keys come back in jsonb's order).
_PG_DECREMENT = (
    "jsonb_set(data::jsonb, '{pending_webhooks}', "
    "to_jsonb(GREATEST(0, (data->>'pending_webhooks')::int - 1)))::json")


@dataclass(slots=True)
class Target:
    """What one delivery needs: the event's JSON text and the endpoint, with its secret."""

    event_id: str
    event_data: str
    endpoint: dict[str, Any]
    secret: str
    #: When the endpoint's current run of failures began (None: it is not failing).
    failing_since: float | None
    #: `succeeded`, `pending` (a retry is due), `failed` (retries exhausted), or None.
    delivery_status: str | None
    #: Automatic attempts made so far for this (event, endpoint).
    attempts: int


class WebhookEndpointRows(AccountRepository):
    """An account's endpoints' private rows (secret, `connect`, failing streak), the routing
    join, and the notification that their routing changed."""

    __slots__ = ()

    async def add(self, endpoint: str, *, secret: str, connect: bool) -> None:
        await self._session.execute(
            "INSERT INTO webhook_endpoint_private (account, endpoint, secret, connect) "
            "VALUES (?, ?, ?, ?)", self._account, endpoint, secret, connect)

    async def remove(self, endpoint: str) -> None:
        await self._session.execute(
            "DELETE FROM webhook_endpoint_private WHERE account = ? AND endpoint = ?",
            self._account, endpoint)

    async def routes(self) -> list[tuple[dict[str, Any], bool]]:
        """The account's live endpoints, with their `connect` flag (few: at most 16)."""
        rows = await self._session.fetch(
            "SELECT o.data, p.connect FROM objects o JOIN webhook_endpoint_private p "
            "ON p.account = o.account AND p.endpoint = o.id "
            "WHERE o.account = ? AND o.type = 'webhook_endpoint' AND NOT o.deleted",
            self._account)
        return [(orjson.loads(r[0]), bool(r[1])) for r in rows]

    async def changed(self) -> None:
        """Tell every process sharing the database (this one too) that this account's
        routing changed, when this unit of work commits (nothing if it rolls back)."""
        await self._session.notify(ROUTES_CHANNEL, self._account)

    def watch(self, callback: Callable[[str | None], None]) -> bool:
        """Have `callback(account)` called for each committed `changed()` of any process,
        and `callback(None)` when some may have been missed; False where the database has
        no other process to hear from (SQLite)."""
        return self._session.subscribe(ROUTES_CHANNEL, callback)

    async def health(self, endpoint: str) -> dict[str, Any] | None:
        """Operator view: how long the endpoint has failed, why it was disabled, its
        deliveries by status."""
        row = await self._session.fetchone(
            "SELECT failing_since, disabled_reason FROM webhook_endpoint_private "
            "WHERE account = ? AND endpoint = ?", self._account, endpoint)
        if row is None:
            return None
        counts = dict(await self._session.fetch(
            "SELECT status, COUNT(*) FROM webhook_deliveries WHERE account = ? AND "
            "endpoint = ? GROUP BY status", self._account, endpoint))
        return {"failing_since": row[0], "disabled_reason": row[1],
                "deliveries": {s: int(counts.get(s, 0)) for s in ("pending", "succeeded",
                                                                   "failed")}}

    async def note_success(self, endpoint: str, *, reenabled: bool = False) -> None:
        """End the endpoint's failing streak (a 2xx, or an operator enabling it again)."""
        if reenabled:
            await self._session.execute(
                "UPDATE webhook_endpoint_private SET failing_since = NULL, "
                "disabled_reason = NULL WHERE account = ? AND endpoint = ?",
                self._account, endpoint)
            return
        await self._session.execute(
            "UPDATE webhook_endpoint_private SET failing_since = NULL WHERE account = ? AND "
            "endpoint = ? AND failing_since IS NOT NULL", self._account, endpoint)

    async def note_failure(self, endpoint: str, at: float) -> float | None:
        """Start (or continue) the endpoint's failing streak; returns when it began."""
        row = await self._session.fetchone(
            "UPDATE webhook_endpoint_private SET failing_since = COALESCE(failing_since, ?) "
            "WHERE account = ? AND endpoint = ? RETURNING failing_since",
            at, self._account, endpoint)
        return float(row[0]) if row else None

    async def disable(self, endpoint: str, reason: str) -> bool:
        """Set the endpoint's `status` to disabled; False when it was not enabled (or is
        gone)."""
        # Row lock on PostgreSQL: two deliveries may disable at once (SQLite units of work
        # are serialized already).
        lock = " FOR UPDATE" if self.dialect == "postgresql" else ""
        row = await self._session.fetchone(
            "SELECT data FROM objects WHERE account = ? AND id = ? AND NOT deleted" + lock,
            self._account, endpoint)
        if row is None:
            return False
        doc = orjson.loads(row[0])
        if doc.get("status") != "enabled":
            return False
        doc["status"] = "disabled"
        await self._session.replace(self._account, doc)
        await self._session.execute(
            "UPDATE webhook_endpoint_private SET disabled_reason = ? WHERE account = ? AND "
            "endpoint = ?", reason, self._account, endpoint)
        return True


class WebhookDeliveryRows(AccountRepository):
    """An account's deliveries, one per (event, endpoint), and the events' counts of
    unacknowledged deliveries (`pending_webhooks`)."""

    __slots__ = ()

    async def target(self, event: str, endpoint: str) -> Target | None:
        """The event and the endpoint of one delivery, in one query; None when either is
        gone."""
        row = await self._session.fetchone(
            "SELECT e.data, w.data, p.secret, p.failing_since, d.status, d.attempts "
            "FROM objects e JOIN objects w ON w.account = e.account AND w.id = ? "
            "JOIN webhook_endpoint_private p ON p.account = w.account AND p.endpoint = w.id "
            "LEFT JOIN webhook_deliveries d ON d.account = e.account AND d.event = e.id "
            "AND d.endpoint = w.id "
            "WHERE e.account = ? AND e.id = ? AND NOT e.deleted AND NOT w.deleted",
            endpoint, self._account, event)
        if row is None:
            return None
        return Target(event_id=event, event_data=row[0], endpoint=orjson.loads(row[1]),
                      secret=row[2], failing_since=row[3], delivery_status=row[4],
                      attempts=row[5] or 0)

    async def record(self, event: str, endpoint: str, *, status: str, automatic: bool,
                     at: float, next_retry_at: float | None) -> bool:
        """Upsert the (event, endpoint) delivery after an attempt. A success is recorded
        once: returns True only when this attempt is the first success (so
        `pending_webhooks` drops exactly once, however many duplicates or resends
        succeed)."""
        step = 1 if automatic else 0
        if status == "succeeded":
            rows = await self._session.fetch(
                "INSERT INTO webhook_deliveries (account, event, endpoint, status, attempts, "
                "last_attempt_at, next_retry_at) VALUES (?, ?, ?, 'succeeded', ?, ?, NULL) "
                "ON CONFLICT (account, event, endpoint) DO UPDATE SET status = 'succeeded', "
                "attempts = webhook_deliveries.attempts + ?, last_attempt_at = ?, "
                "next_retry_at = NULL WHERE webhook_deliveries.status <> 'succeeded' "
                "RETURNING attempts", self._account, event, endpoint, step, at, step, at)
            return bool(rows)
        if automatic:
            await self._session.execute(
                "INSERT INTO webhook_deliveries (account, event, endpoint, status, attempts, "
                "last_attempt_at, next_retry_at) VALUES (?, ?, ?, ?, 1, ?, ?) "
                "ON CONFLICT (account, event, endpoint) DO UPDATE SET "
                "attempts = webhook_deliveries.attempts + 1, last_attempt_at = ?, "
                "status = ?, next_retry_at = ? WHERE webhook_deliveries.status <> 'succeeded'",
                self._account, event, endpoint, status, at, next_retry_at, at, status,
                next_retry_at)
        return False

    async def record_success(self, event: str, endpoint: str, *, automatic: bool, at: float,
                             attempt: dict[str, Any]) -> bool:
        """A 2xx: the delivery succeeded (once), `pending_webhooks` drops (once), the
        attempt is kept. True when this was the first success. On PostgreSQL one statement
        does it all (one round trip instead of four: this is the hot path)."""
        if self.dialect != "postgresql":
            newly = await self.record(event, endpoint, status="succeeded",
                                      automatic=automatic, at=at, next_retry_at=None)
            if newly:
                await self.decrement_pending(event)
            await WebhookAttemptRows(self._session, self._account).insert(attempt)
            return newly
        step = 1 if automatic else 0
        row = await self._session.fetchone(
            "WITH d AS (INSERT INTO webhook_deliveries (account, event, endpoint, status, "
            "attempts, last_attempt_at, next_retry_at) VALUES (?, ?, ?, 'succeeded', ?, ?, "
            "NULL) ON CONFLICT (account, event, endpoint) DO UPDATE SET status = 'succeeded', "
            "attempts = webhook_deliveries.attempts + EXCLUDED.attempts, "
            "last_attempt_at = EXCLUDED.last_attempt_at, next_retry_at = NULL "
            "WHERE webhook_deliveries.status <> 'succeeded' RETURNING 1), "
            "e AS (UPDATE objects SET data = " + _PG_DECREMENT + " WHERE account = ? AND id = ? "
            "AND EXISTS (SELECT 1 FROM d)), "
            "a AS (INSERT INTO webhook_attempts (id, account, event, endpoint, created, data) "
            "VALUES (?, ?, ?, ?, ?, ?)) "
            "SELECT COUNT(*) FROM d",
            self._account, event, endpoint, step, at, self._account, event,
            attempt["id"], self._account, event, endpoint, attempt["created"],
            orjson.dumps(attempt).decode())
        return bool(row and row[0])

    async def decrement_pending(self, event: str) -> None:
        """One more endpoint acknowledged `event`: lower its `pending_webhooks`."""
        if self.dialect == "sqlite":  # in place; json_set keeps the document's key order
            await self._session.execute(
                "UPDATE objects SET data = json_set(data, '$.pending_webhooks', "
                "MAX(0, json_extract(data, '$.pending_webhooks') - 1)) "
                "WHERE account = ? AND id = ?", self._account, event)
        else:  # one statement: concurrent acknowledgements serialize on the row
            await self._session.execute(
                "UPDATE objects SET data = " + _PG_DECREMENT + " WHERE account = ? AND id = ?",
                self._account, event)


class WebhookAttemptRows(AccountRepository):
    """An account's delivery attempts (the operator's view: request, answer, duration)."""

    __slots__ = ()

    async def insert(self, record: dict[str, Any]) -> None:
        await self._session.execute(
            "INSERT INTO webhook_attempts (id, account, event, endpoint, created, data) "
            "VALUES (?, ?, ?, ?, ?, ?)", record["id"], self._account, record["event"],
            record["webhook_endpoint"], record["created"], orjson.dumps(record).decode())

    async def get(self, attempt_id: str) -> dict[str, Any] | None:
        row = await self._session.fetchone(
            "SELECT data FROM webhook_attempts WHERE account = ? AND id = ?",
            self._account, attempt_id)
        return orjson.loads(row[0]) if row else None

    async def page(self, *, endpoint: str | None = None, event: str | None = None,
                   limit: int = 10, starting_after: str | None = None,
                   ) -> tuple[list[str], bool]:
        """Attempts (JSON texts), newest first, for an endpoint and/or an event; and
        whether more follow."""
        clauses, args = ["account = ?"], [self._account]
        if endpoint is not None:
            clauses.append("endpoint = ?")
            args.append(endpoint)
        if event is not None:
            clauses.append("event = ?")
            args.append(event)
        if starting_after is not None:
            clauses.append("seq < (SELECT seq FROM webhook_attempts WHERE account = ? "
                           "AND id = ?)")
            args.extend([self._account, starting_after])
        rows = await self._session.fetch(
            "SELECT data FROM webhook_attempts WHERE " + " AND ".join(clauses)
            + " ORDER BY seq DESC LIMIT ?", *args, limit + 1)
        return [r[0] for r in rows[:limit]], len(rows) > limit
