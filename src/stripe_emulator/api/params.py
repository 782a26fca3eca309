"""The base of every param model, and the translation of validation failures into
Stripe's errors (`parameter_unknown`, `parameter_missing`, ... with the bracketed param).

Omitted, empty and null are three different things (as in Stripe):
- omitted: the field is not in `model_fields_set` (its value reads as None); use `sent()`;
- "" (empty): unsets the field; only fields the SDK marks `Literal['']|X` accept it, and
  they read as None *with* the field in `model_fields_set`; elsewhere it is
  `parameter_invalid_empty`;
- there is no null on the wire.
"""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from stripe_emulator.api.errors import (
    InvalidRequestError,
    ParameterInvalidEmpty,
    ParameterInvalidInteger,
    ParameterMissing,
    ParameterUnknown,
    StripeError,
)
from stripe_emulator.api.forms import Indexed
from stripe_emulator.currencies import is_currency

__all__ = ["EMPTYABLE", "Metadata", "Params", "bracketed", "check_currency", "merge_metadata",
           "validate"]


class _Emptyable:
    """Marks a param that accepts "" to unset it (the SDK's `Literal['']|X`)."""

    def __repr__(self) -> str:
        return "EMPTYABLE"


#: `Annotated[X | None, EMPTYABLE]`: "" on the wire reads as None (an explicit unset).
EMPTYABLE = _Emptyable()

METADATA_MAX_KEYS = 50
METADATA_KEY_MAX = 40
METADATA_VALUE_MAX = 500


def _check_metadata(value: dict[str, str]) -> dict[str, str]:
    for key, item in value.items():
        if len(key) > METADATA_KEY_MAX:
            raise PydanticCustomError(
                "metadata",
                "Metadata keys can have up to 40 characters, but you passed in a key with "
                "{n} characters.",
                {"n": len(key)},
            )
        if "[" in key or "]" in key:
            raise PydanticCustomError(
                "metadata", "Metadata keys cannot contain '[' or ']'.", {}
            )
        if len(item) > METADATA_VALUE_MAX:
            raise PydanticCustomError(
                "metadata",
                "Metadata values can have up to 500 characters, but you passed in a value "
                "with {n} characters.",
                {"n": len(item)},
            )
    if len(value) > METADATA_MAX_KEYS:
        raise _too_many_keys(len(value))
    return value


def _too_many_keys(n: int) -> PydanticCustomError:
    return PydanticCustomError(
        "metadata",
        "Metadata can have up to 50 keys, but you passed in {n} keys.",
        {"n": n},
    )


#: `metadata[key]=value` pairs with Stripe's limits (50 keys, 40/500 characters).
Metadata = Annotated[dict[str, str], AfterValidator(_check_metadata)]


def merge_metadata(current: dict[str, str], update: dict[str, str] | None,
                   *, sent: bool) -> dict[str, str]:
    """Stripe's metadata update: "" for the whole hash clears it, `k=""` deletes `k`,
    keys not mentioned are kept; the merged result must stay within 50 keys."""
    if not sent:
        return current
    if update is None:
        return {}
    merged = dict(current)
    for key, value in update.items():
        if value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > METADATA_MAX_KEYS:
        raise InvalidRequestError(
            f"Metadata can have up to 50 keys, but you passed in {len(merged)} keys.",
            param="metadata",
        )
    return merged


def check_currency(value: str, param: str = "currency") -> str:
    """A currency param as Stripe stores it (lower case), or Stripe's `Invalid currency`."""
    code = value.lower()
    if not is_currency(code):
        raise InvalidRequestError(f"Invalid currency: {code}. Stripe currently supports "
                                  "ISO 4217 currency codes in lowercase.", param=param)
    return code


def _is_list_type(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin is list:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_is_list_type(a) for a in typing.get_args(tp))
    return False


