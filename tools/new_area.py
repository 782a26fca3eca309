"""Scaffold a new product area: `make area NAME=identity OBJECT=verification_session`.

Writes the files every area has (docs/architecture.md, "An area") for one Stripe object,
wires the area in, and generates its params, so that every gate is green before the first
line of real behaviour is written:

- `areas/<name>/`: `__init__.py`, `endpoints.py` (create, retrieve, list: one service call
  each), `models.py` (the object's TypedDict: the SDK class's fields when the SDK has one,
  else Stripe's common fields), the service module named after the object's plural
  (`verification_sessions.py`), `sdk_params.py` (generated), and with the flags
  `endpoints_test_helpers.py`, `endpoints_operator.py` and their `params.py`;
- `tests/api/<name>/`: a factory in `conftest.py` and `test_<plural>.py` (round trip, list
  order and cursors, another account sees nothing, conformance to the SDK class), through
  the SDK's resource when it has one, else `raw_request` and `deserialize`;
- the wiring: `AREAS` in app.py, the route's row in api/permissions.py, the independence
  contract in pyproject.toml, and with `--migration` a migration stub and its empty
  `CREATED_BY` entry in store/indexes.py.

Params: the endpoints name the SDK's `<Object>CreateParams` / `RetrieveParams` /
`ListParams` with `sdk=` (`identity.VerificationSessionCreateParams` under a namespace),
else the overlay's (tools/sdk_overlay.py, preview APIs); where neither has one, minimal
SDK-shaped TypedDicts (metadata; expand; the list's cursors and `created`) are added to the
overlay, because every `/v1` endpoint names the params the SDK would send
(tests/api/test_registry.py). Then tools/gen_params.py writes `sdk_params.py`.

Usage (from the repository root):

    make area NAME=identity OBJECT=verification_session
    make area NAME=crypto_onramp OBJECT=onramp_session ROUTE=/v1/crypto/onramp_sessions
    .venv/bin/python tools/new_area.py --name refunds --test-helpers --operator --migration

`ROUTE` (not `PATH`, which is make's search path) is the collection path; by default
`/v1/<plural>` when the area is named after the object's plural (`NAME=refunds`), else
`/v1/<name>/<plural>`. An existing area, a bad name or a route already registered is
refused, and nothing is written; a failure half-way undoes what was written.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import keyword
import re
import subprocess
import sys
import textwrap
import tomllib
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import stripe
import typing_extensions
from pydantic import BaseModel
from stripe._object_classes import OBJECT_CLASSES, get_object_class
from stripe._stripe_object import StripeObject

__all__ = ["Area", "Plan", "main", "plan", "scaffold"]

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "stripe_emulator"
AREAS = PACKAGE / "areas"
TESTS = ROOT / "tests" / "api"
TOOLS = Path(__file__).resolve().parent
OVERLAY = TOOLS / "sdk_overlay.py"
GENERATOR = TOOLS / "gen_params.py"
MIGRATIONS = PACKAGE / "store" / "migrations" / "versions"
LINE = 100

_SNAKE = re.compile(r"^[a-z]+(_[a-z]+)*$")
_ROUTE = re.compile(r"^/v1(/[a-z]+(_[a-z]+)*){1,2}$")
_PREFIX = re.compile(r"^[a-z]+(_[a-z]+)*$")
#: Module names an area already uses for other things (docs/architecture.md, "An area").
_RESERVED = frozenset({"endpoints", "endpoints_test_helpers", "endpoints_operator", "models",
                       "params", "sdk_params", "jobs", "subscribers", "engine"})
_NONE = type(None)


class Refused(Exception):
    """What the command will not do, and why (nothing has been written)."""


# --- names ---------------------------------------------------------------------------------


def singular(word: str) -> str:
    """`refunds` -> `refund`, `identities` -> `identity`; other words stay."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """`verification_session` -> `verification_sessions`, `identity` -> `identities`."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def camel(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def words(snake: str) -> str:
    return snake.replace("_", " ")


def a_(snake: str) -> str:
    """`a verification session`, `an onramp session`."""
    return ("an " if snake[0] in "aeiou" else "a ") + words(snake)


def default_prefix(obj: str) -> str:
    """An id prefix in Stripe's manner: initials of a compound (`vs`), else a short stem."""
    parts = obj.split("_")
    return "".join(p[0] for p in parts) if len(parts) > 1 else obj[:3]


@dataclass(frozen=True)
class Area:
    """What to make: the area, its first object and that object's collection route."""

    name: str
    object: str
    route: str
    prefix: str
    test_helpers: bool = False
    operator: bool = False
    migration: bool = False

    @property
    def namespace(self) -> str | None:
        """`identity` for `/v1/identity/verification_sessions`, None for `/v1/refunds`."""
        parts = self.route.split("/")[2:]
        return parts[0] if len(parts) == 2 else None

    @property
    def plural(self) -> str:
        """The collection's name, the route's last segment: the service module's name."""
        return self.route.rsplit("/", 1)[1]

    @property
    def type(self) -> str:
        """The object's type as Stripe names it: `identity.verification_session`."""
        return f"{self.namespace}.{self.object}" if self.namespace else self.object

    @property
    def camel(self) -> str:
        return camel(self.object)

    @property
    def resource(self) -> str:
        """The restricted keys' resource, as the API names it: `identity.verification_sessions`."""
        return f"{self.namespace}.{self.plural}" if self.namespace else self.plural

    @property
    def permission(self) -> str:
        """Stripe's permission name: the type in snake_case, `identity_verification_session`."""
        return self.type.replace(".", "_")

    @property
    def path_param(self) -> str:
        """The id's path parameter, as Stripe's paths name it (`{session}`, `{refund}`)."""
        last = self.object.rsplit("_", 1)[-1]
        return "id" if keyword.iskeyword(last) or last in ("ctx", "params", "p") else last

    @property
    def helpers_route(self) -> str:
        return "/v1/test_helpers/" + self.route.removeprefix("/v1/")

    @property
    def operator_route(self) -> str:
        return "/_emulator/" + self.route.removeprefix("/v1/") + "/count"

    @property
    def constant(self) -> str:
        return self.object.upper()


def area_from(name: str, obj: str | None = None, route: str | None = None,
              prefix: str | None = None, **flags: bool) -> Area:
    """The `Area` the inputs mean (defaults filled in), or `Refused` for a bad input."""
    if not name:
        raise Refused("NAME is required: `make area NAME=identity [OBJECT=...] [ROUTE=...]`")
    if not _SNAKE.match(name) or len(name) > 30:
        raise Refused(f"NAME {name!r}: an area is a snake_case package name (letters and "
                      "single underscores: `identity`, `crypto_onramp`)")
    obj = obj or singular(name)
    if not _SNAKE.match(obj):
        raise Refused(f"OBJECT {obj!r}: the object's singular snake_case name "
                      "(`verification_session`)")
    if route is None:
        route = f"/v1/{plural(obj)}" if singular(name) == obj else f"/v1/{name}/{plural(obj)}"
    if not _ROUTE.match(route) or route.startswith("/v1/test_helpers"):
        raise Refused(f"ROUTE {route!r}: a collection path, `/v1/<plural>` or "
                      "`/v1/<namespace>/<plural>` (snake_case segments)")
    prefix = prefix or default_prefix(obj)
    if not _PREFIX.match(prefix):
        raise Refused(f"PREFIX {prefix!r}: lowercase letters (ids are `<prefix>_...`)")
    area = Area(name=name, object=obj, route=route, prefix=prefix, **flags)
    if area.plural in _RESERVED or keyword.iskeyword(area.plural):
        raise Refused(f"the service module would be named {area.plural!r}, which an area "
                      "uses for something else: pass another ROUTE")
    return area


# --- what the SDK, the overlay and the server already have -----------------------------------


def _load_path(name: str, path: Path) -> types.ModuleType:
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _generator() -> Any:
    """tools/gen_params.py, loaded by path (the name tests/rules uses for it too)."""
    return _load_path("stripe_emulator_tools_gen_params", GENERATOR)


