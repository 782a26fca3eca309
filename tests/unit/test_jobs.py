"""Durable jobs on a real SQLite store: run when due, retried after a crash, test clocks
run in due order with the clock fixed at each job's due time; a worker wakes only for its
own App's jobs, and always stops."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from stripe_emulator.api.context import Context
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.jobs import JobRun, RetryLater, Worker, enqueue, job, run_due_for_test_clock
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import Store, open_store
from stripe_emulator.store.engine import IdempotencyRecord
from stripe_emulator.store.jobs import JobQueue

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


@asynccontextmanager
async def _running(tmp_path: Path, *, clock: Clock | None = None,
                   worker: bool = True) -> AsyncIterator[tuple[Store, Runtime]]:
    """A store and a runtime (with a worker polling every 50 ms), always closed."""
    store = await open_store(f"sqlite:///{tmp_path / 'jobs.db'}")
    runtime = Runtime(Settings(data_dir=tmp_path), clock=clock)
    running = Worker(store, runtime, poll_interval=0.05) if worker else None
    try:
        if running is not None:
            running.start()
        yield store, runtime
    finally:
        if running is not None:
            await running.stop()
        await runtime.aclose()
        await store.close()


async def _enqueue(store: Store, runtime: Runtime, name: str, payload: dict[str, Any],
                   due_at: float, test_clock: str | None = None) -> None:
    async with store.transaction() as session:
        ctx = Context(account="acct_1", session=session, store=store, runtime=runtime)
        await enqueue(ctx, name, payload, due_at=due_at, test_clock=test_clock)
    for callback in ctx.after_commit:
        callback()


async def _until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def _pending(store: Store) -> list[tuple[str, str | None]]:
    async with store.reader() as session:
        return await JobQueue(session).pending()


@pytest.fixture(autouse=True)
def _reset() -> None:
    seen.clear()
    flaky_failures["left"] = 0


def test_due_jobs_run_and_future_ones_wait(tmp_path: Path) -> None:
    async def main() -> None:
        async with _running(tmp_path) as (store, runtime):
            now = runtime.clock.now()
            await _enqueue(store, runtime, "tests.record", {"n": 1}, due_at=now - 1)
            await _enqueue(store, runtime, "tests.record", {"n": 2}, due_at=now + 3600)
            await _until(lambda: len(seen) == 1)
            await asyncio.sleep(0.2)
            assert [s[1] for s in seen] == [1]
            assert await _pending(store) == [("tests.record", None)]

    asyncio.run(main())


def test_a_crashing_job_is_retried(tmp_path: Path) -> None:
    async def main() -> None:
        async with _running(tmp_path) as (store, runtime):
            flaky_failures["left"] = 1
            await _enqueue(store, runtime, "tests.flaky", {"n": 7},
                           due_at=runtime.clock.now() - 5)
            await _until(lambda: len(seen) == 1)  # backoff 1 s after the first failure
            assert seen == [("tests.flaky", 7, 2)]

    asyncio.run(main())


def test_retry_later(tmp_path: Path) -> None:
    async def main() -> None:
        async with _running(tmp_path) as (store, runtime):
            await _enqueue(store, runtime, "tests.later", {"n": 3}, due_at=0)
            await _until(lambda: len(seen) == 1)
            assert seen == [("tests.later", 3, 2)]

    asyncio.run(main())


def test_test_clock_jobs_run_in_order_at_their_time(tmp_path: Path) -> None:
    async def main() -> None:
        async with _running(tmp_path, worker=False) as (store, runtime):
            await _enqueue(store, runtime, "tests.record", {"n": 2}, due_at=2000,
                           test_clock="clock_1")
            await _enqueue(store, runtime, "tests.record", {"n": 1, "chain": True},
                           due_at=1000, test_clock="clock_1")
            await _enqueue(store, runtime, "tests.record", {"n": 9}, due_at=1500,
                           test_clock="clock_2")
            ran = await run_due_for_test_clock(store=store, runtime=runtime,
                                               account="acct_1", test_clock="clock_1",
                                               until=2000)
            # job 1 (t=1000) chains a job at t=1010, which runs before job 2 (t=2000)
            assert seen == [("tests.record", 1, 1000), ("tests.record", 101, 1010),
                            ("tests.record", 2, 2000)]
            assert ran == 3
            # another clock's jobs are untouched
            assert await _pending(store) == [("tests.record", "clock_2")]

    asyncio.run(main())


def test_wall_clock_worker_ignores_test_clock_jobs(tmp_path: Path) -> None:
    async def main() -> None:
        async with _running(tmp_path) as (store, runtime):
            await _enqueue(store, runtime, "tests.record", {"n": 5}, due_at=0,
                           test_clock="clock_9")
            await asyncio.sleep(0.3)
            assert seen == []

    asyncio.run(main())


def test_worker_forgets_idempotency_keys_after_a_day(tmp_path: Path) -> None:
    async def main() -> None:
        clock = Clock(fixed=10 * 24 * 3600)
        async with _running(tmp_path, clock=clock, worker=False) as (store, runtime):
            async with store.transaction() as session:
                for key, created in (("old", clock.now() - 25 * 3600),
                                     ("new", clock.now() - 3600)):
                    await session.idempotency_put("acct_1", key, IdempotencyRecord(
                        "fp", 200, "{}", "req_1", created))
            worker = Worker(store, runtime, poll_interval=0.05)
            worker.start()
            await asyncio.sleep(0.2)
            await worker.stop()
            async with store.reader() as session:
                assert await session.idempotency_get("acct_1", "old") is None
                assert await session.idempotency_get("acct_1", "new") is not None

    asyncio.run(main())


def test_an_enqueue_wakes_only_its_own_apps_worker(tmp_path: Path) -> None:
    """Two Apps, each on its own loop in its own thread, as two test servers are: a job
    committed in one wakes that App's worker (at once, not at its next poll) and never
    touches the other's loop."""
    woken: dict[str, list[str]] = {"a": [], "b": []}
    results: dict[str, BaseException | None] = {}

    def app(name: str, ready: threading.Event, go: threading.Event) -> None:
        async def main() -> None:
            runtime = Runtime(Settings(data_dir=tmp_path / name))
            runtime.set_job_waker(lambda: woken[name].append(threading.current_thread().name))
            ready.set()
            while not go.is_set():
                await asyncio.sleep(0.005)
            if name == "a":
                runtime.wake_jobs()  # what a committed enqueue does
            await asyncio.sleep(0.2)
            runtime.set_job_waker(None)

        try:
            asyncio.run(main())
            results[name] = None
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            results[name] = exc

    go = threading.Event()
    readies = {n: threading.Event() for n in "ab"}
    threads = [threading.Thread(target=app, args=(n, readies[n], go), name=f"app-{n}")
               for n in "ab"]
    for t in threads:
        t.start()
    try:
        assert all(r.wait(10) for r in readies.values())
        go.set()
    finally:
        for t in threads:
            t.join(10)
    assert results == {"a": None, "b": None}
    assert woken == {"a": ["app-a"], "b": []}


