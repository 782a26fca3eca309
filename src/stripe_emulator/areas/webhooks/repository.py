"""Every query on the webhook tables (migration 0003_webhooks), and the two read-modify-writes
of documents that delivery needs (an Event's `pending_webhooks`, an endpoint's `status`).

Functions take the unit of work's `Session`; none commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from stripe_emulator.store import Session

__all__ = [
    "Target", "add_private", "attempt", "decrement_pending", "delete_private", "disable",
    "endpoint_health", "insert_attempt", "list_attempts", "load_target", "note_failure",
    "note_success", "record_delivery", "record_success", "routes",
]


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


def _lock(session: Session) -> str:
    """Row lock for a read-modify-write (SQLite units of work are serialized already)."""
    return " FOR UPDATE" if session.dialect == "postgresql" else ""


# -- endpoints -------------------------------------------------------------------------

async def add_private(session: Session, account: str, endpoint: str, *, secret: str,
                      connect: bool) -> None:
    await session.execute(
        "INSERT INTO webhook_endpoint_private (account, endpoint, secret, connect) "
        "VALUES (?, ?, ?, ?)", account, endpoint, secret, connect)


async def delete_private(session: Session, account: str, endpoint: str) -> None:
    await session.execute("DELETE FROM webhook_endpoint_private WHERE account = ? AND "
                          "endpoint = ?", account, endpoint)


async def routes(session: Session, account: str) -> list[tuple[dict[str, Any], bool]]:
    """The account's live webhook endpoints, with their `connect` flag (few: at most 16)."""
    rows = await session.fetch(
        "SELECT o.data, p.connect FROM objects o JOIN webhook_endpoint_private p "
        "ON p.account = o.account AND p.endpoint = o.id "
        "WHERE o.account = ? AND o.type = 'webhook_endpoint' AND NOT o.deleted",
        account)
    return [(orjson.loads(r[0]), bool(r[1])) for r in rows]


async def endpoint_health(session: Session, account: str, endpoint: str,
                          ) -> dict[str, Any] | None:
    """Operator view: how long the endpoint has failed, why it was disabled, its deliveries."""
    row = await session.fetchone(
        "SELECT failing_since, disabled_reason FROM webhook_endpoint_private "
        "WHERE account = ? AND endpoint = ?", account, endpoint)
    if row is None:
        return None
    counts = dict(await session.fetch(
        "SELECT status, COUNT(*) FROM webhook_deliveries WHERE account = ? AND endpoint = ? "
        "GROUP BY status", account, endpoint))
    return {"failing_since": row[0], "disabled_reason": row[1],
            "deliveries": {s: int(counts.get(s, 0)) for s in ("pending", "succeeded",
                                                               "failed")}}


async def note_success(session: Session, account: str, endpoint: str, *,
                       reenabled: bool = False) -> None:
    """End the endpoint's failing streak (a 2xx, or an operator enabling it again)."""
    if reenabled:
        await session.execute(
            "UPDATE webhook_endpoint_private SET failing_since = NULL, disabled_reason = NULL "
            "WHERE account = ? AND endpoint = ?", account, endpoint)
        return
    await session.execute(
        "UPDATE webhook_endpoint_private SET failing_since = NULL WHERE account = ? AND "
        "endpoint = ? AND failing_since IS NOT NULL", account, endpoint)


async def note_failure(session: Session, account: str, endpoint: str, at: float,
                       ) -> float | None:
    """Start (or continue) the endpoint's failing streak; returns when it began."""
    row = await session.fetchone(
        "UPDATE webhook_endpoint_private SET failing_since = COALESCE(failing_since, ?) "
        "WHERE account = ? AND endpoint = ? RETURNING failing_since", at, account, endpoint)
    return float(row[0]) if row else None


