"""`Context`: what a service needs to do one request's work, passed first to every service.

It carries the account, the unit of work (`session`), the clock, and the request's
identity for the events it causes. Services never open or commit transactions.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from stripe_emulator.api import ids
from stripe_emulator.api.errors import ResourceAlreadyExists, ResourceMissing
from stripe_emulator.store.engine import Conflict, Row

if TYPE_CHECKING:
    from stripe_emulator.clock import Clock
    from stripe_emulator.config import Settings
    from stripe_emulator.store import Session, Store

__all__ = ["UNBOUND", "Context"]


class _Unbound:
    """The session of a context that holds no unit of work (see `Context.transaction`)."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError("this context holds no unit of work: use `async with "
                           "ctx.transaction() as tx:` and the context it yields")


#: Stands in for the session of handlers registered with `own_transactions=True`.
UNBOUND: Any = _Unbound()


@dataclass(slots=True)
class Context:
    """One request (or one job run): account, unit of work, clock, request identity."""

    account: str
    session: Session
    clock: Clock
    settings: Settings
    store: Store
    request_id: str | None = None
    idempotency_key: str | None = None
    api_version: str = ""
    #: Events written in this unit of work.
    emitted: list[dict[str, Any]] = field(default_factory=list)
    #: Called once this unit of work has committed (never after a rollback).
    after_commit: list[Callable[[], None]] = field(default_factory=list)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Context]:
        """A new unit of work for the same account and request; commits when the block
        ends cleanly. For services that must wait on the outside world between writes."""
        async with self.store.transaction() as session:
            ctx = replace(self, session=session, emitted=[], after_commit=[])
            yield ctx
        for callback in ctx.after_commit:
            callback()

    def new_id(self, prefix: str) -> str:
        return ids.new_id(prefix)

    def now(self) -> int:
        return self.clock.now()

    async def load(self, object_id: str, object_type: str, *, thing: str | None = None,
                   param: str | None = "id", allow_deleted: bool = False,
                   status: int | None = None) -> dict[str, Any]:
        """The document `object_id` of type `object_type`, or Stripe's `No such <thing>`."""
        return (await self.load_row(object_id, object_type, thing=thing, param=param,
                                    allow_deleted=allow_deleted, status=status)).doc()

    async def load_row(self, object_id: str, object_type: str, *, thing: str | None = None,
                       param: str | None = "id", allow_deleted: bool = False,
                       status: int | None = None) -> Row:
        """As `load`, but the stored row: a retrieve returns it, and its stored JSON is the
        response body, never parsed."""
        row = await self.session.get(self.account, object_id) if object_id else None
        if row is None or row.type != object_type or (row.deleted and not allow_deleted):
            raise ResourceMissing(thing or object_type.rsplit(".", 1)[-1].replace("_", " "),
                                  object_id, param=param, status=status)
        return row

    async def insert(self, doc: dict[str, Any], *, created: int | None = None) -> None:
        """Store a new object; an id already in use is Stripe's `resource_already_exists`."""
        try:
            await self.session.insert(self.account, doc, created=created)
        except Conflict:
            raise ResourceAlreadyExists(
                f"A {doc['object'].rsplit('.', 1)[-1].replace('_', ' ')} with id "
                f"'{doc['id']}' already exists.", param="id") from None

    async def save(self, doc: dict[str, Any]) -> None:
        await self.session.replace(self.account, doc)

    async def delete(self, doc: dict[str, Any]) -> dict[str, Any]:
        """Leave Stripe's deleted stub in place of the object and return it."""
        stub = {"id": doc["id"], "object": doc["object"], "deleted": True}
        await self.session.replace(self.account, stub, deleted=True)
        return stub
