"""The `jobs` table: durable background work, due at a time (wall clock or a test clock's).

`enqueue` writes in the caller's unit of work, so a job exists exactly when the change that
caused it does. Claims are leases (`locked_until`): a job whose process died is claimed again
once its lease runs out. On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets any number of processes
share the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from stripe_emulator.store.engine import AccountRepository, Session

__all__ = ["AccountJobs", "JobQueue", "JobRow"]

_COLUMNS = "id, name, account, payload, due_at, test_clock, attempts"


@dataclass(slots=True, frozen=True)
class JobRow:
    """One claimed job; `attempts` counts this run."""

    id: int
    name: str
    account: str
    payload: dict[str, Any]
    due_at: float
    test_clock: str | None
    attempts: int


def _job(r: tuple[Any, ...], attempts: int) -> JobRow:
    return JobRow(id=int(r[0]), name=r[1], account=r[2], payload=orjson.loads(r[3]),
                  due_at=float(r[4]), test_clock=r[5], attempts=attempts)


class AccountJobs(AccountRepository):
    """Adding an account's jobs, in the unit of work of the change that causes them."""

    __slots__ = ()

    async def enqueue(self, name: str, payload: dict[str, Any], *, due_at: float,
                      test_clock: str | None = None) -> None:
        await self._session.execute(
            "INSERT INTO jobs (account, name, due_at, test_clock, payload, attempts) "
            "VALUES (?, ?, ?, ?, ?, 0)",
            self._account, name, due_at, test_clock, orjson.dumps(payload).decode())


class JobQueue:
    """The queue as workers see it, through one unit of work (every account's jobs)."""

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    async def claim(self, now: float, limit: int, lease_seconds: float) -> list[JobRow]:
        """Due wall-clock jobs not leased by a live worker, leased to us for
        `lease_seconds`, oldest due first."""
        lease = now + lease_seconds
        session = self._session
        if session.dialect == "postgresql":
            rows = await session.fetch(
                f"UPDATE jobs SET locked_until = ?, attempts = attempts + 1 WHERE id IN ("
                "SELECT id FROM jobs WHERE test_clock IS NULL AND due_at <= ? AND "
                "(locked_until IS NULL OR locked_until < ?) ORDER BY due_at, id LIMIT ? "
                f"FOR UPDATE SKIP LOCKED) RETURNING {_COLUMNS}",
                lease, now, now, limit)
            return [_job(r, int(r[6])) for r in rows]
        rows = await session.fetch(
            f"SELECT {_COLUMNS} FROM jobs WHERE test_clock IS NULL AND due_at <= ? AND "
            "(locked_until IS NULL OR locked_until < ?) ORDER BY due_at, id LIMIT ?",
            now, now, limit)
        for r in rows:
            await session.execute("UPDATE jobs SET locked_until = ?, attempts = attempts + 1 "
                                  "WHERE id = ?", lease, r[0])
        return [_job(r, int(r[6]) + 1) for r in rows]

    async def next_for_test_clock(self, account: str, test_clock: str,
                                  until: float) -> JobRow | None:
        """The first job of `test_clock` due at or before `until`, its attempt counted."""
        row = await self._session.fetchone(
            f"SELECT {_COLUMNS} FROM jobs WHERE account = ? AND test_clock = ? AND "
            "due_at <= ? ORDER BY due_at, id LIMIT 1", account, test_clock, until)
        if row is None:
            return None
        await self._session.execute("UPDATE jobs SET attempts = attempts + 1 WHERE id = ?",
                                    row[0])
        return _job(row, int(row[6]) + 1)

    async def release_leases(self) -> None:
        """Forget every lease (SQLite: one process owns the file, so any lease left in it
        belongs to a process that is gone)."""
        await self._session.execute("UPDATE jobs SET locked_until = NULL "
                                    "WHERE locked_until IS NOT NULL")

    async def reschedule(self, job_id: int, due_at: float) -> None:
        """Run the job again at `due_at` (a retry, or a handler's `RetryLater`)."""
        await self._session.execute(
            "UPDATE jobs SET due_at = ?, locked_until = NULL WHERE id = ?", due_at, job_id)

    async def finish(self, job_id: int) -> None:
        """The job is done (or dropped): remove it."""
        await self._session.execute("DELETE FROM jobs WHERE id = ?", job_id)

    async def pending(self) -> list[tuple[str, str | None]]:
        """(name, test clock) of every job left, for tests and the operator."""
        rows = await self._session.fetch("SELECT name, test_clock FROM jobs ORDER BY id")
        return [(r[0], r[1]) for r in rows]
