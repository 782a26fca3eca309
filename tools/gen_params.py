"""Generate every generated module of the server from the pinned SDK: `make params`.

Two kinds of module are generated, and none is ever edited by hand:

- `areas/<area>/sdk_params.py` and `events/sdk_params.py` (or any other top-level package
  whose endpoints name SDK params): pydantic param models, one per `sdk=` name of the
  package's `@endpoint(...)` declarations, with the nested models they use. The registry
  is the manifest: the names are read from the endpoint modules' source (with `ast`,
  never importing the app, so a stale or broken generated module cannot block its own
  regeneration), and each is looked up in the SDK's `stripe.params` (dotted names
  such as `climate.OrderCreateParams` too) or, for preview APIs the SDK lacks, in
  tools/sdk_overlay.py.
- `events/catalog_sdk.py`: every event type Stripe defines, i.e. the SDK's
  `WebhookEndpointCreateParams.enabled_events` enum without `*`, plus the overlay's
  preview types.

The SDK's `*Params` TypedDicts list every parameter (name, nesting, type, enum values,
which accept "" to unset), so validation, our OpenAPI document and the SDK cannot drift
apart. Translation rules: `Literal['']|X` becomes `Annotated[X | None, EMPTYABLE]` ("" unsets
it); an open enum `Literal[...]|str` becomes the closed `Literal[...]` (Stripe validates
enums); `metadata` becomes the shared `Metadata` type with Stripe's limits; RequestOptions
keys (api_key, idempotency_key...) are client-side and left out of a request's model.

Usage (from the repository root):

    .venv/bin/python tools/gen_params.py            # write every generated module
    .venv/bin/python tools/gen_params.py --check    # exit 1 if any is stale (writes nothing)

Output is deterministic: areas, names and event types are sorted; a model the SDK shares
between endpoints of one package is emitted once. tests/rules/test_generated_fresh.py
regenerates everything in memory and fails when a committed file differs.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import decimal
import importlib.util
import keyword
import sys
import textwrap
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import stripe
import stripe.params as sdk_params
import typing_extensions
from pydantic import BaseModel
from stripe._request_options import RequestOptions
from stripe._stripe_context import StripeContext

__all__ = [
    "CATALOG_MODULE",
    "GENERATED_MARK",
    "PACKAGE",
    "Package",
    "expected_outputs",
    "main",
    "manifest",
    "overlay_event_types",
    "overlay_params",
    "problems",
    "render_catalog",
    "render_params",
    "resolve",
    "sdk_event_types",
    "sdk_version",
    "write",
]

ROOT = Path(__file__).resolve().parent.parent
#: The package the generated modules live in.
PACKAGE = ROOT / "src" / "stripe_emulator"
OVERLAY = Path(__file__).resolve().with_name("sdk_overlay.py")
COMMAND = "make params"
#: The first line of every generated module; how stale ones are recognised.
GENERATED_MARK = "# GENERATED FILE: do not edit."
PARAMS_MODULE = "sdk_params.py"
CATALOG_MODULE = Path("events") / "catalog_sdk.py"
LINE_LENGTH = 100

_CLIENT_SIDE = frozenset(RequestOptions.__annotations__)
_NONE = type(None)
_NOT_REQUIRED = (typing.NotRequired, typing_extensions.NotRequired)
_REQUIRED = (typing.Required, typing_extensions.Required)


# --- inputs: the SDK and the overlay ------------------------------------------------------


def sdk_version() -> str:
    return str(stripe.VERSION)


def _overlay() -> types.ModuleType:
    """tools/sdk_overlay.py, loaded by path (tools/ is not a package)."""
    name = "stripe_emulator_sdk_overlay"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, OVERLAY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {OVERLAY}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # typing.get_type_hints looks the module up by name
    spec.loader.exec_module(module)
    return module


def overlay_params() -> dict[str, type]:
    """`sdk=` name -> TypedDict, for the preview APIs the SDK lacks."""
    params = _overlay().PARAMS
    if not isinstance(params, dict):
        raise SystemExit(f"{OVERLAY.name}: PARAMS must be a dict")
    out: dict[str, type] = {}
    for name, td in params.items():
        if not (isinstance(name, str) and _is_typeddict(td)):
            raise SystemExit(f"{OVERLAY.name}: PARAMS[{name!r}] must be a TypedDict")
        out[name] = td
    return out


def overlay_event_types() -> tuple[str, ...]:
    types_ = _overlay().PREVIEW_EVENT_TYPES
    if not (isinstance(types_, tuple) and all(isinstance(t, str) for t in types_)):
        raise SystemExit(f"{OVERLAY.name}: PREVIEW_EVENT_TYPES must be a tuple of str")
    return types_


def _sdk_lookup(name: str) -> type | None:
    obj: Any = sdk_params
    for part in name.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj if _is_typeddict(obj) else None


def resolve(name: str) -> type:
    """The TypedDict an `sdk=` name means: `CustomerCreateParams` or
    `climate.OrderCreateParams` from stripe.params, else the overlay's."""
    in_sdk = _sdk_lookup(name)
    in_overlay = overlay_params().get(name)
    if in_sdk is not None and in_overlay is not None:
        raise SystemExit(f"stripe=={sdk_version()} now defines {name}: delete it from "
                         f"tools/{OVERLAY.name} and run `{COMMAND}` again")
    found = in_sdk or in_overlay
    if found is None:
        raise SystemExit(f"sdk={name!r}: neither stripe=={sdk_version()}'s stripe.params nor "
                         f"tools/{OVERLAY.name} defines it")
    return found


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and typing_extensions.is_typeddict(tp)


