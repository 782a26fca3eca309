"""Check an object the API returned against the SDK's type hints for its class.

Every field the SDK declares must be present (except Stripe's expand-only fields, which
areas declare with `api.expand.includable`), no undeclared field may appear, and every
value of a `Literal` enum must be one the SDK lists.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import types
import typing
from typing import Any

import stripe
from stripe._stripe_object import StripeObject

from stripe_emulator.api.expand import INCLUDABLE

#: Fields Stripe sends only when they apply (its own example objects leave them out).
OMITTED_UNLESS_APPLICABLE = {
    "event": {"account", "context",  # Connect and v2-context events only
              "data.previous_attributes"},  # *.updated events only
    "webhook_endpoint": {"secret"},  # the create response only
}


def sdk_class(object_name: str) -> type[StripeObject]:
    """`customer` -> stripe.Customer, `entitlements.feature` -> stripe.entitlements.Feature."""
    from stripe._object_classes import OBJECT_CLASSES as table
    from stripe._object_classes import get_object_class

    if object_name not in table:
        raise KeyError(f"the SDK has no class for object {object_name!r}")
    return get_object_class("V1", object_name)


def _hints(cls: type) -> dict[str, Any]:
    ns: dict[str, Any] = dict(vars(typing))
    module = sys.modules[cls.__module__]
    ns.update(vars(stripe))
    for sub in ("entitlements", "tax", "climate", "forwarding", "identity", "reporting",
                "financial_connections", "sigma", "test_helpers", "billing", "checkout"):
        with contextlib.suppress(ImportError):
            ns.update({k: v for k, v in vars(importlib.import_module(f"stripe.{sub}")).items()
                       if isinstance(v, type)})
    ns.update(vars(module))
    outer = cls
    hints: dict[str, Any] = {}
    for name, ann in getattr(outer, "__annotations__", {}).items():
        if name.startswith("_") or name.isupper():
            continue
        try:
            hints[name] = typing._eval_type(  # type: ignore[attr-defined]
                typing.ForwardRef(ann) if isinstance(ann, str) else ann, ns, dict(vars(cls)))
        except Exception:  # noqa: BLE001 - an unresolvable hint is checked for presence only
            hints[name] = Any
    return hints


def _literals(tp: Any) -> tuple[Any, ...] | None:
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        lits = [a for arg in typing.get_args(tp) if (a := _literals(arg)) is not None]
        if lits:
            return tuple(x for group in lits for x in group)
    return None


def _nested_class(tp: Any) -> type | None:
    if isinstance(tp, type) and issubclass(tp, StripeObject):
        return tp
    for arg in typing.get_args(tp):
        found = _nested_class(arg)
        if found is not None and typing.get_origin(tp) is not list:
            return found
    return None


def _list_item_class(tp: Any) -> type | None:
    origin = typing.get_origin(tp)
    if origin is list:
        return _nested_class(typing.get_args(tp)[0])
    for arg in typing.get_args(tp):
        if typing.get_origin(arg) is list:
            return _nested_class(typing.get_args(arg)[0])
    return None


def check(obj: dict[str, Any], cls: type | None = None, path: str = "",
          optional: set[str] | None = None, rel: str = "") -> list[str]:
    """Problems found in `obj` (empty when it conforms).

    `optional` holds the paths (relative to the enclosing Stripe object, `rel`) that may be
    absent."""
    if cls is None:
        cls = sdk_class(obj["object"])
        optional = INCLUDABLE.get(obj["object"], set()) | OMITTED_UNLESS_APPLICABLE.get(
            obj["object"], set())
        rel = ""
    optional = optional or set()
    problems: list[str] = []
    hints = _hints(cls)
    # Python keywords are renamed in the SDK (`in_` for the wire's `in`): compare wire names.
    remap = getattr(cls, "_field_remappings", {})
    hints = {remap.get(name, name): tp for name, tp in hints.items()}
    for name in hints:
        if name == "deleted" or rel + name in optional:
            continue
        if name not in obj:
            problems.append(f"{path}{name}: missing")
    for name, value in obj.items():
        if name not in hints:
            problems.append(f"{path}{name}: not a field of {cls.__name__}")
            continue
        tp = hints[name]
        lits = _literals(tp)
        scalar = value is not None and not isinstance(value, (dict, list))
        if lits is not None and scalar and value not in lits:
            problems.append(f"{path}{name}: {value!r} not in {lits}")
        if isinstance(value, dict) and not isinstance(value.get("object"), str):
            nested = _nested_class(tp)
            if nested is not None and nested.__annotations__:
                problems.extend(check(value, nested, f"{path}{name}.", optional,
                                      f"{rel}{name}."))
        elif isinstance(value, dict) and value["object"] != "list":
            problems.extend(check(value, None, f"{path}{name}."))
        elif isinstance(value, list):
            item_cls = _list_item_class(tp)
            for i, item in enumerate(value):
                if isinstance(item, dict) and item_cls is not None and item_cls.__annotations__:
                    problems.extend(check(item, item_cls, f"{path}{name}[{i}]."))
    return problems


def assert_conforms(obj: Any) -> None:
    """Fail with every problem at once when `obj` does not match its SDK class."""
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    problems = check(data)
    assert not problems, f"{data.get('object')} {data.get('id')}: " + "; ".join(problems)
