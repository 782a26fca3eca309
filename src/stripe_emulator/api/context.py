"""`Context`: what a service needs to do one request's (or one job's) work, passed first to
every service.

It carries the account and its objects (`ctx.objects`), the clock, the App's runtime and
the request's identity for the events it causes. Services never open or commit
transactions (except through `ctx.transaction()`, for the few that wait on the outside
world between writes) and never see the database session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from stripe_emulator.api.objects import Objects
from stripe_emulator.store.engine import AccountRepository

if TYPE_CHECKING:
    from stripe_emulator.clock import Clock
    from stripe_emulator.config import Settings
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import Session, Store

__all__ = ["UNBOUND", "Context"]

R = TypeVar("R", bound=AccountRepository)
#: What kind of key a request came with (`api.auth.Credentials.kind`).
KeyKind = Literal["secret", "restricted", "publishable"]
#: The object type of test clocks, whose frozen time objects attached to them live at.
TEST_CLOCK = "test_helpers.test_clock"


class _Unbound:
    """The session of a context that holds no unit of work (see `Context.transaction`)."""

    dialect = "none"

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError("this context holds no unit of work: use `async with "
                           "ctx.transaction() as tx:` and the context it yields")


#: Stands in for the session of handlers registered with `own_transactions=True`.
UNBOUND: Any = _Unbound()


class Context:
    """One request (or one job run): account, unit of work, clock, request identity."""

    __slots__ = ("account", "clock", "runtime", "request_id", "idempotency_key",
                 "api_version", "key_kind", "after_commit", "_session", "_store", "_objects")

    def __init__(self, *, account: str, session: Session, store: Store, runtime: Runtime,
                 clock: Clock | None = None, request_id: str | None = None,
                 idempotency_key: str | None = None, api_version: str = "",
                 key_kind: KeyKind | None = None) -> None:
        self.account = account
        self.runtime = runtime
        #: The time this unit of work runs at (a test clock job's is fixed at its due time).
        self.clock = clock or runtime.clock
        self.request_id = request_id
        self.idempotency_key = idempotency_key
        self.api_version = api_version
        #: The kind of key the request came with (`publishable` keys may do less); None
        #: for work no key asked for (jobs, public routes).
        self.key_kind = key_kind
        #: Called once this unit of work has committed (never after a rollback).
        self.after_commit: list[Callable[[], None]] = []
        self._session = session
        self._store = store
        self._objects: Objects | None = None

    @property
    def settings(self) -> Settings:
        return self.runtime.settings

    @property
    def objects(self) -> Objects:
        """The account's objects in this unit of work."""
        if self._objects is None:
            self._objects = Objects(self._session, self.account)
        return self._objects

    def repository(self, kind: type[R]) -> R:
        """The store's repository `kind` (one of its non-object tables), bound to this
        account and unit of work."""
        return kind(self._session, self.account)

    def bound_to(self, session: Session) -> Context:
        """This request's context on another unit of work (the same account and identity)."""
        return Context(account=self.account, session=session, store=self._store,
                       runtime=self.runtime, clock=self.clock, request_id=self.request_id,
                       idempotency_key=self.idempotency_key, api_version=self.api_version,
                       key_kind=self.key_kind)

    def for_account(self, account: str) -> Context:
        """This unit of work on behalf of `account`: for public routes (no key), which learn
        whose object they serve from the object itself (a file link's secret token)."""
        ctx = Context(account=account, session=self._session, store=self._store,
                      runtime=self.runtime, clock=self.clock, request_id=self.request_id,
                      api_version=self.api_version, key_kind=self.key_kind)
        ctx.after_commit = self.after_commit  # one unit of work, one list of callbacks
        return ctx

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Context]:
        """A new unit of work for the same account and request; commits when the block
        ends cleanly. For services that must wait on the outside world between writes."""
        async with self._store.transaction() as session:
            ctx = self.bound_to(session)
            yield ctx
        for callback in ctx.after_commit:
            callback()

    def new_id(self, prefix: str) -> str:
        return self.runtime.ids.new_id(prefix)

    def now(self) -> int:
        return self.clock.now()

    async def now_for(self, test_clock: str | None) -> int:
        """The current time of an object under `test_clock` (the wall clock when None).

        While a clock advances, its jobs run with `ctx.clock` fixed at their due time, which
        lies between the frozen time and the target; that is the time to use.
        """
        if not test_clock:
            return self.now()
        clock = await self.objects.get(TEST_CLOCK, test_clock)
        if clock is None:
            return self.now()
        frozen = int(clock.get("frozen_time", 0))
        if clock.get("status") == "advancing":
            target = int(clock["status_details"]["advancing"]["target_frozen_time"])
            return min(max(self.now(), frozen), target)
        return frozen