class Params(BaseModel):
    """Base of all param models: closed (unknown params rejected), wire-aware."""

    # Stripe caps free-text strings at 5,000 characters (metadata has its own, smaller caps).
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_max_length=5000)

    _emptyable: ClassVar[frozenset[str]] = frozenset()
    _lists: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._prepare()

    @classmethod
    def _prepare(cls) -> None:
        emptyable, lists = set(), set()
        for name, info in cls.model_fields.items():
            wire = info.alias or name
            if any(m is EMPTYABLE for m in info.metadata):
                emptyable.add(wire)
            if _is_list_type(info.annotation):
                lists.add(wire)
        cls._emptyable = frozenset(emptyable)
        cls._lists = frozenset(lists)

    @model_validator(mode="before")
    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out = {}
        for key, value in data.items():
            if isinstance(value, Indexed) and key in cls._lists:
                value = value.as_list()
            elif value == "":
                if key in cls._emptyable:
                    value = None
                elif key in cls.model_fields or key in _aliases(cls):
                    raise PydanticCustomError("parameter_invalid_empty", "empty", {"key": key})
            out[key] = value
        return out

    def sent(self, name: str) -> bool:
        """Was `name` in the request (possibly as "" to unset it)?"""
        return name in self.model_fields_set


def _aliases(cls: type[Params]) -> set[str]:
    return {f.alias for f in cls.model_fields.values() if f.alias}


M = TypeVar("M", bound="Params")


def bracketed(loc: tuple[int | str, ...]) -> str:
    """('items', 0, 'price') -> 'items[0][price]'."""
    if not loc:
        return ""
    head, *rest = loc
    return str(head) + "".join(f"[{p}]" for p in rest)


_ORDER = {"extra_forbidden": 0, "parameter_invalid_empty": 1, "missing": 2}


def validate(model: type[M], data: dict[str, Any]) -> M:
    """Validate decoded params against `model`, raising Stripe's error for the first problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: _ORDER.get(e["type"], 9))
        raise to_stripe_error(errors[0]) from None


def to_stripe_error(err: Any) -> StripeError:
    """One pydantic error -> the Stripe error a client would see for it."""
    loc = _strip_union_tags(err["loc"])
    param = bracketed(loc)
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        return ParameterUnknown(param)
    if kind == "missing":
        return ParameterMissing(param)
    if kind == "parameter_invalid_empty":
        return ParameterInvalidEmpty(bracketed((*loc, err["ctx"]["key"])))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return ParameterInvalidInteger(param, value)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        options = expected.replace("'", "").replace(" or ", ", ")
        return InvalidRequestError(f"Invalid {param}: must be one of {options}", param=param)
    if kind in ("bool_parsing", "bool_type"):
        return InvalidRequestError(f"Invalid boolean: {value}", param=param)
    if kind in ("float_parsing", "float_type", "decimal_parsing", "decimal_type"):
        return InvalidRequestError(f"Invalid decimal: {value}", param=param)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return InvalidRequestError(
            f"Invalid object{f' for {param}' if param else ''}: expected a hash "
            "(for example `{param}[key]=value`).".replace("{param}", param or "param"),
            param=param or None,
        )
    if kind in ("list_type",):
        return InvalidRequestError(f"Invalid array for {param}.", param=param)
    if kind in ("string_type",):
        return InvalidRequestError(
            f"Invalid string for {param}: expected a string, not a hash or array.", param=param
        )
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return InvalidRequestError(
            f"Invalid string: {str(value)[:50]}...; must be at most {limit} characters",
            param=param,
        )
    if kind == "metadata":
        return InvalidRequestError(str(err["msg"]), param=param or "metadata")
    if kind == "value_error":
        msg = str(err["msg"]).removeprefix("Value error, ")
        return InvalidRequestError(msg, param=param)
    return InvalidRequestError(f"Invalid value for {param}.", param=param)


def _strip_union_tags(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Pydantic adds the union member's name to `loc`; params only have names and indices."""
    out: list[int | str] = []
    for part in loc:
        if isinstance(part, str) and (
            part.startswith(("literal[", "function-", "list[", "dict[", "constrained-"))
            or part in ("str", "int", "bool", "float", "decimal", "none", "Decimal")
            or (part[:1].isupper() and "Params" in part)
        ):
            continue
        out.append(part)
    return tuple(out)