async def disable(session: Session, account: str, endpoint: str, reason: str) -> bool:
    """Set the endpoint's `status` to disabled; False when it was not enabled (or is gone)."""
    row = await session.fetchone(
        "SELECT data FROM objects WHERE account = ? AND id = ? AND NOT deleted" + _lock(session),
        account, endpoint)
    if row is None:
        return False
    doc = orjson.loads(row[0])
    if doc.get("status") != "enabled":
        return False
    doc["status"] = "disabled"
    await session.replace(account, doc)
    await session.execute(
        "UPDATE webhook_endpoint_private SET disabled_reason = ? WHERE account = ? AND "
        "endpoint = ?", reason, account, endpoint)
    return True


# -- deliveries -------------------------------------------------------------------------

async def load_target(session: Session, account: str, event: str, endpoint: str,
                      ) -> Target | None:
    """The event and the endpoint of one delivery, in one query; None when either is gone."""
    row = await session.fetchone(
        "SELECT e.data, w.data, p.secret, p.failing_since, d.status, d.attempts "
        "FROM objects e JOIN objects w ON w.account = e.account AND w.id = ? "
        "JOIN webhook_endpoint_private p ON p.account = w.account AND p.endpoint = w.id "
        "LEFT JOIN webhook_deliveries d ON d.account = e.account AND d.event = e.id "
        "AND d.endpoint = w.id "
        "WHERE e.account = ? AND e.id = ? AND NOT e.deleted AND NOT w.deleted",
        endpoint, account, event)
    if row is None:
        return None
    return Target(event_id=event, event_data=row[0], endpoint=orjson.loads(row[1]), secret=row[2],
                  failing_since=row[3], delivery_status=row[4], attempts=row[5] or 0)


async def record_delivery(session: Session, account: str, event: str, endpoint: str, *,
                          status: str, automatic: bool, at: float,
                          next_retry_at: float | None) -> bool:
    """Upsert the (event, endpoint) delivery after an attempt. A success is recorded once:
    returns True only when this attempt is the first success (so `pending_webhooks` drops
    exactly once, however many duplicates or resends succeed)."""
    step = 1 if automatic else 0
    if status == "succeeded":
        rows = await session.fetch(
            "INSERT INTO webhook_deliveries (account, event, endpoint, status, attempts, "
            "last_attempt_at, next_retry_at) VALUES (?, ?, ?, 'succeeded', ?, ?, NULL) "
            "ON CONFLICT (account, event, endpoint) DO UPDATE SET status = 'succeeded', "
            "attempts = webhook_deliveries.attempts + ?, last_attempt_at = ?, "
            "next_retry_at = NULL WHERE webhook_deliveries.status <> 'succeeded' "
            "RETURNING attempts", account, event, endpoint, step, at, step, at)
        return bool(rows)
    if automatic:
        await session.execute(
            "INSERT INTO webhook_deliveries (account, event, endpoint, status, attempts, "
            "last_attempt_at, next_retry_at) VALUES (?, ?, ?, ?, 1, ?, ?) "
            "ON CONFLICT (account, event, endpoint) DO UPDATE SET "
            "attempts = webhook_deliveries.attempts + 1, last_attempt_at = ?, "
            "status = ?, next_retry_at = ? WHERE webhook_deliveries.status <> 'succeeded'",
            account, event, endpoint, status, at, next_retry_at, at, status, next_retry_at)
    return False


