"""List pages over the catalogue, held in memory in its list order, with the rules of
`api.listing` (limit 1..100, one cursor at most, an unknown cursor is a 400)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stripe_emulator.api.errors import ParametersExclusive, ResourceMissing
from stripe_emulator.api.listing import ListPage, page_bounds

__all__ = ["page"]


def page(items: Sequence[Any], params: Any, *, url: str, thing: str) -> ListPage:
    """The page of `items` (dicts with an `id`) that limit/starting_after/ending_before
    ask for."""
    limit = page_bounds(params.limit)
    after, before = params.starting_after, params.ending_before
    if after and before:
        raise ParametersExclusive("ending_before", "starting_after")
    if not (after or before):
        return ListPage(url=url, data=list(items[:limit]), has_more=len(items) > limit)
    cursor, param = (after, "starting_after") if after else (before, "ending_before")
    index = next((i for i, item in enumerate(items) if item["id"] == cursor), None)
    if index is None:
        raise ResourceMissing(thing, cursor, param=param, status=400)
    if after:
        end = index + 1 + limit
        return ListPage(url=url, data=list(items[index + 1:end]), has_more=end < len(items))
    start = max(0, index - limit)
    return ListPage(url=url, data=list(items[start:index]), has_more=start > 0)
