"""Job handlers by name (`area.verb`), and `enqueue`, which writes a job row in the
caller's unit of work so the job exists exactly when the change that caused it does."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stripe_emulator.api.context import Context
from stripe_emulator.store.jobs import AccountJobs, JobQueue

if TYPE_CHECKING:
    from stripe_emulator.clock import Clock
    from stripe_emulator.config import Settings
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import Store

__all__ = ["JobRun", "RetryLater", "enqueue", "handler_for", "job"]

Handler = Callable[["JobRun"], Awaitable[None]]
_HANDLERS: dict[str, Handler] = {}


class RetryLater(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a handler to run the same job again at `at` (Unix seconds)."""

    def __init__(self, at: float) -> None:
        super().__init__(f"retry at {at}")
        self.at = at


def job(name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
    """Register the handler for jobs named `name` (`area.verb`); `aliases` are names it had
    before (job rows outlive a rename)."""

    def decorate(handler: Handler) -> Handler:
        for key in (name, *aliases):
            if key in _HANDLERS and _HANDLERS[key] is not handler:
                raise ValueError(f"job {key!r} registered twice")
            _HANDLERS[key] = handler
        return handler

    return decorate


def handler_for(name: str) -> Handler | None:
    return _HANDLERS.get(name)


async def enqueue(ctx: Context, name: str, payload: dict[str, Any], *, due_at: float,
                  test_clock: str | None = None) -> None:
    """Add a job in `ctx`'s unit of work; it runs at `due_at` (wall clock, or the test
    clock's frozen time when `test_clock` is set). Once the unit commits, this App's worker
    is woken to claim it."""
    await ctx.repository(AccountJobs).enqueue(name, payload, due_at=due_at,
                                              test_clock=test_clock)
    wake = ctx.runtime.wake_jobs
    if wake not in ctx.after_commit:
        ctx.after_commit.append(wake)


@dataclass(slots=True)
class JobRun:
    """One execution of a job: its payload, and the means to open units of work."""

    id: int
    name: str
    account: str
    payload: dict[str, Any]
    due_at: float
    test_clock: str | None
    attempts: int
    store: Store
    runtime: Runtime
    #: The time the job runs at: the wall clock, or fixed at its due time under a test clock.
    clock: Clock
    #: The job row was removed by `transaction(finish=True)`: nothing left to delete.
    finished: bool = False

    @property
    def settings(self) -> Settings:
        return self.runtime.settings

    @asynccontextmanager
    async def transaction(self, *, finish: bool = False) -> AsyncIterator[Context]:
        """A unit of work for this job's account; commits when the block ends cleanly.

        `finish=True` removes the job row in the same unit of work, so the job's last
        writes and its completion commit together (no second run after a crash between
        them, and one transaction fewer)."""
        async with self.store.transaction() as session:
            ctx = Context(account=self.account, session=session, store=self.store,
                          runtime=self.runtime, clock=self.clock)
            yield ctx
            if finish:
                await JobQueue(session).finish(self.id)
        self.finished = self.finished or finish
        for callback in ctx.after_commit:
            callback()

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Context]:
        """A read-only context for this job's account, outside any transaction (one query
        needs no BEGIN/COMMIT: a third of the round trips on a hot path)."""
        async with self.store.reader() as session:
            yield Context(account=self.account, session=session, store=self.store,
                          runtime=self.runtime, clock=self.clock)