def _hints(td: type) -> dict[str, Any]:
    module = sys.modules.get(td.__module__)
    if module is None:
        raise SystemExit(f"{td.__qualname__}: module {td.__module__} is not loaded")
    # The TypedDict's own module wins; typing's names and StripeContext (imported by the SDK
    # only under TYPE_CHECKING) fill the gaps.
    ns = {**vars(typing), "StripeContext": StripeContext, **vars(module)}
    return typing.get_type_hints(td, globalns=ns, include_extras=True)


def _strip_qualifiers(tp: Any) -> tuple[Any, bool | None]:
    """(the type inside NotRequired[...]/Required[...], True/False for which, None if bare)."""
    required: bool | None = None
    while True:
        origin = typing.get_origin(tp)
        if origin in _NOT_REQUIRED:
            required = False if required is None else required
        elif origin in _REQUIRED:
            required = True if required is None else required
        else:
            return tp, required
        tp = typing.get_args(tp)[0]


# --- the manifest: `sdk=` names of each package's endpoints -----------------------------------


@dataclass(frozen=True, slots=True)
class Package:
    """A package whose endpoints name SDK params: `areas/<area>/` or `events/`."""

    #: Relative to PACKAGE: `areas/core`, `events`.
    path: Path
    #: The `sdk=` names its endpoint modules declare, sorted, each once.
    names: tuple[str, ...]

    @property
    def target(self) -> Path:
        return self.path / PARAMS_MODULE


def _is_generated(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return f.readline().startswith(GENERATED_MARK)


def _endpoint_call(node: ast.AST) -> ast.Call | None:
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Name) and func.id == "endpoint":
        return node
    if isinstance(func, ast.Attribute) and func.attr == "endpoint":
        return node
    return None


def sdk_names(directory: Path) -> tuple[str, ...]:
    """The `sdk=` string literals of every `endpoint(...)` call under `directory`."""
    names: set[str] = set()
    for path in sorted(directory.rglob("*.py")):
        if path.name == PARAMS_MODULE or _is_generated(path):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            raise SystemExit(f"{path}:{exc.lineno}: cannot read its endpoints: {exc.msg}") from None
        for node in ast.walk(tree):
            call = _endpoint_call(node)
            if call is None:
                continue
            for kw in call.keywords:
                if kw.arg != "sdk":
                    continue
                if isinstance(kw.value, ast.Constant) and kw.value.value is None:
                    continue
                if not (isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)):
                    raise SystemExit(f"{path}:{kw.value.lineno}: sdk= must be a string literal "
                                     "(the registry is the manifest of `make params`)")
                names.add(kw.value.value)
    return tuple(sorted(names))