def _server() -> tuple[set[tuple[str, str]], frozenset[str]]:
    """The routes registered now (`{param}` written `*`) and the event catalogue, from this
    repository's package (src/ first on the path, whatever is installed)."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    importlib.import_module("stripe_emulator.app").load_areas()
    registry = importlib.import_module("stripe_emulator.api.registry").registry
    routes = {(ep.method, _shape(ep.path)) for ep in registry.endpoints}
    catalog = importlib.import_module("stripe_emulator.events.catalog")
    return routes, frozenset(catalog.EVENT_TYPES)


def _shape(path: str) -> str:
    return re.sub(r"\{[a-z_]+\}", "*", path)


@dataclass
class Plan:
    """Everything decided before a file is written."""

    area: Area
    #: verb (Create/Retrieve/List) -> `sdk=` name
    sdk_names: dict[str, str]
    #: `sdk=` names the overlay lacks too, added to it
    overlay_added: list[str]
    #: The SDK's class for the object, if it has one (conformance is checked against it).
    sdk_class: type[StripeObject] | None
    #: `client.v1.<...>` of the SDK's resource service, if it has one with create/retrieve/list
    sdk_service: str | None
    #: `<type>.created`, if Stripe defines that event type
    created_event: str | None
    updated_event: str | None
    #: the create params' required keys and their (hint) types; all create keys
    create_required: dict[str, Any]
    create_keys: dict[str, Any]
    list_required: dict[str, Any]
    migration: tuple[str, str] | None = None  # (revision, down_revision)
    fields: list[Field] = field(default_factory=list)
    #: the names models.py imports from typing for the fields' types
    typing_uses: set[str] = field(default_factory=set)


def _sdk_typeddict(name: str) -> Any:
    obj: Any = importlib.import_module("stripe.params")
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj if typing_extensions.is_typeddict(obj) else None


def _sdk_service(area: Area) -> str | None:
    client = stripe.StripeClient("sk_test_scaffold")
    path = ["v1", *([area.namespace] if area.namespace else []), area.plural]
    obj: Any = client
    for part in path:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    if all(callable(getattr(obj, m, None)) for m in ("create", "retrieve", "list")):
        return "client." + ".".join(path)
    return None


def _migration_head() -> tuple[int, str]:
    """The number of the newest migration and its revision id."""
    newest = max(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))
    found = re.search(r'^revision = "([^"]+)"', newest.read_text("utf-8"), re.M)
    if found is None:
        raise SystemExit(f"{newest}: no `revision = \"...\"` line")
    return int(newest.name[:4]), found.group(1)


def plan(area: Area) -> Plan:
    """Look everything up and refuse what cannot be made; writes nothing."""
    if (AREAS / area.name).exists():
        raise Refused(f"areas/{area.name}/ exists already: the area is there")
    if (TESTS / area.name).exists():
        raise Refused(f"tests/api/{area.name}/ exists already")
    routes, catalog = _server()
    wanted = [("POST", area.route), ("GET", area.route), ("GET", area.route + "/*")]
    if area.test_helpers:
        wanted.append(("POST", area.helpers_route + "/*/update_metadata"))
    if area.operator:
        wanted.append(("GET", area.operator_route))
    taken = [f"{m} {p}" for m, p in wanted if (m, p) in routes]
    if taken:
        raise Refused(f"already registered: {', '.join(taken)}")

    gen = _generator()
    overlay = gen.overlay_params()
    ns = f"{area.namespace}." if area.namespace else ""
    names: dict[str, str] = {}
    added: list[str] = []
    for verb in ("Create", "Retrieve", "List"):
        name = f"{ns}{area.camel}{verb}Params"
        names[verb] = name
        if _sdk_typeddict(name) is None and name not in overlay:
            added.append(name)
    if added:
        clash = [n for n in added if re.search(rf"^class {n.rsplit('.', 1)[-1]}\b",
                                               OVERLAY.read_text("utf-8"), re.M)]
        if clash:
            raise Refused(f"tools/sdk_overlay.py already has a class named like {clash}")

    def hints(verb: str) -> tuple[dict[str, Any], dict[str, Any]]:
        if names[verb] in added:  # what render_overlay writes
            keys: dict[str, Any] = {"expand": list[str]}
            if verb == "Create":
                keys["metadata"] = dict[str, str]
            return {}, keys
        td = gen.resolve(names[verb])
        required: frozenset[str] = getattr(td, "__required_keys__", frozenset())
        out: dict[str, Any] = {}
        req: dict[str, Any] = {}
        for key, hint in gen._hints(td).items():
            if key in gen._CLIENT_SIDE:
                continue
            tp, qualifier = gen._strip_qualifiers(hint)
            out[key] = tp
            if (key in required if qualifier is None else qualifier):
                req[key] = tp
        return req, out

    create_required, create_keys = hints("Create")
    list_required, _ = hints("List")
    sdk_class = get_object_class("V1", area.type) if area.type in OBJECT_CLASSES else None
    event = f"{area.type}.created"
    updated = f"{area.type}.updated"
    result = Plan(area=area, sdk_names=names, overlay_added=added, sdk_class=sdk_class,
                  sdk_service=_sdk_service(area),
                  created_event=event if event in catalog else None,
                  updated_event=updated if updated in catalog else None,
                  create_required=create_required, create_keys=create_keys,
                  list_required=list_required)
    if area.migration:
        number, head = _migration_head()
        result.migration = (f"{number + 1:04d}_{area.name}", head)
    result.fields, result.typing_uses = object_fields(result)
    if area.test_helpers and not any(f.name == "metadata" for f in result.fields):
        raise Refused(f"the test helper example edits metadata, and {area.type} has none: "
                      "leave out --test-helpers and write endpoints_test_helpers.py by hand")
    return result


# --- the object's fields ---------------------------------------------------------------------


@dataclass
class Field:
    """One field of the object: its wire name, TypedDict type, and the create's value."""

    name: str
    annotation: str
    #: Python source of the value a create gives it
    value: str
    #: the value is a stand-in for Stripe's behaviour, to be replaced
    placeholder: bool = False


class _Shapes:
    """SDK annotations as TypedDict types and default values (JSON-like Python values)."""

    def __init__(self) -> None:
        self.uses: set[str] = set()

    def shape(self, tp: Any, depth: int = 0) -> tuple[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not _NONE]
            expr, value = self._members(members, depth)
            if len(members) < len(args):
                return f"{expr} | None", None
            return expr, value
        if origin is typing.Literal:
            self.uses.add("Literal")
            return "Literal[" + ", ".join(json.dumps(a) for a in args) + "]", args[0]
        if tp in (str, int, float, bool):
            return tp.__name__, tp()
        if tp is Decimal:
            return "str", "0"
        if isinstance(tp, str | typing.ForwardRef):  # another Stripe object, by name
            self.uses.add("Any")
            return "dict[str, Any]", {}
        name = getattr(origin, "__name__", "")
        if name == "UntypedStripeObject":
            if args == (str,):
                return "dict[str, str]", {}
            self.uses.add("Any")
            return "dict[str, Any]", {}
        if name == "ListObject" or (isinstance(tp, type) and tp.__name__ == "ListObject"):
            self.uses.add("Any")
            return "dict[str, Any]", {"object": "list", "data": [], "has_more": False, "url": ""}
        if origin in (list, typing.List):  # noqa: UP006 - the SDK's own spelling
            inner = self.shape(args[0], depth)[0] if args else "Any"
            if "dict" in inner or "|" in inner or "Literal" in inner:
                inner = "Any"
            if inner == "Any":
                self.uses.add("Any")
            return f"list[{inner}]", []
        if origin in (dict, typing.Dict):  # noqa: UP006
            if args == (str, str):
                return "dict[str, str]", {}
            self.uses.add("Any")
            return "dict[str, Any]", {}
        if isinstance(tp, type) and issubclass(tp, StripeObject):
            self.uses.add("Any")
            return "dict[str, Any]", self.defaults(tp, depth + 1)
        self.uses.add("Any")
        return "Any", None

    def _members(self, members: list[Any], depth: int) -> tuple[str, Any]:
        literals = [a for m in members if typing.get_origin(m) is typing.Literal
                    for a in typing.get_args(m)]
        rest = [m for m in members if typing.get_origin(m) is not typing.Literal]
        if literals and rest == [str]:  # an open enum
            return "str", literals[0]
        if literals and not rest:
            self.uses.add("Literal")
            return "Literal[" + ", ".join(json.dumps(a) for a in literals) + "]", literals[0]
        if len(rest) > 1 and rest[0] is str and all(
                isinstance(m, str | typing.ForwardRef) or (
                    isinstance(m, type) and issubclass(m, StripeObject)) for m in rest[1:]):
            self.uses.add("Any")  # an expandable field: an id, or the object
            return "str | dict[str, Any]", ""
        shapes = [self.shape(m, depth) for m in rest]
        parts = list(dict.fromkeys(s[0] for s in shapes))
        if literals:
            parts.insert(0, "str")
        return " | ".join(dict.fromkeys(parts)) or "Any", shapes[0][1] if shapes else None

    def defaults(self, cls: type, depth: int) -> dict[str, Any]:
        """A nested object with every field the SDK declares (None where it may be)."""
        if depth > 6:
            return {}
        return {name: self.shape(tp, depth)[1] for name, tp in sdk_fields(cls).items()}


