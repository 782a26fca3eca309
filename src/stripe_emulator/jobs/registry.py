"""Job handlers by name (`area.verb`), and `enqueue`, which writes a job row in the
caller's unit of work so the job exists exactly when the change that caused it does."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stripe_emulator.api.context import Context
from stripe_emulator.clock import Clock

if TYPE_CHECKING:
    from stripe_emulator.config import Settings
    from stripe_emulator.store import Store

__all__ = ["JobRun", "RetryLater", "enqueue", "handler_for", "job"]

Handler = Callable[["JobRun"], Awaitable[None]]
_HANDLERS: dict[str, Handler] = {}
#: Called after a unit of work that enqueued jobs commits (wakes the worker at once).
_wakeups: list[Callable[[], None]] = []


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


def on_enqueue(callback: Callable[[], None]) -> None:
    _wakeups.append(callback)


async def enqueue(ctx: Context, name: str, payload: dict[str, Any], *, due_at: float,
                  test_clock: str | None = None) -> None:
    """Add a job in `ctx`'s unit of work; it runs at `due_at` (wall clock, or the test
    clock's frozen time when `test_clock` is set)."""
    await ctx.session.enqueue(ctx.account, name, payload, due_at=due_at, test_clock=test_clock)
    for wake in _wakeups:
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
    settings: Settings
    clock: Clock = field(default_factory=Clock)

    #: The job row was removed by `transaction(finish=True)`: nothing left to delete.
    finished: bool = False

    @asynccontextmanager
    async def transaction(self, *, finish: bool = False) -> AsyncIterator[Context]:
        """A unit of work for this job's account; commits when the block ends cleanly.

        `finish=True` removes the job row in the same unit of work, so the job's last
        writes and its completion commit together (no second run after a crash between
        them, and one transaction fewer)."""
        async with self.store.transaction() as session:
            ctx = Context(account=self.account, session=session, clock=self.clock,
                          settings=self.settings, store=self.store)
            yield ctx
            if finish:
                await session.execute("DELETE FROM jobs WHERE id = ?", self.id)
        self.finished = self.finished or finish
        for callback in ctx.after_commit:
            callback()