def manifest(package: Path = PACKAGE) -> list[Package]:
    """Every package with endpoints that name SDK params, sorted by path: each area
    (`areas/<area>/`) and each other top-level package (`events/`)."""
    areas = package / "areas"
    dirs = sorted(p.parent for p in areas.glob("*/__init__.py"))
    dirs += sorted(p.parent for p in package.glob("*/__init__.py") if p.parent != areas)
    out = []
    for d in dirs:
        names = sdk_names(d)
        if names:
            out.append(Package(path=d.relative_to(package), names=names))
    return out


# --- param models --------------------------------------------------------------------------


class Generator:
    """Renders SDK TypedDicts (and the ones they nest) as `Params` models, each once."""

    def __init__(self) -> None:
        #: class name -> (the TypedDict it was made from, its source)
        self.emitted: dict[str, tuple[type, str]] = {}
        #: class names in emission order (nested models before the models using them)
        self.order: list[str] = []
        #: names the module must import (from typing, decimal, pydantic, api.params)
        self.uses: set[str] = set()

    def type_expr(self, tp: Any, *, field: str) -> tuple[str, bool]:
        """(python type expression, emptyable) for an SDK annotation."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            return self._union(list(args), field=field)
        if origin is typing.Literal:
            self.uses.add("Literal")
            return "Literal[" + ", ".join(repr(a) for a in args) + "]", False
        if origin is list:
            inner, _ = self.type_expr(args[0], field=field)
            return f"list[{inner}]", False
        if origin is dict:
            if field == "metadata":
                self.uses.add("Metadata")
                return "Metadata", False
            return "dict[str, " + self.type_expr(args[1], field=field)[0] + "]", False
        if origin is not None and getattr(origin, "__name__", "") == "UntypedStripeObject":
            return "dict[str, str]", False
        if _is_typeddict(tp):
            self.model(tp)
            return tp.__name__, False
        simple = {str: "str", int: "int", bool: "bool", float: "float",
                  decimal.Decimal: "Decimal", datetime.datetime: "int", typing.Any: "Any"}
        if tp in simple:
            expr = simple[tp]
            if expr in ("Decimal", "Any"):
                self.uses.add(expr)
            return expr, False
        raise SystemExit(f"unsupported type {tp!r} for {field}")

    def _union(self, members: list[Any], *, field: str) -> tuple[str, bool]:
        def is_empty(m: Any) -> bool:
            return typing.get_origin(m) is typing.Literal and typing.get_args(m) == ("",)

        def is_untyped(m: Any) -> bool:
            return (getattr(m, "__name__", "") == "UntypedStripeObject"
                    or getattr(typing.get_origin(m), "__name__", "") == "UntypedStripeObject")

        emptyable = any(is_empty(m) for m in members)
        members = [m for m in members if not is_empty(m) and m is not _NONE and not is_untyped(m)]
        if any(typing.get_origin(m) is typing.Literal for m in members):
            # open enum `Literal[...] | str`: validate the closed set
            members = [m for m in members if m is not str]
        lits: list[Any] = []  # Literal[...] members merge into one Literal
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
        if lits or parts == ["Literal['']"]:
            self.uses.add("Literal")
        return " | ".join(dict.fromkeys(parts)), emptyable

    def model(self, td: type) -> None:
        """Emit `td` (after the models it nests) unless already emitted."""
        name = td.__name__
        seen = self.emitted.get(name)
        if seen is not None:
            if seen[0] is td:
                return  # shared between endpoints (or recursive): emitted once
            other = Generator()
            other.model(td)
            if other.emitted[name][1] != seen[1]:
                raise SystemExit(f"two different SDK TypedDicts are both named {name} "
                                 f"({seen[0].__module__} and {td.__module__}); "
                                 "one package cannot generate both")
            return
        self.emitted[name] = (td, "")  # reserved against recursion
        self.emitted[name] = (td, self._render(td))
        self.order.append(name)

    def _render(self, td: type) -> str:
        name = td.__name__
        declared_required: frozenset[str] = getattr(td, "__required_keys__", frozenset())
        lines = [f"class {name}(Params):"]
        # RequestOptions keys are client-side only on a request's params; a nested hash may
        # have a field of the same name (forwarding's `request[headers]`).
        top_level = RequestOptions in getattr(td, "__orig_bases__", ())
        for key, hint in _hints(td).items():
            if top_level and key in _CLIENT_SIDE:
                continue
            tp, qualifier = _strip_qualifiers(hint)
            required = key in declared_required if qualifier is None else qualifier
            expr, emptyable = self.type_expr(tp, field=key)
            reserved = not key.isidentifier() or keyword.iskeyword(key) or hasattr(BaseModel, key)
            attr = key + "_" if reserved else key
            if emptyable:
                self.uses.update(("Annotated", "EMPTYABLE"))
                expr = f"Annotated[{expr} | None, EMPTYABLE]"
            elif not required:
                expr = f"{expr} | None"
            alias = f"alias={key!r}" if reserved else ""
            if alias:
                self.uses.add("Field")
            if required:
                lines.append(f"    {attr}: {expr}" + (f" = Field({alias})" if alias else ""))
            else:
                default = f"Field(None, {alias})" if alias else "None"
                lines.append(f"    {attr}: {expr} = {default}")
        if len(lines) == 1:
            lines.append("    pass")
        return "\n".join(lines)

    def imports(self) -> str:
        typing_names = sorted(n for n in ("Annotated", "Any", "Literal") if n in self.uses)
        params_names = [n for n in ("EMPTYABLE", "Metadata") if n in self.uses] + ["Params"]
        blocks = ["from __future__ import annotations"]
        stdlib = []
        if "Decimal" in self.uses:
            stdlib.append("from decimal import Decimal")
        if typing_names:
            stdlib.append("from typing import " + ", ".join(typing_names))
        if stdlib:
            blocks.append("\n".join(stdlib))
        if "Field" in self.uses:
            blocks.append("from pydantic import Field")
        blocks.append("from stripe_emulator.api.params import " + ", ".join(params_names))
        return "\n\n".join(blocks)


def _wrap(prose: str) -> str:
    return textwrap.fill(prose, width=LINE_LENGTH - 8, break_on_hyphens=False)


def _header(what: str) -> str:
    return (f"{GENERATED_MARK} Regenerate with `{COMMAND}` (tools/gen_params.py)\n"
            f"# from stripe=={sdk_version()} and tools/{OVERLAY.name}.\n"
            f'"""{what}"""\n')


def render_params(label: str, names: typing.Iterable[str]) -> str:
    """The source of one `sdk_params.py`: a model per `sdk=` name (and the models they nest)."""
    gen = Generator()
    roots = sorted({(resolve(n).__name__, n) for n in names})
    for _, n in roots:
        gen.model(resolve(n))
    listing = "\n".join(f"- `{n}`" for _, n in roots)
    intro = (f"Param models for the endpoints of {label}, made from the SDK's TypedDicts: "
             "one per `sdk=` name of its `@endpoint` declarations, after the nested models "
             "it uses:")
    outro = ("Never edit this file: hand-written models (routes the SDK does not describe, "
             "a narrower or wider field) go in the package's `params.py`.")
    what = f"{_wrap(intro)}\n\n{listing}\n\n{_wrap(outro)}\n"
    body = "\n\n\n".join(gen.emitted[n][1] for n in gen.order)
    rebuild = "\n".join(f"{n}.model_rebuild()" for n in gen.order)
    text = (_header(what) + "\n" + gen.imports() + "\n\n\n" + body + "\n\n\n" + rebuild + "\n")
    if any(len(line) > LINE_LENGTH for line in text.splitlines()):
        # enum Literals are as long as Stripe made them
        text = text.replace("\nfrom __future__", "\n# ruff: noqa: E501\nfrom __future__", 1)
    return text


# --- the event catalogue -------------------------------------------------------------------


def sdk_event_types() -> list[str]:
    """The event types of the SDK's `WebhookEndpointCreateParams.enabled_events`, without `*`."""
    hint, _ = _strip_qualifiers(_hints(sdk_params.WebhookEndpointCreateParams)["enabled_events"])
    if typing.get_origin(hint) is not list:
        raise SystemExit(f"enabled_events is no longer a list: {hint!r}")
    (member,) = typing.get_args(hint)
    if typing.get_origin(member) is not typing.Literal:
        raise SystemExit(f"enabled_events is no longer an enum: {member!r}")
    values = typing.get_args(member)
    if not all(isinstance(v, str) for v in values):
        raise SystemExit("enabled_events has non-string values")
    return sorted(str(v) for v in values if v != "*")