def sdk_fields(cls: type) -> dict[str, Any]:
    """The wire fields an SDK class declares, with their annotations."""
    remap: dict[str, str] = getattr(cls, "_field_remappings", {})
    return {remap.get(name, name): tp for name, tp in getattr(cls, "__annotations__", {}).items()
            if not name.startswith("_") and not name.isupper() and name != "deleted"}


def _scalar(tp: Any) -> str | None:
    """`str`, `int` or `bool` for a create param a field can copy as is, else None."""
    origin = typing.get_origin(tp)
    members = typing.get_args(tp) if origin in (typing.Union, types.UnionType) else (tp,)
    if any(typing.get_origin(m) is typing.Literal and typing.get_args(m) == ("",)
           for m in members):
        return None  # "" unsets it: not a plain value
    kinds = {("str" if typing.get_origin(m) is typing.Literal else getattr(m, "__name__", ""))
             for m in members if m is not _NONE}
    return kinds.pop() if len(kinds) == 1 and kinds <= {"str", "int", "bool"} else None


def _attr(key: str) -> str:
    """The generated param model's attribute for a wire name (tools/gen_params.py's rule)."""
    reserved = not key.isidentifier() or keyword.iskeyword(key) or hasattr(BaseModel, key)
    return key + "_" if reserved else key


def object_fields(p: Plan) -> tuple[list[Field], set[str]]:
    """The object's fields, in the SDK's order after `id` and `object` (or Stripe's common
    fields when the SDK has no class), and what a create sets each to."""
    a = p.area
    shapes = _Shapes()
    if p.sdk_class is not None:
        declared = sdk_fields(p.sdk_class)
    else:
        declared = {"created": int, "livemode": bool, "metadata": dict[str, str]}
    out = [Field("id", "str", f"ctx.new_id({a.constant}_PREFIX)"),
           Field("object", f'Literal["{a.type}"]', json.dumps(a.type))]
    shapes.uses.add("Literal")
    for name, tp in declared.items():
        if name in ("id", "object"):
            continue
        annotation, value = shapes.shape(tp)
        if name == "created" and annotation == "int":
            out.append(Field(name, annotation, "ctx.now()"))
            continue
        if name == "livemode":
            out.append(Field(name, annotation, "False"))
            continue
        if name == "metadata" and "dict[str, str]" in annotation:
            source = "p.metadata or {}" if "metadata" in p.create_keys else "{}"
            out.append(Field(name, annotation, source))
            continue
        kind = _scalar(p.create_keys[name]) if name in p.create_keys else None
        base = annotation.removesuffix(" | None")
        if kind is not None and base == kind:
            attr = f"p.{_attr(name)}"
            if name in p.create_required or annotation.endswith(" | None"):
                out.append(Field(name, annotation, attr))
            else:
                out.append(Field(name, annotation,
                                 f"{attr} if {attr} is not None else {_py_flat(value)}"))
            continue
        out.append(Field(name, annotation, _py(value, 8, 8 + len(name) + 4),
                         placeholder=value is not None))
    return out, shapes.uses


def _py(value: Any, indent: int, used: int) -> str:
    """`value` (JSON-like) as Python source, on a line indented `indent` where `used`
    columns are taken before it; a dict too long for the rest of the line is exploded."""
    flat = _py_flat(value)
    if used + len(flat) + 2 <= LINE or not isinstance(value, dict) or not value:
        return flat
    pad = " " * (indent + 4)
    items = []
    for k, v in value.items():
        key = f"{pad}{json.dumps(k)}: "
        items.append(f"{key}{_py(v, indent + 4, len(key))},")
    return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"


def _py_flat(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_py_flat(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)}: {_py_flat(v)}" for k, v in value.items()) + "}"


def sample(tp: Any) -> Any:
    """A value of an SDK param type, for a required param of the tests' factory."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not _NONE and not (
            typing.get_origin(a) is typing.Literal and typing.get_args(a) == ("",))]
        literal = next((m for m in members if typing.get_origin(m) is typing.Literal), None)
        return sample(literal if literal is not None else members[0])
    if origin is typing.Literal:
        return args[0]
    if origin is list:
        return [sample(args[0])]
    if origin is dict:
        return {}
    if typing_extensions.is_typeddict(tp):
        gen = _generator()
        required: frozenset[str] = getattr(tp, "__required_keys__", frozenset())
        return {k: sample(gen._strip_qualifiers(h)[0]) for k, h in gen._hints(tp).items()
                if k in required}
    return {str: "example", int: 1, float: 1.0, bool: False}.get(tp, "example")


# --- source text -----------------------------------------------------------------------------


def _from(module: str, names: Iterable[str], comment: str = "") -> str:
    """`from module import a, b` as isort writes it (one line, or one name per line)."""
    def order(n: str) -> tuple[int, str]:
        base = n.split(" as ")[0]
        kind = 0 if base.isupper() and len(base) > 1 else 1 if base[:1].isupper() else 2
        return kind, base

    listed = sorted(dict.fromkeys(names), key=order)
    line = f"from {module} import {', '.join(listed)}" + (f"  {comment}" if comment else "")
    if len(line) <= LINE:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in listed) + ")"


def _section(*statements: str) -> str:
    """One isort section: `import x` lines first, then `from` lines, each sorted."""
    plain = sorted(s for s in statements if s.startswith("import "))
    froms = sorted((s for s in statements if s.startswith("from ")),
                   key=lambda s: (s.split()[1], s.split(" import ", 1)[1].strip("(\n ")))
    return "\n".join(plain + froms)


def _imports(*sections: Iterable[str]) -> str:
    return "\n\n".join(_section(*s) for s in sections if s)


def _call(head: str, args: list[str], tail: str = "", indent: int = 0) -> str:
    """`head(args)tail` on one line if it fits, else one argument per line."""
    pad = " " * indent
    line = f"{pad}{head}({', '.join(args)}){tail}"
    if len(line) <= LINE:
        return line
    inner = "".join(f"{pad}    {a},\n" for a in args)
    return f"{pad}{head}(\n{inner}{pad}){tail}"


def _doc(text: str, indent: int = 0) -> str:
    """A docstring, wrapped to the line length."""
    pad = " " * indent
    paragraphs = text.strip().split("\n\n")
    wrapped = [textwrap.fill(par, width=LINE, initial_indent=pad + ('"""' if i == 0 else ""),
                             subsequent_indent=pad, break_on_hyphens=False,
                             break_long_words=False) for i, par in enumerate(paragraphs)]
    body = "\n\n".join(wrapped)
    if "\n" not in body and len(body) + 3 <= LINE:
        return body + '"""'
    return f'{body}\n{pad}"""'


def _title(a: Area) -> str:
    return " ".join(w.capitalize() if i == 0 else w
                    for i, w in enumerate(a.name.split("_")))


