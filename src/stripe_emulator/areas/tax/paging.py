"""Stripe's list pages over a short, already ordered sequence held in memory.

For lists whose membership is computed rather than stored: the shipped tax code catalogue,
and registrations filtered by a status that depends on the clock. Same rules as
`api.listing` (limit 1..100, one cursor at most, unknown cursor: 400 resource_missing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stripe_emulator.api.errors import ParametersExclusive, ResourceMissing
from stripe_emulator.api.listing import ListPage, page_bounds

__all__ = ["page"]


def page(items: Sequence[dict[str, Any]], params: Any, *, url: str, thing: str) -> ListPage:
    """The page of `items` that `params` (limit, starting_after, ending_before) asks for."""
    limit = page_bounds(getattr(params, "limit", None))
    after = getattr(params, "starting_after", None)
    before = getattr(params, "ending_before", None)
    if after and before:
        raise ParametersExclusive("ending_before", "starting_after")
    if after or before:
        cursor, param = (after, "starting_after") if after else (before, "ending_before")
        index = next((i for i, item in enumerate(items) if item["id"] == cursor), None)
        if index is None:
            raise ResourceMissing(thing, str(cursor), param=param, status=400)
        if after:
            data = items[index + 1:index + 1 + limit]
            return ListPage(url=url, data=list(data), has_more=index + 1 + limit < len(items))
        start = max(0, index - limit)
        return ListPage(url=url, data=list(items[start:index]), has_more=start > 0)
    return ListPage(url=url, data=list(items[:limit]), has_more=len(items) > limit)
