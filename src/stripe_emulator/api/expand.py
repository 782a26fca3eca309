"""`expand[]`: replace id references by the objects they name, along dot paths (depth 4).

Areas declare what can be expanded on each object type (`expandable("customer",
"test_clock")`). A field holding an id is loaded from the store by default; an
`includable` field (Stripe's expand-only fields, such as `customer.tax_ids`) is computed
by a resolver. Lists take paths under `data.`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from stripe_emulator.api.errors import InvalidRequestError

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["MAX_DEPTH", "expand", "expandable", "includable"]

MAX_DEPTH = 4
Resolver = Callable[["Context", dict[str, Any]], Awaitable[Any]]
#: object type -> field path -> resolver (None: load the id the field holds)
_EXPANDABLE: dict[str, dict[str, Resolver | None]] = {}
#: object type -> fields absent unless expanded (checked by the conformance test)
INCLUDABLE: dict[str, set[str]] = {}


def expandable(object_type: str, *fields: str) -> None:
    """Declare id-holding fields of `object_type` (dotted for nested hashes) as expandable."""
    table = _EXPANDABLE.setdefault(object_type, {})
    for f in fields:
        table[f] = None


def includable(object_type: str, field: str, resolver: Resolver) -> None:
    """Declare an expand-only field of `object_type`, computed by `resolver(ctx, obj)`."""
    _EXPANDABLE.setdefault(object_type, {})[field] = resolver
    INCLUDABLE.setdefault(object_type, set()).add(field)


def _not_expandable(path: str) -> InvalidRequestError:
    return InvalidRequestError(f"This property cannot be expanded ({path}).", param="expand")


def _split(ctx_type: str, path: str) -> tuple[str, Resolver | None, str]:
    """(field, resolver, rest) for the longest declared field that prefixes `path`."""
    table = _EXPANDABLE.get(ctx_type, {})
    best = None
    for field in table:
        prefixes = path == field or path.startswith(field + ".")
        if prefixes and (best is None or len(field) > len(best)):
            best = field
    if best is None:
        raise KeyError(path)
    return best, table[best], path[len(best) + 1 :]


def _get(obj: dict[str, Any], dotted: str) -> tuple[dict[str, Any] | None, str]:
    parent: Any = obj
    parts = dotted.split(".")
    for part in parts[:-1]:
        parent = parent.get(part) if isinstance(parent, dict) else None
    return (parent if isinstance(parent, dict) else None), parts[-1]


async def _expand_one(ctx: Context, obj: dict[str, Any], path: str, full: str) -> None:
    try:
        field, resolver, rest = _split(obj.get("object", ""), path)
    except KeyError:
        raise _not_expandable(full) from None
    parent, leaf = _get(obj, field)
    if parent is None:
        return
    value = parent.get(leaf)
    if resolver is not None:
        value = await resolver(ctx, obj)
    elif isinstance(value, str):
        value = await ctx.objects.by_id(value) or value
    parent[leaf] = value
    if rest and value is not None:
        if isinstance(value, dict) and value.get("object") == "list":
            for item in value.get("data", []):
                await _expand_one(ctx, item, rest, full)
        elif isinstance(value, dict):
            await _expand_one(ctx, value, rest, full)


def check_paths(paths: list[str]) -> None:
    """Reject paths deeper than Stripe allows before doing any work."""
    for path in paths:
        depth = len([p for p in path.split(".") if p != "data"]) if path.startswith(
            "data.") else len(path.split("."))
        if depth > MAX_DEPTH:
            raise InvalidRequestError(
                f"You cannot expand more than 4 levels of a property. Property: {path}",
                param="expand",
            )


async def expand(ctx: Context, obj: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    """Expand `paths` in place on a single object (or on a list, under `data.`)."""
    check_paths(paths)
    for path in dict.fromkeys(paths):
        if obj.get("object") in ("list", "search_result"):
            if not path.startswith("data."):
                raise _not_expandable(path)
            for item in obj.get("data", []):
                await _expand_one(ctx, item, path[5:], path)
        else:
            await _expand_one(ctx, obj, path, path)
    return obj