def render_init(p: Plan) -> str:
    a = p.area
    what = words(a.plural)
    doc = _doc(f"{_title(a)}: {what} (`{a.type}`). Scaffolded by `make area`: say here what "
               "the area owns.")
    pkg = f"stripe_emulator.areas.{a.name}"
    lines = [_from(pkg, [a.plural]), _registers(pkg, "endpoints")]
    if a.test_helpers:
        lines.append(_registers(pkg, "endpoints_test_helpers", "_helpers"))
    if a.operator:
        lines.append(_registers(pkg, "endpoints_operator", "_operator"))
    return f'{doc}\n\n{_section(*lines)}\n\n__all__ = ["{a.plural}"]\n'


def _all(names: Iterable[str]) -> str:
    """`__all__ = [...]`, sorted, on one line if it fits."""
    listed = [json.dumps(n) for n in sorted(names)]
    line = f"__all__ = [{', '.join(listed)}]"
    return line if len(line) <= LINE else "__all__ = [\n" + "".join(
        f"    {n},\n" for n in listed) + "]"


def _registers(package: str, module: str, alias: str = "") -> str:
    """The import of a module that registers routes (imported for that alone)."""
    line = f"from {package} import {module} as {alias or '_' + module}  # noqa: F401"
    return line + "  (registers)" if len(line) + 13 <= LINE else line


def render_models(p: Plan) -> str:
    a = p.area
    c = a.constant
    source = (f"the fields of the SDK's `{_sdk_class_name(p)}`, every one present (as "
              "tests/conformance.py checks)" if p.sdk_class is not None else
              "Stripe's common fields (the SDK has no class for it: add the fields Stripe "
              "documents)")
    doc = _doc(f"{_title(a)} object shapes: what the wire shows of {a_(a.object)} "
               f"(`{a.type}`), {source}; its URL and the event types the area emits.")
    constants = [f'{c} = "{a.type}"', f'{c}_URL = "{a.route}"', f'{c}_PREFIX = "{a.prefix}"']
    names = [c, f"{c}_PREFIX", f"{c}_URL", a.camel]
    if p.created_event:
        constants.append(f'{c}_CREATED = "{p.created_event}"')
        names.append(f"{c}_CREATED")
    if p.updated_event and a.test_helpers:
        constants.append(f'{c}_UPDATED = "{p.updated_event}"')
        names.append(f"{c}_UPDATED")
    typing_names = sorted(u for u in p.typing_uses if u in ("Any", "Literal")) + ["TypedDict"]
    head = (f"{doc}\n\nfrom __future__ import annotations\n\n"
            f"from typing import {', '.join(typing_names)}\n\n"
            f"{_all(names)}\n\n")
    if not all(f.name.isidentifier() and not keyword.iskeyword(f.name) for f in p.fields):
        body = "".join(_annotated(f'    "{f.name}": ', f.annotation, ",") for f in p.fields)
        cls = f'{a.camel} = TypedDict("{a.camel}", {{\n{body}}})\n'
    else:
        body = "".join(_annotated(f"    {f.name}: ", f.annotation) for f in p.fields)
        cls = f"class {a.camel}(TypedDict):\n{body}"
    return head + "\n".join(constants) + "\n\n\n" + cls


def _annotated(head: str, annotation: str, tail: str = "") -> str:
    """A field's line; a `Literal[...]` too long for it gets one value a line."""
    line = f"{head}{annotation}{tail}\n"
    if len(line) <= LINE + 1 or not annotation.startswith("Literal["):
        return line
    values, _, rest = annotation.removeprefix("Literal[").partition("]")
    listed = "".join(f"        {v.strip()},\n" for v in values.split(", "))
    return f"{head}Literal[\n{listed}    ]{rest}{tail}\n"


def _sdk_class_name(p: Plan) -> str:
    cls = p.sdk_class
    if cls is None:
        return "stripe.StripeObject"
    ns = p.area.namespace
    public = f"stripe.{ns}.{cls.__name__}" if ns else f"stripe.{cls.__name__}"
    obj: Any = stripe
    for part in public.split(".")[1:]:
        obj = getattr(obj, part, None)
    return public if obj is cls else "stripe.StripeObject"


def _param_class(p: Plan, verb: str) -> str:
    return p.sdk_names[verb].rsplit(".", 1)[-1]


def render_service(p: Plan) -> str:
    a = p.area
    c = a.constant
    create, lst = _param_class(p, "Create"), _param_class(p, "List")
    pkg = f"stripe_emulator.areas.{a.name}"
    events = "emits `" + p.created_event + "`" if p.created_event else \
        "emits no event (Stripe defines no `" + a.type + ".created`)"
    doc = (f"{camel(a.plural)[0]}{words(a.plural)[1:]} (`{a.type}`): create, retrieve, list."
           f"\n\nScaffolded by `make area`. A create {events}; the values marked "
           "`placeholder` stand in for what Stripe sets: replace them with Stripe's "
           "behaviour, and add the object's other operations here, each one function "
           "called by one endpoint.")
    model_names = [a.camel, f"{c}_PREFIX", f"{c}_URL"]
    if p.created_event:
        model_names.append(f"{c}_CREATED")
    params_names = [create, lst]
    stdlib = ["from typing import Any"] if a.operator else []
    first = [_from("stripe_emulator.api.context", ["Context"]),
             _from("stripe_emulator.api.listing", ["ListPage", "list_objects"]),
             _from("stripe_emulator.api.objects", ["Row"]),
             _from(f"{pkg}.sdk_params", params_names)]
    funcs = ["create", "retrieve", f"list_{a.plural}"]
    if a.test_helpers:
        first.append(_from("stripe_emulator.api.params", ["merge_metadata"]))
        first.append(_from(f"{pkg}.params", [f"{a.camel}UpdateMetadataParams"]))
        funcs.append("update_metadata")
        if p.updated_event:
            model_names.append(f"{c}_UPDATED")
    if a.operator:
        funcs.append("count")
    if p.created_event or (a.test_helpers and p.updated_event):
        first.append(_from("stripe_emulator.events", ["emit"]))
    first.append(_from(f"{pkg}.models", model_names))
    head = (f"{_doc(doc)}\n\nfrom __future__ import annotations\n\n"
            f"{_imports(stdlib, first)}\n\n"
            f"{_all(funcs)}\n")
    var = a.object.rsplit("_", 1)[-1]
    var = var if var not in ("p", "ctx") else "obj"
    lines = []
    for f in p.fields:
        entry = f'        "{f.name}": {f.value},'
        if len(entry) > LINE and "\n" not in entry:
            entry = f'        "{f.name}": (\n            {f.value}\n        ),'
        if f.placeholder and "\n" not in entry and len(entry) + 15 <= LINE:
            entry += "  # placeholder"
        elif f.placeholder:
            entry = f"        # placeholder:\n{entry}"
        lines.append(entry)
    created_at = ("created=" + var + '["created"]'
                  if any(f.name == "created" and f.value == "ctx.now()" for f in p.fields)
                  else "created=ctx.now()")
    create_doc = f"Create {a_(a.object)}" + (
        f" (`{p.created_event}`)." if p.created_event else ".")
    body = [
        "",
        "",
        _call("async def create", ["ctx: Context", f"p: {create}"], f" -> {a.camel}:"),
        _doc(create_doc, 4),
        f"    {var}: {a.camel} = {{",
        *lines,
        "    }",
        f"    await ctx.objects.insert(dict({var}), {created_at})",
    ]
    if p.created_event:
        body.append(f"    await emit(ctx, {c}_CREATED, dict({var}))")
    body += [
        f"    return {var}",
        "",
        "",
        _call("async def retrieve", ["ctx: Context", f"{a.path_param}_id: str"], " -> Row:"),
        _doc(f"{a_(a.object).capitalize()} of the account; another account's is not found (404).",
             4),
        f"    return await ctx.objects.load_row({a.camel}, {a.path_param}_id)",
        "",
        "",
        _call(f"async def list_{a.plural}", ["ctx: Context", f"p: {lst}"], " -> ListPage:"),
        _doc(f"The account's {words(a.plural)}, newest first.", 4),
        f"    return await list_objects(ctx, {a.camel}, p, url={c}_URL)",
    ]
    if a.test_helpers:
        prev = "before" if any(f.name == "metadata" and f.annotation.endswith("None")
                               for f in p.fields) else None
        current = 'before["metadata"] or {}' if prev else 'before["metadata"]'
        body += [
            "",
            "",
            _call("async def update_metadata",
                  ["ctx: Context", f"{a.path_param}_id: str",
                   f"p: {a.camel}UpdateMetadataParams"], f" -> {a.camel}:"),
            _doc("Test helper (an example to replace): merge `metadata` into the "
                 f"{words(a.object)}'s as an update does (`\"\"` clears a key, or all), and "
                 + (f"emit `{p.updated_event}` with the previous metadata."
                    if p.updated_event else "save it."), 4),
            f"    before = await ctx.objects.load({a.camel}, {a.path_param}_id)",
            "    after = before.copy()",
            _call('    after["metadata"] = merge_metadata',
                  [current, "p.metadata", 'sent=p.sent("metadata")']),
            "    if after != before:",
            "        await ctx.objects.save(after)",
        ]
        if p.updated_event:
            body.append(_call("await emit", ["ctx", f"{c}_UPDATED", "dict(after)",
                                             'previous_attributes={"metadata": '
                                             'before["metadata"]}'], indent=8))
        body.append("    return after")
    if a.operator:
        body += [
            "",
            "",
            _call("async def count", ["ctx: Context"], " -> dict[str, Any]:"),
            _doc(f"Operator route (an example to replace): how many {words(a.plural)} the "
                 "account has.", 4),
            f'    return {{"object": "emulator.{a.object}_count",',
            f'            "count": await ctx.objects.count({a.camel})}}',
        ]
    return head + "\n".join(line if "\n" in line else _fit(line) for line in body) + "\n"