def test_a_wake_from_another_thread_runs_on_the_workers_loop(tmp_path: Path) -> None:
    """A CLI command or a test thread committing a job wakes the worker through its own loop
    (`call_soon_threadsafe`), never by touching the worker's asyncio objects directly."""

    async def main() -> None:
        async with _running(tmp_path) as (store, runtime):
            loop_thread = threading.current_thread().name
            calls: list[str] = []
            waker = runtime._job_waker
            assert waker is not None
            runtime.set_job_waker(lambda: (calls.append(threading.current_thread().name),
                                           waker()))
            thread = threading.Thread(target=runtime.wake_jobs, name="foreign")
            thread.start()
            thread.join(5)
            await _until(lambda: bool(calls))
            assert calls == [loop_thread]

    asyncio.run(main())


@job("tests.stubborn")
async def stubborn(run: JobRun) -> None:
    for _ in range(40):  # two seconds, whatever cancellation says
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            seen.append(("tests.stubborn", "cancelled", run.attempts))


def test_stop_returns_even_when_a_job_ignores_cancellation(tmp_path: Path) -> None:
    """`Worker.stop` cannot wait forever: a job that swallows its cancellation is left
    behind after the grace period (and logged)."""

    async def main() -> None:
        async with _running(tmp_path, worker=False) as (store, runtime):
            worker = Worker(store, runtime, poll_interval=0.05, stop_grace=0.2)
            worker.start()
            await _enqueue(store, runtime, "tests.stubborn", {"n": 1}, due_at=0)
            await _until(lambda: bool(worker._running))
            stop = asyncio.create_task(worker.stop())
            done, _ = await asyncio.wait({stop}, timeout=1.5)
            assert done == {stop}, "stop() did not return within its grace period"
            assert seen == [("tests.stubborn", "cancelled", 1)]

    asyncio.run(main())
