"""Stripe's list objects: `limit`, `starting_after` / `ending_before`, `created` filters,
`has_more` and `url`, newest first and stable when `created` is equal.

A page is rendered straight from the stored JSON text of its rows when nothing needs
expanding, so listing does not parse documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stripe_emulator.api.errors import (
    InvalidRequestError,
    ParametersExclusive,
    ResourceMissing,
)
from stripe_emulator.store.engine import Cursor, Filter

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["ListPage", "created_filter", "list_objects", "page_bounds"]


@dataclass(slots=True)
class ListPage:
    """A `{"object": "list"}` page; `data` items are JSON texts or dicts."""

    url: str
    data: Sequence[str | dict[str, Any]]
    has_more: bool
    extra: dict[str, Any] = field(default_factory=dict)

    def docs(self) -> list[dict[str, Any]]:
        import orjson

        return [orjson.loads(d) if isinstance(d, str) else d for d in self.data]


def created_filter(value: Any, param: str = "created") -> dict[str, int] | None:
    """`created=123` or `created[gt|gte|lt|lte]=123` as {op: ts} (already validated ints)."""
    if value is None:
        return None
    if isinstance(value, int):
        return {"eq": value}
    ops = value if isinstance(value, dict) else value.model_dump(exclude_none=True)
    return {k: int(v) for k, v in ops.items() if v is not None}


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


async def _cursor(ctx: Context, object_type: str, object_id: str, param: str,
                  direction: str, thing: str) -> Cursor:
    row = await ctx.session.get(ctx.account, object_id)
    if row is None or row.type != object_type:
        raise ResourceMissing(thing, object_id, param=param, status=400)
    return Cursor(created=row.created, seq=row.seq,
                  direction="after" if direction == "after" else "before")


async def list_objects(ctx: Context, object_type: str, params: Any, *, url: str,
                       filters: Sequence[Filter] = (), thing: str | None = None,
                       oldest_first: bool = False) -> ListPage:
    """A page of `object_type` objects of the account, filtered, after the params' cursor.

    `params` is any param model with `limit`, `starting_after`, `ending_before` and
    (optionally) `created`.
    """
    limit = page_bounds(getattr(params, "limit", None))
    after = getattr(params, "starting_after", None)
    before = getattr(params, "ending_before", None)
    if after and before:
        raise ParametersExclusive("ending_before", "starting_after")
    name = thing or object_type.rsplit(".", 1)[-1].replace("_", " ")
    cursor = None
    if after:
        cursor = await _cursor(ctx, object_type, after, "starting_after", "after", name)
    elif before:
        cursor = await _cursor(ctx, object_type, before, "ending_before", "before", name)
    rows = await ctx.session.list(
        ctx.account, object_type, limit=limit + 1, filters=filters,
        created=created_filter(getattr(params, "created", None)), cursor=cursor,
        oldest_first=oldest_first,
    )
    has_more = len(rows) > limit
    if has_more:
        rows = rows[1:] if cursor is not None and cursor.direction == "before" else rows[:limit]
    return ListPage(url=url, data=[r.data for r in rows], has_more=has_more)
