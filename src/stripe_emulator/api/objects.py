"""`Objects`: an account's Stripe objects, the only way areas read and write documents.

`ctx.objects` is bound to the request's (or job's) account and unit of work, so no caller
passes an account id, touches the database session or writes SQL, and "missing or deleted"
becomes Stripe's `resource_missing` in one place (`load`).

Loads are typed by the object's TypedDict: `await ctx.objects.load(Order, order_id)` returns
an `Order`, the type name read from its `object` Literal. A plain type name works too
(`ctx.objects.load("customer", customer_id)` returns a dict).
"""

from __future__ import annotations

import typing
from collections.abc import Sequence
from typing import Any, TypeVar, overload

from stripe_emulator.api.errors import ResourceAlreadyExists, ResourceMissing, StripeError
from stripe_emulator.store.engine import AccountRepository, Conflict, Cursor, Filter, Row

__all__ = ["Cursor", "Filter", "Objects", "Row", "type_name"]

T = TypeVar("T")
#: A TypedDict class with an `object: Literal["..."]` key, or the type name itself.
Kind = type[T] | str
#: `limit` that means "every match" for reads of an account's small sets.
EVERY = 100_000


_TYPE_NAMES: dict[type[Any], str] = {}


def type_name(kind: type[Any] | str) -> str:
    """The stored object type of `kind` (`climate.order` for `Order`)."""
    if isinstance(kind, str):
        return kind
    found = _TYPE_NAMES.get(kind)
    if found is None:
        args = typing.get_args(typing.get_type_hints(kind).get("object"))
        if not args or not isinstance(args[0], str):
            raise TypeError(f"{kind.__name__} has no `object: Literal[...]` key")
        found = _TYPE_NAMES[kind] = args[0]
    return found


def _thing(object_type: str) -> str:
    """How Stripe names a type in `No such ...` messages: `climate.order` -> `order`."""
    return object_type.rsplit(".", 1)[-1].replace("_", " ")