def _endpoint(method: str, path: str, params: str, sdk: str | None, returns: str,
              name: str, args: list[str], doc: str, call: str) -> str:
    deco = [json.dumps(method), json.dumps(path), f"params={params}"]
    if sdk:
        deco.append(f"sdk={json.dumps(sdk)}")
    deco.append(f"returns={json.dumps(returns)}")
    ret = "ListPage" if name.startswith("list_") else "Any"
    return "\n".join([
        _call("@endpoint", deco),
        _call(f"async def {name}", ["ctx: Context", f"params: {params}", *args],
              f" -> {ret}:"),
        _doc(doc, 4),
        f"    return await {call}",
    ])


def render_endpoints(p: Plan) -> str:
    a = p.area
    pkg = f"stripe_emulator.areas.{a.name}"
    create, retrieve, lst = (_param_class(p, v) for v in ("Create", "Retrieve", "List"))
    doc = _doc(f"{_title(a)} endpoints: the path, the params, one service call each.")
    imports = _imports(
        ["from typing import Any"],
        [_from("stripe_emulator.api.context", ["Context"]),
         _from("stripe_emulator.api.listing", ["ListPage"]),
         _from("stripe_emulator.api.registry", ["endpoint"]),
         _from(pkg, [a.plural]),
         _from(f"{pkg}.sdk_params", [create, retrieve, lst])])
    s = p.sdk_names
    pid = a.path_param
    parts = [
        _endpoint("POST", a.route, create, s["Create"], a.type, f"create_{a.object}", [],
                  f"Create {a_(a.object)}.", f"{a.plural}.create(ctx, params)"),
        _endpoint("GET", f"{a.route}/{{{pid}}}", retrieve, s["Retrieve"], a.type,
                  f"retrieve_{a.object}", [f"{pid}: str"], f"Retrieve {a_(a.object)}.",
                  f"{a.plural}.retrieve(ctx, {pid})"),
        _endpoint("GET", a.route, lst, s["List"], a.type, f"list_{a.plural}", [],
                  f"List all {words(a.plural)}.", f"{a.plural}.list_{a.plural}(ctx, params)"),
    ]
    return (f"{doc}\n\nfrom __future__ import annotations\n\n{imports}\n\n\n"
            + "\n\n\n".join(parts) + "\n")


def render_test_helpers(p: Plan) -> str:
    a = p.area
    pkg = f"stripe_emulator.areas.{a.name}"
    params = f"{a.camel}UpdateMetadataParams"
    doc = _doc(
        f"{_title(a)} test helpers (`{a.helpers_route}/...`): what happens to "
        f"{words(a.plural)} outside the API in live mode (a customer's action, a review, "
        "time passing), driven from code. Same rules as `endpoints.py`: the path, the params, "
        "one service call. Stripe's own helpers name the SDK's params with `sdk=` (the "
        "generated `sdk_params.py`); a helper Stripe lacks names none and takes a model "
        "from `params.py`.\n\n"
        "`update_metadata` is an example (load, change, save, emit with "
        "`previous_attributes`): replace it with the area's first real driver.")
    imports = _imports(
        ["from typing import Any"],
        [_from("stripe_emulator.api.context", ["Context"]),
         _from("stripe_emulator.api.registry", ["endpoint"]),
         _from(pkg, [a.plural]),
         _from(f"{pkg}.params", [params])])
    pid = a.path_param
    part = _endpoint("POST", f"{a.helpers_route}/{{{pid}}}/update_metadata", params, None,
                     a.type, f"update_{a.object}_metadata", [f"{pid}: str"],
                     f"Merge metadata into {a_(a.object)} (an example helper).",
                     f"{a.plural}.update_metadata(ctx, {pid}, params)")
    return f"{doc}\n\nfrom __future__ import annotations\n\n{imports}\n\n\n{part}\n"


def render_operator(p: Plan) -> str:
    a = p.area
    pkg = f"stripe_emulator.areas.{a.name}"
    params = f"{a.camel}CountParams"
    doc = _doc(
        f"{_title(a)} operator routes (`/_emulator/...`, the account's secret key): our "
        "controls and views of the area, not Stripe's API (no `sdk=`, params from "
        "`params.py`, no restricted-key permission). Same rules as `endpoints.py`.\n\n"
        f"`GET {a.operator_route}` is an example: replace it with what an operator of "
        "this area needs to see or do.")
    imports = _imports(
        ["from typing import Any"],
        [_from("stripe_emulator.api.context", ["Context"]),
         _from("stripe_emulator.api.registry", ["endpoint"]),
         _from(pkg, [a.plural]),
         _from(f"{pkg}.params", [params])])
    deco = _call("@endpoint", [json.dumps("GET"), json.dumps(a.operator_route),
                               f"params={params}"])
    part = "\n".join([
        deco,
        _call(f"async def count_{a.plural}", ["ctx: Context", f"params: {params}"],
              " -> dict[str, Any]:"),
        _doc(f"How many {words(a.plural)} the account has.", 4),
        f"    return await {a.plural}.count(ctx)",
    ])
    return f"{doc}\n\nfrom __future__ import annotations\n\n{imports}\n\n\n{part}\n"


def render_params(p: Plan) -> str:
    a = p.area
    doc = _doc("Param models written by hand, closed like every other (unknown params are "
               "refused): routes the SDK does not describe (the area's own test helpers and "
               "operator routes), or a generated model narrowed or widened.")
    classes = []
    names = []
    if a.test_helpers:
        names += ["Annotated"]
        classes.append(f"class {a.camel}UpdateMetadataParams(Params):\n"
                       "    expand: list[str] | None = None\n"
                       "    metadata: Annotated[Metadata | None, EMPTYABLE] = None\n")
    if a.operator:
        classes.append(f"class {a.camel}CountParams(Params):\n    pass\n")
    api = ["EMPTYABLE", "Metadata", "Params"] if a.test_helpers else ["Params"]
    imports = _imports(["from typing import Annotated"] if names else [],
                       [_from("stripe_emulator.api.params", api)])
    return (f"{doc}\n\nfrom __future__ import annotations\n\n{imports}\n\n\n"
            + "\n\n".join(classes))