def render_catalog() -> str:
    """The source of `events/catalog_sdk.py`."""
    sdk = sdk_event_types()
    preview = sorted(set(overlay_event_types()))
    both = sorted(set(sdk) & set(preview))
    if both:
        raise SystemExit(f"stripe=={sdk_version()} now lists {', '.join(both)}: delete them "
                         f"from PREVIEW_EVENT_TYPES in tools/{OVERLAY.name}")
    what = _wrap("Every event type Stripe defines: the values of the SDK's "
                 f"`WebhookEndpointCreateParams.enabled_events` enum except `*` ({len(sdk)} "
                 f"types), and the preview types the SDK does not list ({len(preview)}, from "
                 "the overlay).") + "\n"

    def frozenset_of(values: list[str]) -> str:
        return "frozenset({\n" + "".join(f'    "{v}",\n' for v in values) + "})"

    return (_header(what) + "\n"
            "from __future__ import annotations\n\n"
            '__all__ = ["EVENT_TYPES", "PREVIEW_EVENT_TYPES", "SDK_EVENT_TYPES"]\n\n'
            "#: The SDK's event types (its `enabled_events` enum without `*`).\n"
            f"SDK_EVENT_TYPES: frozenset[str] = {frozenset_of(sdk)}\n\n"
            "#: Event types of public previews, which the SDK does not list.\n"
            f"PREVIEW_EVENT_TYPES: frozenset[str] = {frozenset_of(preview)}\n\n"
            "#: Every event type Stripe defines.\n"
            "EVENT_TYPES: frozenset[str] = SDK_EVENT_TYPES | PREVIEW_EVENT_TYPES\n")


