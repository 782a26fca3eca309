"""Running jobs: the wall-clock `Worker` in each server process, and test-clock advances.

Claims are leases (`locked_until`): a job whose process died is claimed again once its
lease runs out, so nothing acknowledged is lost (handlers are idempotent). On PostgreSQL,
`FOR UPDATE SKIP LOCKED` lets any number of processes share the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from stripe_emulator.clock import Clock
from stripe_emulator.jobs.registry import JobRun, RetryLater, handler_for
from stripe_emulator.store.jobs import JobQueue, JobRow

if TYPE_CHECKING:
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import Store

__all__ = ["Worker", "run_due_for_test_clock", "run_test_clock_jobs"]

log = logging.getLogger("stripe_emulator.jobs")
BATCH = 100
HOUSEKEEPING_INTERVAL = 3600.0
IDEMPOTENCY_RETENTION = 24 * 3600
#: A test-clock job that fails this many times is dropped (an advance cannot loop forever).
TEST_CLOCK_ATTEMPTS = 5
#: How long `Worker.stop` waits for running jobs to end once cancelled.
STOP_GRACE = 10.0


def _backoff(attempts: int) -> float:
    """Seconds before a crashed job runs again: 1, 2, 4... capped at an hour."""
    return float(min(2 ** max(attempts - 1, 0), 3600))


async def _run_one(row: JobRow, store: Store, runtime: Runtime, clock: Clock) -> None:
    handler = handler_for(row.name)
    run = JobRun(id=row.id, name=row.name, account=row.account, payload=row.payload,
                 due_at=row.due_at, test_clock=row.test_clock, attempts=row.attempts,
                 store=store, runtime=runtime, clock=clock)
    try:
        if handler is None:
            raise LookupError(f"no handler for job {row.name!r}")
        await handler(run)
    except RetryLater as again:
        async with store.transaction() as session:
            await JobQueue(session).reschedule(row.id, again.at)
        return
    except Exception:
        log.exception("job %s (%s) failed, attempt %d", row.id, row.name, row.attempts)
        retry_at = (clock.now_float() if row.test_clock is None else row.due_at) \
            + _backoff(row.attempts)
        async with store.transaction() as session:
            await JobQueue(session).reschedule(row.id, retry_at)
        return
    if not run.finished:
        async with store.transaction() as session:
            await JobQueue(session).finish(row.id)


async def run_due_for_test_clock(*, store: Store, runtime: Runtime, account: str,
                                 test_clock: str, until: float) -> int:
    """Run, in due order, every job of `test_clock` due at or before `until`, each with the
    clock fixed at its due time; jobs they enqueue within the window run too. Returns the
    number run."""
    count = 0
    while True:
        async with store.transaction() as session:
            row = await JobQueue(session).next_for_test_clock(account, test_clock, until)
        if row is None:
            return count
        if row.attempts > TEST_CLOCK_ATTEMPTS:
            log.error("test-clock job %s (%s) failed %d times; dropped", row.id, row.name,
                      TEST_CLOCK_ATTEMPTS)
            async with store.transaction() as session:
                await JobQueue(session).finish(row.id)
            continue
        await _run_one(row, store, runtime, Clock(fixed=int(row.due_at)))
        count += 1


async def run_test_clock_jobs(run: JobRun, test_clock: str, until: float) -> int:
    """From a job (a test clock advancing): run its account's jobs of `test_clock` due up
    to `until`, as `run_due_for_test_clock` does."""
    return await run_due_for_test_clock(store=run.store, runtime=run.runtime,
                                        account=run.account, test_clock=test_clock,
                                        until=until)


class Worker:
    """Runs due wall-clock jobs in this App, up to `concurrency` at a time.

    `start` makes it the App's job waker (new jobs wake it at once); `stop` ends it and
    every job it runs, and always returns.
    """

    def __init__(self, store: Store, runtime: Runtime, *, concurrency: int = 32,
                 poll_interval: float = 0.25, stop_grace: float = STOP_GRACE) -> None:
        self.store = store
        self.runtime = runtime
        self.concurrency = concurrency
        self.poll_interval = poll_interval
        self.stop_grace = stop_grace
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._last_housekeeping = 0.0

    def wake(self) -> None:
        """Claim now (called on this worker's loop: see `Runtime.wake_jobs`)."""
        self._wake.set()

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if len(self._running) <= self.concurrency // 2:
            self._wake.set()  # half the slots are free: claim the next batch now

    def start(self) -> None:
        self.runtime.set_job_waker(self.wake)
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="jobs-worker")

    async def stop(self) -> None:
        self.runtime.set_job_waker(None)
        tasks = [t for t in (self._task, *self._running) if t is not None]
        for task in tasks:
            task.cancel()
        if tasks:
            _, stuck = await asyncio.wait(tasks, timeout=self.stop_grace)
            for task in stuck:
                log.error("job task %s did not stop within %.1f s", task.get_name(),
                          self.stop_grace)
        self._task = None
        self._running.clear()

    async def _loop(self) -> None:
        if self.store.dialect == "sqlite":
            # One process owns a SQLite file: a lease left in it is a dead process's.
            async with self.store.transaction() as session:
                await JobQueue(session).release_leases()
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
        now = self.runtime.clock.now_float()
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
            rows = await JobQueue(session).claim(self.runtime.clock.now_float(),
                                                 min(free, BATCH),
                                                 self.runtime.settings.job_lease_seconds)
        for row in rows:
            task = asyncio.get_running_loop().create_task(
                _run_one(row, self.store, self.runtime, self.runtime.clock),
                name=f"job-{row.id}")
            self._running.add(task)
            task.add_done_callback(self._finished)
        return len(rows)