def render_migration(p: Plan) -> str:
    a = p.area
    assert p.migration is not None
    revision, down = p.migration
    intro = _doc(
        f"{_title(a)}: partial expression indexes for the area's hot filters (none yet)."
        f'\n\n`store.indexes.CREATED_BY["{revision}"]` lists what this migration creates. '
        f"To serve a list filtered by a document field (`GET {a.route}?customer=...`), "
        "declare its index there before the migration is released, e.g.")
    outro = _doc(
        "Keys are plain columns or `$field.path` document fields: the filtered ones, then "
        '`created` and `seq` (list order); the service\'s `Filter("customer", ...)` then '
        "uses it. `store.tables` lists every `CREATED_BY` index at head, and "
        "tests/rules/test_schema_matches_migrations.py checks that both databases build "
        "exactly that. Once released, the entry is frozen: a later change is a new "
        f"migration.\n\nRevision ID: {revision}")
    example = (f'    ObjectIndex("objects_{a.object}_customer",\n'
               f'                "{a.type}",\n'
               '                ("account", "$customer", "created", "seq")),\n')
    doc = intro.removesuffix('"""') + "\n" + example + "\n" + outro.removeprefix('"""') + "\n"
    return (doc + "\nfrom __future__ import annotations\n\nfrom alembic import op\n\n"
            "from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, "
            "drop_object_indexes\n\n"
            f'revision = "{revision}"\ndown_revision = "{down}"\nbranch_labels = None\n'
            "depends_on = None\n\n\n"
            "def upgrade() -> None:\n    create_object_indexes(op, CREATED_BY[revision])\n\n\n"
            "def downgrade() -> None:\n    drop_object_indexes(op, CREATED_BY[revision])\n")


def render_overlay(p: Plan) -> str:
    """SDK-shaped TypedDicts for the params neither the SDK nor the overlay has."""
    a = p.area
    header = textwrap.fill(
        f"--- {_title(a)}: {a.type} (scaffolded by tools/new_area.py: stripe=={stripe.VERSION} "
        "has no params for it). The least a create, a retrieve and a list take: write "
        "Stripe's params here as Stripe documents them.", width=LINE - 2)
    out = ["\n".join(f"# {line}" for line in header.splitlines()) + "\n"]
    for name in p.overlay_added:
        cls = name.rsplit(".", 1)[-1]
        verb = next(v for v in ("Create", "Retrieve", "List") if cls.endswith(f"{v}Params"))
        path = {"Create": f"POST {a.route}", "Retrieve": f"GET {a.route}/{{{a.path_param}}}",
                "List": f"GET {a.route}"}[verb]
        if verb == "List":
            out.append(f"class {cls}Created(TypedDict):\n    gt: NotRequired[int]\n"
                       "    gte: NotRequired[int]\n    lt: NotRequired[int]\n"
                       "    lte: NotRequired[int]\n")
            body = (f"    created: NotRequired[{cls}Created | int]\n"
                    "    ending_before: NotRequired[str]\n    expand: NotRequired[list[str]]\n"
                    "    limit: NotRequired[int]\n    starting_after: NotRequired[str]\n")
        elif verb == "Create":
            body = ("    expand: NotRequired[list[str]]\n"
                    "    metadata: NotRequired[dict[str, str]]\n")
        else:
            body = "    expand: NotRequired[list[str]]\n"
        out.append(f'class {cls}(RequestOptions):\n    """`{path}`."""\n\n{body}')
    return "\n\n".join(out) + "\n\n"


def render_conftest(p: Plan) -> str:
    a = p.area
    ret = _sdk_class_name(p) if p.sdk_service else "stripe.StripeObject"
    params = {k: sample(v) for k, v in p.create_required.items()}
    doc = _doc(f"Factories for {words(a.name)} objects, through the official SDK"
               + (" (its `raw_request`: the SDK has no resource for them)."
                  if not p.sdk_service else "."))
    head = (f"{doc}\n\nfrom __future__ import annotations\n\nfrom typing import Any\n\n"
            "import stripe\n\n")
    sig = _call(f"def create_{a.object}",
                ["client: stripe.StripeClient", "**overrides: Any"], f" -> {ret}:")
    lines = [sig,
             _doc(f"{a_(a.object).capitalize()} made through the API; `overrides` are create "
                  "params.", 4),
             f"    params: dict[str, Any] = {_py(params, 4, 28)}",
             "    params.update(overrides)"]
    if p.sdk_service:
        lines.append(f"    return {p.sdk_service}.create(params)  # type: ignore[arg-type]")
        return head + "\n" + "\n".join(lines) + "\n"
    url = f"{a.constant}_URL"
    lines.append(_fit(f'    return _request(client, "post", {url}, **params)'))
    extra = [
        "",
        "",
        _call(f"def retrieve_{a.object}",
              ["client: stripe.StripeClient", "object_id: str"], " -> stripe.StripeObject:"),
        _doc(f"{a_(a.object).capitalize()}, by id.", 4),
        _fit(f'    return _request(client, "get", f"{{{url}}}/{{object_id}}")'),
        "",
        "",
        _call(f"def list_{a.plural}",
              ["client: stripe.StripeClient", "**params: Any"], " -> stripe.StripeObject:"),
        _doc("A list page (`data`, `has_more`, `url`).", 4),
        _fit(f'    return _request(client, "get", {url}, **params)'),
        "",
        "",
        _call("def _request", ["client: stripe.StripeClient", "method: str", "url: str",
                               "**params: Any"], " -> stripe.StripeObject:"),
        '    """One request through the SDK\'s `raw_request`, answered with the SDK\'s object."""',
        '    return client.deserialize(client.raw_request(method, url, **params), api_mode="V1")',
    ]
    return (head + f'{url} = "{a.route}"\n\n\n' + "\n".join(lines + extra) + "\n")


