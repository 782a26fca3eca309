"""Running jobs: the wall-clock `Worker` in each server process, and test-clock advances.

Claims are leases (`locked_until`): a job whose process died is claimed again once its
lease runs out, so nothing acknowledged is lost (handlers are idempotent). On PostgreSQL,
`FOR UPDATE SKIP LOCKED` lets any number of processes share the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import orjson

from stripe_emulator.clock import Clock
from stripe_emulator.jobs.registry import JobRun, RetryLater, handler_for, on_enqueue

if TYPE_CHECKING:
    from stripe_emulator.config import Settings
    from stripe_emulator.store import Session, Store

__all__ = ["Worker", "run_due_for_test_clock"]

log = logging.getLogger("stripe_emulator.jobs")
LEASE_SECONDS = 60.0
BATCH = 100
HOUSEKEEPING_INTERVAL = 3600.0
IDEMPOTENCY_RETENTION = 24 * 3600
_COLUMNS = "id, name, account, payload, due_at, test_clock, attempts"


def _backoff(attempts: int) -> float:
    """Seconds before a crashed job runs again: 1, 2, 4... capped at an hour."""
    return float(min(2 ** max(attempts - 1, 0), 3600))


async def _claim(session: Session, now: float, limit: int,
                 lease_seconds: float = LEASE_SECONDS) -> list[tuple[Any, ...]]:
    lease = now + lease_seconds
    if session.dialect == "postgresql":
        return await session.fetch(
            f"UPDATE jobs SET locked_until = ?, attempts = attempts + 1 WHERE id IN ("
            "SELECT id FROM jobs WHERE test_clock IS NULL AND due_at <= ? AND "
            "(locked_until IS NULL OR locked_until < ?) ORDER BY due_at, id LIMIT ? "
            f"FOR UPDATE SKIP LOCKED) RETURNING {_COLUMNS}",
            lease, now, now, limit)
    rows = await session.fetch(
        f"SELECT {_COLUMNS} FROM jobs WHERE test_clock IS NULL AND due_at <= ? AND "
        "(locked_until IS NULL OR locked_until < ?) ORDER BY due_at, id LIMIT ?",
        now, now, limit)
    for r in rows:
        await session.execute("UPDATE jobs SET locked_until = ?, attempts = attempts + 1 "
                              "WHERE id = ?", lease, r[0])
    return [(*r[:6], r[6] + 1) for r in rows]


async def _run_one(row: tuple[Any, ...], store: Store, settings: Settings, clock: Clock) -> None:
    job_id, name, account, payload, due_at, test_clock, attempts = row
    handler = handler_for(name)
    run = JobRun(id=job_id, name=name, account=account, payload=orjson.loads(payload),
                 due_at=due_at, test_clock=test_clock, attempts=attempts, store=store,
                 settings=settings, clock=clock)
    try:
        if handler is None:
            raise LookupError(f"no handler for job {name!r}")
        await handler(run)
    except RetryLater as again:
        async with store.transaction() as session:
            await session.execute("UPDATE jobs SET due_at = ?, locked_until = NULL WHERE id = ?",
                                  again.at, job_id)
        return
    except Exception:
        log.exception("job %s (%s) failed, attempt %d", job_id, name, attempts)
        async with store.transaction() as session:
            await session.execute(
                "UPDATE jobs SET due_at = ?, locked_until = NULL WHERE id = ?",
                (clock.now_float() if test_clock is None else due_at) + _backoff(attempts),
                job_id)
        return
    if not run.finished:
        async with store.transaction() as session:
            await session.execute("DELETE FROM jobs WHERE id = ?", job_id)


async def run_due_for_test_clock(*, store: Store, settings: Settings, account: str,
                                 test_clock: str, until: float) -> int:
    """Run, in due order, every job of `test_clock` due at or before `until`, each with the
    clock fixed at its due time; jobs they enqueue within the window run too. Returns the
    number run."""
    count = 0
    while True:
        async with store.transaction() as session:
            row = await session.fetchone(
                f"SELECT {_COLUMNS} FROM jobs WHERE account = ? AND test_clock = ? AND "
                "due_at <= ? ORDER BY due_at, id LIMIT 1", account, test_clock, until)
            if row is None:
                return count
            # Attempts are counted so a handler that keeps failing cannot loop forever.
            await session.execute("UPDATE jobs SET attempts = attempts + 1 WHERE id = ?",
                                  row[0])
        if row[6] >= 5:
            log.error("test-clock job %s (%s) failed 5 times; dropped", row[0], row[1])
            async with store.transaction() as session:
                await session.execute("DELETE FROM jobs WHERE id = ?", row[0])
            continue
        await _run_one((*row[:6], row[6] + 1), store, settings, Clock(fixed=int(row[4])))
        count += 1


class Worker:
    """Runs due wall-clock jobs in this process, up to `concurrency` at a time."""

    def __init__(self, store: Store, settings: Settings, clock: Clock, *,
                 concurrency: int = 32, poll_interval: float = 0.25) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.concurrency = concurrency
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(concurrency)
        self._last_housekeeping = 0.0
        on_enqueue(self.wake)

    def wake(self) -> None:
        self._wake.set()

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if len(self._running) <= self.concurrency // 2:
            self._wake.set()  # half the slots are free: claim the next batch now

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="jobs-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for task in list(self._running):
            task.cancel()
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _loop(self) -> None:
        if self.store.dialect == "sqlite":
            # One process owns a SQLite file: a lease left in it is a dead process's.
            async with self.store.transaction() as session:
                await session.execute("UPDATE jobs SET locked_until = NULL "
                                      "WHERE locked_until IS NOT NULL")
        while True:
            # Cleared before claiming: a wake-up that arrives while we claim is kept.
            self._wake.clear()
            try:
                await self._housekeep()
                claimed = await self._claim_batch()
            except Exception:  # a database hiccup must not kill the worker
                log.exception("claiming jobs failed")
                claimed = 0
            if claimed:
                continue
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_interval)

    async def _housekeep(self) -> None:
        """Hourly: forget Idempotency-Keys older than a day (Stripe keeps them >= 24 h)."""
        now = self.clock.now_float()
        if now - self._last_housekeeping < HOUSEKEEPING_INTERVAL:
            return
        self._last_housekeeping = now
        async with self.store.transaction() as session:
            pruned = await session.idempotency_prune(int(now) - IDEMPOTENCY_RETENTION)
        if pruned:
            log.info("forgot %d idempotency keys older than 24 h", pruned)

    async def _claim_batch(self) -> int:
        free = self.concurrency - len(self._running)
        if free <= 0:
            await asyncio.sleep(0.01)
            return 0
        async with self.store.transaction() as session:
            rows = await _claim(session, self.clock.now_float(), min(free, BATCH),
                                self.settings.job_lease_seconds)
        for row in rows:
            task = asyncio.get_running_loop().create_task(
                _run_one(row, self.store, self.settings, self.clock))
            self._running.add(task)
            task.add_done_callback(self._finished)
        return len(rows)