class Objects(AccountRepository):
    """One account's objects in one unit of work."""

    __slots__ = ()

    # -- reads ----------------------------------------------------------------------------
    async def row(self, kind: type[Any] | str, object_id: str | None, *,
                  deleted: bool = False) -> Row | None:
        """The stored row of `object_id` if it is of `kind` (and live, unless `deleted`)."""
        if not object_id:
            return None
        row = await self._session.get(self._account, object_id)
        if row is None or row.type != type_name(kind) or (row.deleted and not deleted):
            return None
        return row

    async def by_id(self, object_id: str) -> dict[str, Any] | None:
        """Whatever object `object_id` is (a deleted one as its stub), or None: for
        `expand[]`, where the field says only that it holds an id."""
        row = await self._session.get(self._account, object_id)
        return row.doc() if row is not None else None

    @overload
    async def get(self, kind: type[T], object_id: str | None, *,
                  deleted: bool = False) -> T | None: ...
    @overload
    async def get(self, kind: str, object_id: str | None, *,
                  deleted: bool = False) -> dict[str, Any] | None: ...
    async def get(self, kind: Kind[Any], object_id: str | None, *,
                  deleted: bool = False) -> Any:
        """The document of `object_id` if it is a live object of `kind`, else None."""
        row = await self.row(kind, object_id, deleted=deleted)
        return row.doc() if row is not None else None

    async def load_row(self, kind: type[Any] | str, object_id: str | None, *,
                       thing: str | None = None, param: str | None = "id",
                       deleted: bool = False, status: int | None = None) -> Row:
        """As `load`, but the stored row: a retrieve returns it, and its stored JSON is the
        response body, never parsed."""
        row = await self.row(kind, object_id, deleted=deleted)
        if row is None:
            raise ResourceMissing(thing or _thing(type_name(kind)), object_id or "",
                                  param=param, status=status)
        return row

    @overload
    async def load(self, kind: type[T], object_id: str | None, *, thing: str | None = None,
                   param: str | None = "id", deleted: bool = False,
                   status: int | None = None) -> T: ...
    @overload
    async def load(self, kind: str, object_id: str | None, *, thing: str | None = None,
                   param: str | None = "id", deleted: bool = False,
                   status: int | None = None) -> dict[str, Any]: ...
    async def load(self, kind: Kind[Any], object_id: str | None, *, thing: str | None = None,
                   param: str | None = "id", deleted: bool = False,
                   status: int | None = None) -> Any:
        """The document of `object_id`, or Stripe's `No such <thing>: '<id>'` (404, or
        `status`) naming `param`. Deleted objects count as missing unless `deleted`."""
        return (await self.load_row(kind, object_id, thing=thing, param=param,
                                    deleted=deleted, status=status)).doc()

    @overload
    async def find(self, kind: type[T], *filters: Filter) -> T | None: ...
    @overload
    async def find(self, kind: str, *filters: Filter) -> dict[str, Any] | None: ...
    async def find(self, kind: Kind[Any], *filters: Filter) -> Any:
        """The newest live object of `kind` matching every filter, or None."""
        rows = await self.rows(kind, filters=filters, limit=1)
        return rows[0].doc() if rows else None

    @overload
    async def all(self, kind: type[T], *filters: Filter,
                  oldest_first: bool = False) -> list[T]: ...
    @overload
    async def all(self, kind: str, *filters: Filter,
                  oldest_first: bool = False) -> list[dict[str, Any]]: ...
    async def all(self, kind: Kind[Any], *filters: Filter, oldest_first: bool = False) -> Any:
        """Every live object of `kind` matching the filters (newest first, unless
        `oldest_first`): for the small sets a service reads whole."""
        rows = await self.rows(kind, filters=filters, limit=EVERY, oldest_first=oldest_first)
        return [row.doc() for row in rows]

    async def rows(self, kind: type[Any] | str, *, limit: int, filters: Sequence[Filter] = (),
                   created: dict[str, int] | None = None, cursor: Cursor | None = None,
                   oldest_first: bool = False) -> list[Row]:
        """Up to `limit` stored rows of `kind`, newest first (`created`, then insertion
        order), after `cursor`; what list pages are made of."""
        return await self._session.list(self._account, type_name(kind), limit=limit,
                                         filters=filters, created=created, cursor=cursor,
                                         oldest_first=oldest_first)

    async def count(self, kind: type[Any] | str, *filters: Filter) -> int:
        """How many live objects of `kind` match the filters."""
        return await self._session.count(self._account, type_name(kind), filters)

    # -- writes ---------------------------------------------------------------------------
    async def insert(self, doc: Any, *, created: int | None = None,
                     conflict: StripeError | None = None) -> None:
        """Store a new object (`doc` carries `id` and `object`). When a uniqueness rule
        breaks (the id, or a unique index such as a lookup key), `conflict` is raised, by
        default Stripe's `resource_already_exists` for the id."""
        try:
            await self._session.insert(self._account, doc, created=created)
        except Conflict:
            if conflict is not None:
                raise conflict from None
            raise ResourceAlreadyExists(
                f"A {_thing(doc['object'])} with id '{doc['id']}' already exists.",
                param="id") from None

    async def save(self, doc: Any) -> None:
        """Overwrite an existing object's document."""
        await self._session.replace(self._account, doc)

    async def delete(self, doc: Any) -> dict[str, Any]:
        """Leave Stripe's deleted stub (`{id, object, deleted: true}`) in place of the
        object, and return it."""
        stub = {"id": doc["id"], "object": doc["object"], "deleted": True}
        await self._session.replace(self._account, stub, deleted=True)
        return stub

    async def remove(self, object_id: str) -> None:
        """Erase an object for good (retention, internal records), leaving no stub."""
        await self._session.remove(self._account, object_id)

    async def lock(self, name: str) -> None:
        """Serialize this unit of work with any other that locks `name` in this account
        until it ends (read-modify-write of derived state, such as a customer's active
        entitlements, under concurrent requests on PostgreSQL)."""
        await self._session.advisory_lock(f"{self._account}/{name}")