def render_tests(p: Plan) -> str:
    a = p.area
    c = a.constant
    sdk = p.sdk_service
    by = "the official SDK" if sdk else "the official SDK's `raw_request`"
    doc = _doc(f"{camel(a.plural)[0]}{words(a.plural)[1:]} (`{a.type}`) through {by}: a "
               "create and retrieve round trip, lists newest first with cursors, another "
               "account seeing none of them, and the object's shape. Scaffolded by "
               "`make area`: add the area's behaviour as it is built.")
    conftest = f"tests.api.{a.name}.conftest"
    factory = f"create_{a.object}"
    helpers = [factory] if sdk else [f"{c}_URL", factory, f"list_{a.plural}",
                                     f"retrieve_{a.object}"]
    first = [_from("stripe_emulator.testing", ["Account"]), _from(conftest, helpers)]
    if p.sdk_class is not None:
        first.append(_from("tests.conformance", ["assert_conforms"]))
    third = ["import pytest", "import stripe"]
    if a.test_helpers or a.operator:
        third.append("import httpx")
    head = (f"{doc}\n\nfrom __future__ import annotations\n\n"
            f"{_imports(third, first)}\n")
    url = json.dumps(a.route) if sdk else f"{c}_URL"
    # a list's required params (none, mostly), as Python source like the others
    required = {k: _py_flat(sample(v)) for k, v in p.list_required.items()}

    def lst(client: str, **sources: str) -> str:
        """A list call; `sources` are params as Python source."""
        args = {**required, **sources}
        if sdk:
            listed = ", ".join(f"{json.dumps(k)}: {v}" for k, v in args.items())
            return f"{client}.v1.{sdk.split('.', 2)[2]}.list({'{' + listed + '}' if args else ''})"
        return f"list_{a.plural}({client}" + "".join(f", {k}={v}" for k, v in args.items()) + ")"

    def get(client: str, ref: str) -> str:
        if sdk:
            return f"{client}.v1.{sdk.split('.', 2)[2]}.retrieve({ref})"
        return f"retrieve_{a.object}({client}, {ref})"

    has_meta = "metadata" in p.create_keys and any(f.name == "metadata" for f in p.fields)
    has_live = any(f.name == "livemode" for f in p.fields)
    make = f'{factory}(client, metadata={{"order": "6735"}})' if has_meta else \
        f"{factory}(client)"
    fields = [f.name for f in p.fields]
    tests = [
        _test("test_create_and_retrieve", ["client: stripe.StripeClient"], [
            f"made = {make}",
            f'assert made.id.startswith("{a.prefix}_")',
            *([f'assert (made.object, made.livemode) == ("{a.type}", False)'] if has_live
              else [f'assert made.object == "{a.type}"']),
            *(['assert made.metadata.to_dict() == {"order": "6735"}'] if has_meta else []),
            f"got = {get('client', 'made.id')}",
            "assert got.to_dict() == made.to_dict()",
        ]),
        _test("test_retrieve_unknown", ["client: stripe.StripeClient"], [
            "with pytest.raises(stripe.InvalidRequestError) as e:",
            f'    {get("client", json.dumps(a.prefix + "_nope"))}',
            "assert (e.value.http_status, e.value.code, e.value.param) == "
            '(404, "resource_missing", "id")',
        ]),
    ]
    if p.created_event:
        tests.append(_test("test_created_event", ["client: stripe.StripeClient"], [
            f"made = {factory}(client)",
            f'events = client.v1.events.list({{"type": "{p.created_event}"}}).data',
            "assert [e.data.object.id for e in events] == [made.id]",
        ]))
    tests += [
        _test("test_list_newest_first_with_cursors", ["client: stripe.StripeClient"], [
            f"made = [{factory}(client).id for _ in range(3)]",
            f"page = {lst('client', limit='2')}",
            "assert [o.id for o in page.data] == [made[2], made[1]]",
            f"assert page.has_more and page.url == {url}",
            f"rest = {lst('client', limit='2', starting_after='page.data[-1].id')}",
            "assert [o.id for o in rest.data] == [made[0]] and not rest.has_more",
            f"newer = {lst('client', ending_before='made[0]')}",
            "assert [o.id for o in newer.data] == [made[2], made[1]]",
        ]),
        _test("test_another_account_sees_none",
              ["client: stripe.StripeClient", "account: Account"], [
                  f"made = {factory}(client)",
                  "other = account.server.new_account().client(max_network_retries=0)",
                  "with pytest.raises(stripe.InvalidRequestError) as e:",
                  f"    {get('other', 'made.id')}",
                  "assert (e.value.http_status, e.value.code, e.value.param) == "
                  '(404, "resource_missing", "id")',
                  f"assert {lst('other')}.data == []",
              ]),
    ]
    if p.sdk_class is not None:
        tests.append(_test("test_the_object_is_the_sdks", ["client: stripe.StripeClient"], [
            f"made = {factory}(client)",
            "assert_conforms(made)",
            f"assert_conforms({lst('client')}.data[0])",
        ]))
    else:
        tests.append(_test("test_the_objects_fields", ["client: stripe.StripeClient"], [
            "# The SDK has no class to check it against: these are models.py's fields.",
            f"made = {factory}(client)",
            f"assert list(made.to_dict()) == {_py_flat(fields)}",
        ]))
    if a.test_helpers:
        body = [
            f'made = {factory}(client, metadata={{"a": "1", "b": "2"}})',
            f'r = http.post(f"{a.helpers_route}/{{made.id}}/update_metadata",',
            '              data={"metadata[b]": "", "metadata[c]": "3"})',
            "assert r.status_code == 200, r.text",
            'assert r.json()["metadata"] == {"a": "1", "c": "3"}',
            f'got = {get("client", "made.id")}',
            'assert got.metadata.to_dict() == {"a": "1", "c": "3"}',
        ]
        if p.updated_event:
            body += [f'events = client.v1.events.list({{"type": "{p.updated_event}"}}).data',
                     'assert [e.data.previous_attributes.metadata.to_dict() for e in events] '
                     '== [{"a": "1", "b": "2"}]']
        tests.append(_test("test_helper_updates_metadata",
                           ["client: stripe.StripeClient", "http: httpx.Client"], body))
    if a.operator:
        tests.append(_test("test_operator_count",
                           ["client: stripe.StripeClient", "http: httpx.Client"], [
                               f"{factory}(client)",
                               f"{factory}(client)",
                               f'r = http.get("{a.operator_route}")',
                               "assert r.status_code == 200, r.text",
                               'assert r.json()["count"] == 2',
                           ]))
    return head + "".join(tests)


def _test(name: str, args: list[str], body: list[str]) -> str:
    sig = _call(f"def {name}", args, " -> None:")
    return "\n\n" + sig + "\n" + "\n".join(_fit(f"    {line}") for line in body) + "\n"


def _fit(line: str) -> str:
    """A statement too long for one line, broken after the first `(` that makes both
    halves fit (the scaffold's statements hold no parenthesis inside a string)."""
    if len(line) <= LINE:
        return line
    indent = len(line) - len(line.lstrip()) + 4
    for at in (i for i, ch in enumerate(line) if ch == "("):
        head, tail = line[:at + 1], " " * indent + line[at + 1:]
        if len(head) <= LINE and len(tail) <= LINE:
            return head + "\n" + tail
    return line


# --- edits of existing files ------------------------------------------------------------------


def _insert_sorted(text: str, start: str, end: str, line: str, *,
                   key: Callable[[str], Any] = lambda k: k, where: str = "") -> str:
    """Insert `line` (`    "key"...`) into the block that opens with the line `start`
    (after the text `where`, if given) and closes with the line `end`, in key order;
    comment lines stay with the entry below them."""
    lines = text.split("\n")
    offset = text.index(where) if where else 0
    first = text[:offset].count("\n")
    open_at = next(i for i in range(first, len(lines)) if lines[i] == start)
    close_at = next(i for i in range(open_at + 1, len(lines)) if lines[i] == end)
    new_key = re.match(r'\s+"([^"]+)"', line)
    assert new_key is not None, line
    at = close_at
    for i in range(open_at + 1, close_at):
        found = re.match(r'    "([^"]+)"', lines[i])
        if found and key(found.group(1)) > key(new_key.group(1)):
            at = i
            while lines[at - 1].lstrip().startswith("#") and at - 1 > open_at:
                at -= 1
            break
    lines.insert(at, line)
    return "\n".join(lines)


def _has_entry(text: str, start: str, end: str, entry: str) -> bool:
    block = text[text.index(start):]
    block = block[:block.index("\n" + end + "\n")]
    return re.search(rf'^    "{re.escape(entry)}"', block, re.M) is not None


def edit_app(text: str, a: Area) -> str:
    return _insert_sorted(text, "AREAS = (", ")", f'    "{a.name}",')


def edit_pyproject(text: str, a: Area) -> str:
    out = _insert_sorted(text, "modules = [", "]", f'    "stripe_emulator.areas.{a.name}",',
                         where='type = "independence"')
    tomllib.loads(out)  # still TOML
    return out


def edit_permissions(text: str, a: Area) -> tuple[str, list[str]]:
    """The resource and its routes, where missing; what was added."""
    added = []
    res_start, routes_start = "RESOURCES: dict[str, Permission] = {", "ROUTES: dict[str, str] = {"
    if not _has_entry(text, res_start, "}", a.resource):
        text = _insert_sorted(text, res_start, "}",
                              f'    "{a.resource}": Permission("{a.permission}"),')
        added.append(f"RESOURCES[{a.resource!r}]")
    routes = [a.route] + ([a.helpers_route] if a.test_helpers else [])
    for route in routes:
        if not _has_entry(text, routes_start, "}", route):
            text = _insert_sorted(text, routes_start, "}", f'    "{route}": "{a.resource}",')
            added.append(f"ROUTES[{route!r}]")
    return text, added


def edit_indexes(text: str, revision: str, a: Area) -> str:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("CREATED_BY:"))
    close = next(i for i in range(start, len(lines)) if lines[i] == "}")
    lines[close:close] = [
        f'    "{revision}": (',
        f"        # {_title(a)}: none yet. Declare an index here (the migration's docstring",
        "        # says how), before the migration is released.",
        "    ),",
    ]
    return "\n".join(lines)