async def record_success(session: Session, account: str, event: str, endpoint: str, *,
                         automatic: bool, at: float, attempt: dict[str, Any]) -> bool:
    """A 2xx: the delivery succeeded (once), `pending_webhooks` drops (once), the attempt is
    kept. True when this was the first success. On PostgreSQL one statement does it all
    (one round trip instead of four: this is the hot path)."""
    if session.dialect != "postgresql":
        newly = await record_delivery(session, account, event, endpoint, status="succeeded",
                                      automatic=automatic, at=at, next_retry_at=None)
        if newly:
            await decrement_pending(session, account, event)
        await insert_attempt(session, account, attempt)
        return newly
    step = 1 if automatic else 0
    row = await session.fetchone(
        "WITH d AS (INSERT INTO webhook_deliveries (account, event, endpoint, status, "
        "attempts, last_attempt_at, next_retry_at) VALUES (?, ?, ?, 'succeeded', ?, ?, NULL) "
        "ON CONFLICT (account, event, endpoint) DO UPDATE SET status = 'succeeded', "
        "attempts = webhook_deliveries.attempts + EXCLUDED.attempts, "
        "last_attempt_at = EXCLUDED.last_attempt_at, next_retry_at = NULL "
        "WHERE webhook_deliveries.status <> 'succeeded' RETURNING 1), "
        "e AS (UPDATE objects SET data = " + _PG_DECREMENT + " WHERE account = ? AND id = ? "
        "AND EXISTS (SELECT 1 FROM d)), "
        "a AS (INSERT INTO webhook_attempts (id, account, event, endpoint, created, data) "
        "VALUES (?, ?, ?, ?, ?, ?)) "
        "SELECT COUNT(*) FROM d",
        account, event, endpoint, step, at, account, event,
        attempt["id"], account, event, endpoint, attempt["created"],
        orjson.dumps(attempt).decode())
    return bool(row and row[0])


#: `pending_webhooks - 1` in place (jsonb: the document's keys come back in jsonb's order).
_PG_DECREMENT = (
    "jsonb_set(data::jsonb, '{pending_webhooks}', "
    "to_jsonb(GREATEST(0, (data->>'pending_webhooks')::int - 1)))::json")


async def decrement_pending(session: Session, account: str, event: str) -> None:
    """One more endpoint acknowledged `event`: lower its `pending_webhooks`."""
    if session.dialect == "sqlite":  # in place; json_set keeps the document's key order
        await session.execute(
            "UPDATE objects SET data = json_set(data, '$.pending_webhooks', "
            "MAX(0, json_extract(data, '$.pending_webhooks') - 1)) WHERE account = ? AND id = ?",
            account, event)
    else:  # one statement: concurrent acknowledgements serialize on the row
        await session.execute(
            "UPDATE objects SET data = " + _PG_DECREMENT + " WHERE account = ? AND id = ?",
            account, event)


# -- attempts ---------------------------------------------------------------------------

async def insert_attempt(session: Session, account: str, record: dict[str, Any]) -> None:
    await session.execute(
        "INSERT INTO webhook_attempts (id, account, event, endpoint, created, data) "
        "VALUES (?, ?, ?, ?, ?, ?)", record["id"], account, record["event"],
        record["webhook_endpoint"], record["created"], orjson.dumps(record).decode())


async def attempt(session: Session, account: str, attempt_id: str) -> dict[str, Any] | None:
    row = await session.fetchone(
        "SELECT data FROM webhook_attempts WHERE account = ? AND id = ?", account, attempt_id)
    return orjson.loads(row[0]) if row else None


async def list_attempts(session: Session, account: str, *, endpoint: str | None = None,
                        event: str | None = None, limit: int = 10,
                        starting_after: str | None = None) -> tuple[list[str], bool]:
    """Attempts (JSON texts), newest first, for an endpoint and/or an event; and has_more."""
    clauses, args = ["account = ?"], [account]
    if endpoint is not None:
        clauses.append("endpoint = ?")
        args.append(endpoint)
    if event is not None:
        clauses.append("event = ?")
        args.append(event)
    if starting_after is not None:
        clauses.append("seq < (SELECT seq FROM webhook_attempts WHERE account = ? AND id = ?)")
        args.extend([account, starting_after])
    rows = await session.fetch(
        "SELECT data FROM webhook_attempts WHERE " + " AND ".join(clauses)
        + " ORDER BY seq DESC LIMIT ?", *args, limit + 1)
    return [r[0] for r in rows[:limit]], len(rows) > limit
