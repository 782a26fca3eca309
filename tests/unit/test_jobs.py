"""Durable jobs on a real SQLite store: run when due, retried after a crash, test clocks
run in due order with the clock fixed at each job's due time."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from stripe_emulator.api.context import Context
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.jobs import JobRun, RetryLater, Worker, enqueue, job, run_due_for_test_clock
from stripe_emulator.store import Store, open_store

seen: list[tuple[str, Any, int]] = []
flaky_failures = {"left": 0}


@job("tests.record")
async def record(run: JobRun) -> None:
    seen.append((run.name, run.payload["n"], run.clock.now()))
    if run.payload.get("chain"):
        async with run.transaction() as ctx:
            await enqueue(ctx, "tests.record", {"n": run.payload["n"] + 100},
                          due_at=run.due_at + 10, test_clock=run.test_clock)


@job("tests.flaky")
async def flaky(run: JobRun) -> None:
    if flaky_failures["left"] > 0:
        flaky_failures["left"] -= 1
        raise RuntimeError("boom")
    seen.append((run.name, run.payload["n"], run.attempts))


@job("tests.later")
async def later(run: JobRun) -> None:
    if run.attempts == 1:
        raise RetryLater(at=run.clock.now_float())
    seen.append((run.name, run.payload["n"], run.attempts))


async def _store(tmp_path: Path) -> Store:
    return await open_store(f"sqlite:///{tmp_path / 'jobs.db'}")


async def _enqueue(store: Store, name: str, payload: dict[str, Any], due_at: float,
                   test_clock: str | None = None) -> None:
    async with store.transaction() as session:
        ctx = Context(account="acct_1", session=session, clock=Clock(), settings=Settings(),
                      store=store)
        await enqueue(ctx, name, payload, due_at=due_at, test_clock=test_clock)


async def _until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


@pytest.fixture(autouse=True)
def _reset() -> None:
    seen.clear()
    flaky_failures["left"] = 0


def test_due_jobs_run_and_future_ones_wait(tmp_path: Path) -> None:
    async def main() -> None:
        store = await _store(tmp_path)
        clock = Clock()
        worker = Worker(store, Settings(), clock, poll_interval=0.05)
        worker.start()
        await _enqueue(store, "tests.record", {"n": 1}, due_at=clock.now() - 1)
        await _enqueue(store, "tests.record", {"n": 2}, due_at=clock.now() + 3600)
        await _until(lambda: len(seen) == 1)
        await asyncio.sleep(0.2)
        assert [s[1] for s in seen] == [1]
        async with store.reader() as session:
            left = await session.fetch("SELECT name FROM jobs")
        assert left == [("tests.record",)]
        await worker.stop()
        await store.close()

    asyncio.run(main())


def test_a_crashing_job_is_retried(tmp_path: Path) -> None:
    async def main() -> None:
        store = await _store(tmp_path)
        clock = Clock()
        flaky_failures["left"] = 1
        worker = Worker(store, Settings(), clock, poll_interval=0.05)
        worker.start()
        await _enqueue(store, "tests.flaky", {"n": 7}, due_at=clock.now() - 5)
        await _until(lambda: len(seen) == 1)  # backoff 1 s after the first failure
        assert seen == [("tests.flaky", 7, 2)]
        await worker.stop()
        await store.close()

    asyncio.run(main())


def test_retry_later(tmp_path: Path) -> None:
    async def main() -> None:
        store = await _store(tmp_path)
        worker = Worker(store, Settings(), Clock(), poll_interval=0.05)
        worker.start()
        await _enqueue(store, "tests.later", {"n": 3}, due_at=0)
        await _until(lambda: len(seen) == 1)
        assert seen == [("tests.later", 3, 2)]
        await worker.stop()
        await store.close()

    asyncio.run(main())


def test_test_clock_jobs_run_in_order_at_their_time(tmp_path: Path) -> None:
    async def main() -> None:
        store = await _store(tmp_path)
        await _enqueue(store, "tests.record", {"n": 2}, due_at=2000, test_clock="clock_1")
        await _enqueue(store, "tests.record", {"n": 1, "chain": True}, due_at=1000,
                       test_clock="clock_1")
        await _enqueue(store, "tests.record", {"n": 9}, due_at=1500, test_clock="clock_2")
        ran = await run_due_for_test_clock(store=store, settings=Settings(), account="acct_1",
                                           test_clock="clock_1", until=2000)
        # job 1 (t=1000) chains a job at t=1010, which runs before job 2 (t=2000)
        assert seen == [("tests.record", 1, 1000), ("tests.record", 101, 1010),
                        ("tests.record", 2, 2000)]
        assert ran == 3
        async with store.reader() as session:
            left = await session.fetch("SELECT test_clock FROM jobs")
        assert left == [("clock_2",)]  # another clock's jobs are untouched
        await store.close()

    asyncio.run(main())


def test_wall_clock_worker_ignores_test_clock_jobs(tmp_path: Path) -> None:
    async def main() -> None:
        store = await _store(tmp_path)
        worker = Worker(store, Settings(), Clock(), poll_interval=0.05)
        worker.start()
        await _enqueue(store, "tests.record", {"n": 5}, due_at=0, test_clock="clock_9")
        await asyncio.sleep(0.3)
        assert seen == []
        await worker.stop()
        await store.close()

    asyncio.run(main())


def test_worker_forgets_idempotency_keys_after_a_day(tmp_path: Path) -> None:
    from stripe_emulator.store.engine import IdempotencyRecord

    async def main() -> None:
        store = await _store(tmp_path)
        clock = Clock(fixed=10 * 24 * 3600)
        async with store.transaction() as session:
            for key, created in (("old", clock.now() - 25 * 3600), ("new", clock.now() - 3600)):
                await session.idempotency_put("acct_1", key, IdempotencyRecord(
                    "fp", 200, "{}", "req_1", created))
        worker = Worker(store, Settings(), clock, poll_interval=0.05)
        worker.start()
        await asyncio.sleep(0.2)
        await worker.stop()
        async with store.reader() as session:
            assert await session.idempotency_get("acct_1", "old") is None
            assert await session.idempotency_get("acct_1", "new") is not None
        await store.close()

    asyncio.run(main())
