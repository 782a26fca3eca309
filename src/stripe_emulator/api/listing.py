"""Stripe's list objects: `limit`, `starting_after` / `ending_before`, `created` filters,
`has_more` and `url`, newest first and stable when `created` is equal.

Two pagers, one set of rules (limit 1..100, default 10; one cursor at most; an unknown
cursor is a 400 `resource_missing`):
- `list_objects`: a page of stored objects, rendered straight from their stored JSON text
  when nothing needs expanding, so listing does not parse documents;
- `page_in_memory`: a page of a short, already ordered sequence held in memory (a shipped
  catalogue, or a set whose membership depends on the clock).

`range_filters` turns `created[gt]=...`-style params into store filters for any field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import orjson

from stripe_emulator.api.errors import (
    InvalidRequestError,
    ParametersExclusive,
    ResourceMissing,
)
from stripe_emulator.api.objects import Cursor, Filter, type_name

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["ListPage", "created_filter", "list_objects", "page_bounds", "page_in_memory",
           "range_filters"]

_OPS: dict[str, Literal["<", "<=", ">", ">="]] = {"gt": ">", "gte": ">=", "lt": "<",
                                                   "lte": "<="}


@dataclass(slots=True)
class ListPage:
    """A `{"object": "list"}` page; `data` items are JSON texts or dicts."""

    url: str
    data: Sequence[str | dict[str, Any]]
    has_more: bool
    extra: dict[str, Any] = field(default_factory=dict)

    def docs(self) -> list[dict[str, Any]]:
        return [orjson.loads(d) if isinstance(d, str) else d for d in self.data]


def _range(value: Any) -> dict[str, int]:
    """`{gt: .., lte: ..}` of a range param (model or dict), only the bounds sent."""
    ops = value if isinstance(value, dict) else value.model_dump(exclude_none=True)
    return {k: int(v) for k, v in ops.items() if v is not None}


def created_filter(value: Any) -> dict[str, int] | None:
    """`created=123` or `created[gt|gte|lt|lte]=123` as {op: ts} (already validated ints)."""
    if value is None:
        return None
    if isinstance(value, int):
        return {"eq": value}
    return _range(value)


def range_filters(field_path: str, value: Any) -> list[Filter]:
    """Store filters for a range param on a document field: `due_date=123` (exact) or
    `due_date[gt|gte|lt|lte]=...` (each bound sent), none when not sent."""
    if value is None:
        return []
    if isinstance(value, int):
        return [Filter(field_path, value)]
    return [Filter(field_path, bound, op=_OPS[op]) for op, bound in _range(value).items()]


def page_bounds(limit: int | None) -> int:
    """`limit` checked against Stripe's 1..100 (default 10)."""
    if limit is None:
        return 10
    if limit < 1:
        raise InvalidRequestError("This value must be greater than or equal to 1.",
                                  param="limit")
    if limit > 100:
        raise InvalidRequestError("This value must be less than or equal to 100.",
                                  param="limit")
    return limit


def _cursor_params(params: Any) -> tuple[int, str | None, str | None]:
    limit = page_bounds(getattr(params, "limit", None))
    after = getattr(params, "starting_after", None)
    before = getattr(params, "ending_before", None)
    if after and before:
        raise ParametersExclusive("ending_before", "starting_after")
    return limit, after, before


async def _cursor(ctx: Context, object_type: str, object_id: str, param: str,
                  direction: Literal["after", "before"], thing: str) -> Cursor:
    row = await ctx.objects.row(object_type, object_id, deleted=True)
    if row is None:
        raise ResourceMissing(thing, object_id, param=param, status=400)
    return Cursor(created=row.created, seq=row.seq, direction=direction)


async def list_objects(ctx: Context, kind: type[Any] | str, params: Any, *, url: str,
                       filters: Sequence[Filter] = (), thing: str | None = None,
                       oldest_first: bool = False) -> ListPage:
    """A page of the account's objects of `kind`, filtered, after the params' cursor.

    `params` is any param model with `limit`, `starting_after`, `ending_before` and
    (optionally) `created`.
    """
    object_type = type_name(kind)
    limit, after, before = _cursor_params(params)
    name = thing or object_type.rsplit(".", 1)[-1].replace("_", " ")
    cursor = None
    if after:
        cursor = await _cursor(ctx, object_type, after, "starting_after", "after", name)
    elif before:
        cursor = await _cursor(ctx, object_type, before, "ending_before", "before", name)
    rows = await ctx.objects.rows(object_type, limit=limit + 1, filters=filters,
                                  created=created_filter(getattr(params, "created", None)),
                                  cursor=cursor, oldest_first=oldest_first)
    has_more = len(rows) > limit
    if has_more:
        rows = rows[1:] if cursor is not None and cursor.direction == "before" else rows[:limit]
    return ListPage(url=url, data=[r.data for r in rows], has_more=has_more)


def page_in_memory(items: Sequence[Any], params: Any, *, url: str,
                   thing: str) -> ListPage:
    """The page of `items` (dicts with an `id`, in list order) that `params` asks for."""
    limit, after, before = _cursor_params(params)
    if not (after or before):
        return ListPage(url=url, data=list(items[:limit]), has_more=len(items) > limit)
    cursor, param = (after, "starting_after") if after else (before, "ending_before")
    index = next((i for i, item in enumerate(items) if item["id"] == cursor), None)
    if index is None:
        raise ResourceMissing(thing, str(cursor), param=param, status=400)
    if after:
        end = index + 1 + limit
        return ListPage(url=url, data=list(items[index + 1:end]), has_more=end < len(items))
    start = max(0, index - limit)
    return ListPage(url=url, data=list(items[start:index]), has_more=start > 0)
