"""Generate pydantic param models from the official SDK's param TypedDicts.

The SDK's `stripe.params.*Params` TypedDicts are the machine-readable list of every
parameter (name, nesting, type, enum values, which ones accept "" to unset). This script
turns the ones an area serves into pydantic models, so validation, our OpenAPI document
and the SDK can never drift apart. The output is committed; re-run it when the SDK pin
moves:

    .venv/bin/python tools/gen_params.py src/stripe_emulator/areas/billing/params.py \
        CustomerCreateParams CustomerUpdateParams CustomerListParams ...

Rules: `Literal['']|X` becomes `Annotated[X | None, EMPTYABLE]` ("" unsets it); an open enum
`Literal[...]|str` becomes the closed `Literal[...]` (Stripe validates enums);
`metadata` becomes the shared `Metadata` type with Stripe's limits; RequestOptions keys
(api_key, idempotency_key...) are client-side and left out.
"""

from __future__ import annotations

import datetime
import decimal
import importlib
import keyword
import sys
import types
import typing
from typing import Any

import stripe.params as sdk_params
import typing_extensions
from pydantic import BaseModel
from stripe._request_options import RequestOptions
from stripe._stripe_context import StripeContext

_CLIENT_SIDE = set(RequestOptions.__annotations__)
_NONE = type(None)


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and typing_extensions.is_typeddict(tp)


def _hints(td: type) -> dict[str, Any]:
    module = importlib.import_module(td.__module__)
    ns = dict(vars(typing))
    ns.update(vars(module))
    ns.update(vars(sdk_params))
    ns["StripeContext"] = StripeContext
    return typing.get_type_hints(td, globalns=ns, include_extras=True)


class Generator:
    def __init__(self) -> None:
        self.emitted: dict[str, str] = {}
        self.order: list[str] = []

    def type_expr(self, tp: Any, *, field: str) -> tuple[str, bool]:
        """(python type expression, emptyable) for an SDK annotation."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            members = list(args)
            emptyable = any(
                typing.get_origin(m) is typing.Literal and typing.get_args(m) == ("",)
                for m in members
            )
            members = [
                m for m in members
                if not (typing.get_origin(m) is typing.Literal and typing.get_args(m) == ("",))
                and m is not _NONE
                and not (getattr(m, "__name__", "") == "UntypedStripeObject"
                         or getattr(typing.get_origin(m), "__name__", "") == "UntypedStripeObject")
            ]
            has_literal = any(typing.get_origin(m) is typing.Literal for m in members)
            if has_literal:  # open enum `Literal[...] | str`: validate the closed set
                members = [m for m in members if m is not str]
            # Literal[...] members merge into one Literal
            lits: list[Any] = []
            rest: list[Any] = []
            for m in members:
                if typing.get_origin(m) is typing.Literal:
                    lits.extend(a for a in typing.get_args(m) if a != "")
                else:
                    rest.append(m)
            parts = [self.type_expr(r, field=field)[0] for r in rest]
            if lits:
                parts.insert(0, "Literal[" + ", ".join(repr(x) for x in lits) + "]")
            if not parts:
                parts = ["Literal['']"]
            return " | ".join(dict.fromkeys(parts)), emptyable
        if origin is typing.Literal:
            return "Literal[" + ", ".join(repr(a) for a in args) + "]", False
        if origin is list:
            inner, _ = self.type_expr(args[0], field=field)
            return f"list[{inner}]", False
        if origin in (dict, dict):
            if field == "metadata":
                return "Metadata", False
            return "dict[str, " + self.type_expr(args[1], field=field)[0] + "]", False
        if origin is not None and getattr(origin, "__name__", "") == "UntypedStripeObject":
            return "dict[str, str]", False
        if _is_typeddict(tp):
            self.model(tp)
            return tp.__name__, False
        if tp is str:
            return "str", False
        if tp is int:
            return "int", False
        if tp is bool:
            return "bool", False
        if tp is float:
            return "float", False
        if tp is decimal.Decimal:
            return "Decimal", False
        if tp is datetime.datetime:
            return "int", False
        if tp is typing.Any:
            return "Any", False
        raise SystemExit(f"unsupported type {tp!r} for {field}")

    def model(self, td: type) -> None:
        name = td.__name__
        if name in self.emitted:
            return
        self.emitted[name] = ""  # reserve against recursion
        required = getattr(td, "__required_keys__", frozenset())
        lines = [f"class {name}(Params):"]
        # RequestOptions keys are client-side only on a top-level params dict; a nested
        # field may share a name with one (forwarding's `request[headers]`).
        top_level = RequestOptions in getattr(td, "__orig_bases__", ())
        for key, tp in _hints(td).items():
            if top_level and key in _CLIENT_SIDE:
                continue
            # strip NotRequired/Required wrappers
            while typing.get_origin(tp) in (typing.NotRequired, typing.Required,
                                            typing_extensions.NotRequired,
                                            typing_extensions.Required):
                tp = typing.get_args(tp)[0]
            expr, emptyable = self.type_expr(tp, field=key)
            reserved = not key.isidentifier() or keyword.iskeyword(key) or hasattr(BaseModel, key)
            attr = key + "_" if reserved else key
            if emptyable:
                expr = f"Annotated[{expr} | None, EMPTYABLE]"
            elif key not in required:
                expr = f"{expr} | None"
            alias = f"alias={key!r}" if reserved else ""
            if key in required:
                lines.append(f"    {attr}: {expr}" + (f" = Field({alias})" if alias else ""))
            else:
                default = f"Field(None, {alias})" if alias else "None"
                lines.append(f"    {attr}: {expr} = {default}")
        if len(lines) == 1:
            lines.append("    pass")
        self.emitted[name] = "\n".join(lines)
        self.order.append(name)


HEADER = '''"""Param models generated from stripe=={version}'s TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401

'''


def main(argv: list[str]) -> None:
    out, names = argv[0], argv[1:]
    gen = Generator()
    for n in names:
        gen.model(sdk_typeddict(n))
    body = "\n\n\n".join(gen.emitted[n] for n in gen.order)
    rebuild = "\n".join(f"{n}.model_rebuild()" for n in gen.order)
    with open(out, "w") as f:
        f.write(HEADER.format(version=stripe_version()) + "\n" + body + "\n\n\n" + rebuild + "\n")


def sdk_typeddict(name: str) -> type:
    """`CustomerCreateParams` or `entitlements.FeatureCreateParams` from stripe.params."""
    obj: Any = sdk_params
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj  # type: ignore[no-any-return]


def stripe_version() -> str:
    import stripe

    return str(stripe.VERSION)


if __name__ == "__main__":
    main(sys.argv[1:])