def edit_overlay(text: str, p: Plan) -> str:
    marker = "#: `sdk=` name -> TypedDict"
    at = text.index(marker) if marker in text else text.index("PARAMS: dict[str, type] = {")
    text = text[:at] + render_overlay(p) + text[at:]
    for name in p.overlay_added:
        cls = name.rsplit(".", 1)[-1]
        text = _insert_sorted(text, "PARAMS: dict[str, type] = {", "}",
                              f'    "{name}": {cls},')
        text = _insert_sorted(text, "__all__ = [", "]", f'    "{cls}",',
                              key=lambda k: (not k.isupper(), k))
    return text


# --- writing ---------------------------------------------------------------------------------


class Changes:
    """Files written, each undone if the command fails half-way."""

    def __init__(self) -> None:
        self.originals: dict[Path, str | None] = {}
        self.dirs: list[Path] = []

    def mkdir(self, path: Path) -> None:
        path.mkdir(parents=False)
        self.dirs.append(path)

    def write(self, path: Path, text: str) -> None:
        if path.exists() and path.read_text("utf-8") == text:
            return  # nothing to add (the route's permission row was there already)
        if path not in self.originals:
            self.originals[path] = path.read_text("utf-8") if path.exists() else None
        path.write_text(text, encoding="utf-8")

    def expect(self, path: Path) -> None:
        """A file another program is about to write."""
        self.originals.setdefault(path, path.read_text("utf-8") if path.exists() else None)

    def undo(self) -> None:
        for path, original in self.originals.items():
            if original is None:
                path.unlink(missing_ok=True)
            else:
                path.write_text(original, encoding="utf-8")
        for d in reversed(self.dirs):
            for leftover in sorted(d.rglob("*"), reverse=True):  # caches tools left
                leftover.rmdir() if leftover.is_dir() else leftover.unlink()
            d.rmdir()

    def report(self) -> tuple[list[str], list[str]]:
        made = [_rel(p) for p, o in self.originals.items() if o is None]
        changed = [_rel(p) for p, o in self.originals.items() if o is not None]
        return made, changed


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def scaffold(p: Plan) -> Changes:
    """Write everything `p` decided; on failure, undo and re-raise."""
    changes = Changes()
    try:
        _write_all(p, changes)
    except BaseException:
        changes.undo()
        raise
    return changes


def _write_all(p: Plan, changes: Changes) -> None:
    a = p.area
    area_dir = AREAS / a.name
    changes.mkdir(area_dir)
    changes.write(area_dir / "__init__.py", render_init(p))
    changes.write(area_dir / "models.py", render_models(p))
    changes.write(area_dir / f"{a.plural}.py", render_service(p))
    changes.write(area_dir / "endpoints.py", render_endpoints(p))
    if a.test_helpers or a.operator:
        changes.write(area_dir / "params.py", render_params(p))
    if a.test_helpers:
        changes.write(area_dir / "endpoints_test_helpers.py", render_test_helpers(p))
    if a.operator:
        changes.write(area_dir / "endpoints_operator.py", render_operator(p))
    test_dir = TESTS / a.name
    changes.mkdir(test_dir)
    changes.write(test_dir / "__init__.py", "")
    changes.write(test_dir / "conftest.py", render_conftest(p))
    changes.write(test_dir / f"test_{a.plural}.py", render_tests(p))

    app = PACKAGE / "app.py"
    changes.write(app, edit_app(app.read_text("utf-8"), a))
    perms = PACKAGE / "api" / "permissions.py"
    text, _ = edit_permissions(perms.read_text("utf-8"), a)
    changes.write(perms, text)
    pyproject = ROOT / "pyproject.toml"
    changes.write(pyproject, edit_pyproject(pyproject.read_text("utf-8"), a))
    if p.overlay_added:
        changes.write(OVERLAY, edit_overlay(OVERLAY.read_text("utf-8"), p))
    if p.migration is not None:
        revision, _ = p.migration
        changes.write(MIGRATIONS / f"{revision}.py", render_migration(p))
        indexes = PACKAGE / "store" / "indexes.py"
        changes.write(indexes, edit_indexes(indexes.read_text("utf-8"), revision, a))

    changes.expect(area_dir / "sdk_params.py")
    done = subprocess.run([sys.executable, str(GENERATOR)], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"tools/gen_params.py failed:\n{done.stdout}{done.stderr}")


#: What the Makefile's `venv` target compares with pyproject.toml to decide on a reinstall.
_VENV_STAMP = ROOT / ".venv" / "bin" / "stripe-emulator"


def _venv_current() -> bool:
    pyproject = ROOT / "pyproject.toml"
    return _VENV_STAMP.exists() and _VENV_STAMP.stat().st_mtime >= pyproject.stat().st_mtime


def summary(p: Plan, changes: Changes) -> str:
    a = p.area
    made, changed = changes.report()
    params = ("the SDK's" if not p.overlay_added and all(
        _sdk_typeddict(n) is not None for n in p.sdk_names.values())
              else "tools/sdk_overlay.py's (preview API)" if not p.overlay_added
              else "new in tools/sdk_overlay.py (neither the SDK nor the overlay had them)")
    lines = [f"Made the {a.name} area: {a.type} at {a.route} (ids {a.prefix}_...).",
             "",
             "Created:", *(f"  {m}" for m in made),
             "Changed:", *(f"  {c}" for c in changed),
             "",
             f"Params: {params}: " + ", ".join(p.sdk_names.values()) + ".",
             "Object: " + ("the SDK's " + _sdk_class_name(p) + " fields" if p.sdk_class
                           else "Stripe's common fields (the SDK has no class)") + ".",
             "Events: " + (p.created_event or f"none (Stripe defines no {a.type}.created)")
             + ".",
             "Tests: " + ("through the SDK's " + p.sdk_service if p.sdk_service else
                          "through client.raw_request (the SDK has no resource for it)") + ".",
             "",
             "Next:",
             f"  - Replace the `placeholder` values in areas/{a.name}/{a.plural}.py with "
             "Stripe's behaviour;",
             f"    say what the area owns in areas/{a.name}/__init__.py.",
             "  - Each further operation: an @endpoint naming its sdk= params in endpoints.py,",
             f"    one function in {a.plural}.py; `make params` writes its params model.",
             ]
    if p.overlay_added:
        lines.append("  - Write Stripe's params into tools/sdk_overlay.py (the stand-ins take "
                     "metadata and expand).")
    if p.migration:
        lines.append(f"  - Index the area's filtered lists: CREATED_BY[{p.migration[0]!r}] in "
                     "store/indexes.py.")
    lines.append(f"  - Check: .venv/bin/python -m pytest -q tests/api/{a.name} && make lint")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Scaffold a new product area (`make area NAME=...`).")
    parser.add_argument("--name", default="", help="the area's package name (snake_case)")
    parser.add_argument("--object", default=None, dest="obj",
                        help="its first object's singular snake_case name "
                             "(default: NAME's singular)")
    parser.add_argument("--route", default=None,
                        help="the object's collection path (default: /v1/<plural> when NAME "
                             "is the plural, else /v1/<name>/<plural>)")
    parser.add_argument("--prefix", default=None, help="the object's id prefix (default: "
                        "its initials, `vs` for verification_session)")
    parser.add_argument("--test-helpers", action="store_true",
                        help="add endpoints_test_helpers.py with one example helper")
    parser.add_argument("--operator", action="store_true",
                        help="add endpoints_operator.py with one example operator route")
    parser.add_argument("--migration", action="store_true",
                        help="add a migration stub and its empty CREATED_BY entry")
    args = parser.parse_args(argv)
    try:
        area = area_from(args.name, args.obj, args.route, args.prefix,
                         test_helpers=args.test_helpers, operator=args.operator,
                         migration=args.migration)
        decided = plan(area)
    except Refused as exc:
        print(f"make area: {exc}", file=sys.stderr)
        return 2
    current = _venv_current()
    changes = scaffold(decided)
    if current:
        # pyproject.toml changed in its import contracts, not its dependencies: the venv
        # is as current as it was, and `make` need not reinstall it.
        _VENV_STAMP.touch()
    print(summary(decided, changes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