# --- all outputs ---------------------------------------------------------------------------


def expected_outputs(package: Path = PACKAGE) -> dict[Path, str]:
    """Every generated module (path relative to `package`) -> the text it must have."""
    out = {pkg.target: render_params(_label(pkg.path), pkg.names) for pkg in manifest(package)}
    out[CATALOG_MODULE] = render_catalog()
    return dict(sorted(out.items()))


def _label(path: Path) -> str:
    if path.parts[0] == "areas":
        return f"the {path.name} area (`areas/{path.name}/`)"
    return f"the {path.name} package (`{path.as_posix()}/`)"


def _generated_files(package: Path) -> list[Path]:
    return sorted(p.relative_to(package) for p in package.rglob("*.py") if _is_generated(p))


def _shown(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def problems(package: Path, expected: dict[Path, str]) -> list[str]:
    """What differs between `package` on disk and `expected`, one line per file naming it
    (empty when every generated module is fresh)."""
    out = []
    for rel, text in expected.items():
        path = package / rel
        if not path.exists():
            out.append(f"{_shown(path)}: missing")
        elif path.read_text(encoding="utf-8") != text:
            out.append(f"{_shown(path)}: differs from what stripe=={sdk_version()} and "
                       f"tools/{OVERLAY.name} produce (edited by hand, or stale)")
    for rel in _generated_files(package):
        if rel not in expected:
            out.append(f"{_shown(package / rel)}: generated, but nothing generates it any more")
    return out


def write(package: Path, expected: dict[Path, str]) -> list[str]:
    """Bring `package` in line with `expected`; what was written or removed."""
    done = []
    for rel, text in expected.items():
        path = package / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            done.append(f"wrote {rel}")
    for rel in _generated_files(package):
        if rel not in expected:
            (package / rel).unlink()
            done.append(f"removed {rel}")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="report stale generated modules and exit 1; write nothing")
    args = parser.parse_args(argv)
    expected = expected_outputs(PACKAGE)
    if args.check:
        found = problems(PACKAGE, expected)
        for line in found:
            print(line, file=sys.stderr)
        if found:
            print(f"run `{COMMAND}`", file=sys.stderr)
        return 1 if found else 0
    for line in write(PACKAGE, expected) or ["every generated module is up to date"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
