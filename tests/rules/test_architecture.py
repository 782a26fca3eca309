"""The layout's rules, checked on the source (docs/architecture.md, "The rules").

Each rule is a function from a source tree to its violations; the tests run it on `src/`
and expect none, and run it on a small tree that breaks the rule and expect it to say so
(a rule that cannot fail is a defect). Import contracts that a graph checks better live in
pyproject.toml (`lint-imports`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import stripe_emulator
from stripe_emulator.events.catalog import EVENT_TYPES

SRC = Path(stripe_emulator.__file__).parent
#: Where an area may run SQL of its own: an embedded engine that is not the serving
#: database (Sigma's analytical replica), none yet.
OWN_ENGINES: tuple[str, ...] = ()
_SQL = re.compile(r"^\s*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                  r"CREATE\s+(UNIQUE\s+)?(TABLE|INDEX)|WITH\s+\w+\s+AS)\b", re.I | re.S)


def _modules(root: Path, under: str = "") -> Iterator[tuple[str, ast.Module]]:
    """(path relative to `root`, parsed module) of every Python file under `root/under`."""
    for path in sorted((root / under).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        yield rel, ast.parse(path.read_text("utf-8"), rel)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


# -- the rules --------------------------------------------------------------------------------

def endpoints_that_do_more_than_one_call(root: Path) -> list[str]:
    """Every `@endpoint` handler is a docstring and `return await <module>.<function>(...)`
    whose arguments are only `ctx`, the params and the path ids (no logic, no literals)."""
    found = []
    for rel, module in _modules(root):
        for node in ast.walk(module):
            if not isinstance(node, ast.AsyncFunctionDef) or not any(
                    isinstance(d, ast.Call) and _dotted(d.func) == "endpoint"
                    for d in node.decorator_list):
                continue
            body = node.body[1:] if ast.get_docstring(node) is not None else node.body
            names = {a.arg for a in node.args.args + node.args.kwonlyargs}
            ok = (len(body) == 1 and isinstance(body[0], ast.Return)
                  and isinstance(body[0].value, ast.Await)
                  and isinstance(body[0].value.value, ast.Call)
                  and isinstance(body[0].value.value.func, ast.Attribute)
                  and isinstance(body[0].value.value.func.value, ast.Name))
            if ok:
                call = body[0].value.value  # type: ignore[union-attr]
                args = [*call.args, *(k.value for k in call.keywords)]  # type: ignore[union-attr]
                ok = all(_only_names(a, names) for a in args)
            if not ok:
                found.append(f"{rel}:{node.lineno} {node.name}")
    return found


def _only_names(node: ast.expr, names: set[str]) -> bool:
    """`ctx`, `params`, a path id, or an attribute of one (`params.limit`)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name) and node.id in names


def sql_outside_the_store(root: Path) -> list[str]:
    """No SQL statement text outside `store/` (an area's own embedded engine aside)."""
    found = []
    for rel, module in _modules(root):
        if rel.startswith("store/") or rel.startswith(OWN_ENGINES or ("\0",)):
            continue
        for node in ast.walk(module):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    _SQL.match(node.value):
                found.append(f"{rel}:{node.lineno} {node.value[:40]!r}")
    return found


def areas_touching_the_session(root: Path) -> list[str]:
    """Areas never see the database session, a dialect, or the Context's transitional
    shims (`ctx.load`, `ctx.insert`...): `ctx.objects` and store repositories only."""
    banned = {"session", "dialect", "load", "load_row", "insert", "save", "delete", "store"}
    found = []
    for rel, module in _modules(root, "areas"):
        for node in ast.walk(module):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    node.value.id in ("ctx", "tx") and node.attr in banned:
                found.append(f"{rel}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def _service_modules(root: Path, area: str) -> set[str]:
    """What an area's `__init__.__all__` lists: the modules other areas may import."""
    init = ast.parse((root / "areas" / area / "__init__.py").read_text("utf-8"))
    for node in init.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return {str(ast.literal_eval(node.value))} if isinstance(
                node.value, ast.Constant) else set(ast.literal_eval(node.value))
    return set()


def imports_of_other_areas_internals(root: Path) -> list[str]:
    """An area imports another only through the service modules that area's `__init__`
    lists in `__all__` (never its models, params, endpoints, jobs or engine)."""
    found = []
    prefix = "stripe_emulator.areas."
    for rel, module in _modules(root, "areas"):
        own = rel.split("/")[1]
        for node in ast.walk(module):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith(prefix):
                    parts = node.module[len(prefix):].split(".")
                    if len(parts) == 1:  # from stripe_emulator.areas.x import module
                        targets = [f"{parts[0]}.{a.name}" for a in node.names]
                    else:
                        targets = [".".join(parts[:2])]
            elif isinstance(node, ast.Import):
                targets = [a.name[len(prefix):] for a in node.names
                           if a.name.startswith(prefix)]
            for target in targets:
                area, _, name = target.partition(".")
                if area != own and name.split(".")[0] not in _service_modules(root, area):
                    found.append(f"{rel}:{node.lineno} imports {prefix}{target}")
    return found


def function_local_imports(root: Path) -> list[str]:
    """Our modules import each other at the top (a function-local import is how a cycle
    hides); `TYPE_CHECKING` blocks are fine, and so is the CLI, which imports lazily so that
    `stripe-emulator --help` starts fast."""
    found = []
    for rel, module in _modules(root):
        if rel.startswith("cli/"):
            continue
        for func in ast.walk(module):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                name = (node.module if isinstance(node, ast.ImportFrom) else
                        node.names[0].name if isinstance(node, ast.Import) else None)
                if name and name.startswith("stripe_emulator"):
                    found.append(f"{rel}:{node.lineno} {func.name} imports {name}")
    return found


def builtins_imports(root: Path) -> list[str]:
    """No module shadows a builtin so badly that it needs `import builtins`."""
    return [f"{rel}:{node.lineno}" for rel, module in _modules(root)
            for node in ast.walk(module)
            if isinstance(node, ast.Import) and any(a.name == "builtins" for a in node.names)]


def wall_clock_reads(root: Path) -> list[str]:
    """The time comes from `clock.py` (through `ctx.clock`), never from `time.time()`,
    `datetime.now()` or `date.today()` (durations may use a monotonic counter)."""
    banned = {"time.time", "datetime.now", "datetime.datetime.now", "datetime.utcnow",
              "datetime.datetime.utcnow", "date.today", "datetime.date.today"}
    found = []
    for rel, module in _modules(root):
        if rel in ("clock.py",) or rel.startswith(("cli/", "testing/")):
            continue
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and _dotted(node.func) in banned:
                found.append(f"{rel}:{node.lineno} {_dotted(node.func)}()")
    return found


def emitted_event_types(root: Path) -> dict[str, list[str]]:
    """Event type -> where it is emitted: the first argument after `ctx` of every
    `emit(...)` call, a literal or a constant it names (assigned anywhere in the tree)."""
    found: dict[str, list[str]] = {}
    modules = list(_modules(root))
    # Constants by name, across modules (an area names its event types once, in models.py).
    constants: dict[str, set[str]] = {}
    for _, module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name):
                constants.setdefault(node.targets[0].id, set()).update(_strings(node.value))
    for rel, module in modules:
        for node in ast.walk(module):
            if not (isinstance(node, ast.Call) and _dotted(node.func).endswith("emit")
                    and len(node.args) >= 2):
                continue
            arg = node.args[1]
            types = _strings(arg) or (constants.get(arg.id, set())
                                      if isinstance(arg, ast.Name) else set())
            if not types:
                types = {f"<not a literal at {rel}:{node.lineno}>"}
            for event_type in types:
                found.setdefault(event_type, []).append(f"{rel}:{node.lineno}")
    return found


def _strings(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    return set()


def unknown_event_types(root: Path) -> list[str]:
    """Every event type the code emits is in the catalogue (Stripe's, plus the overlay's
    preview types)."""
    return [f"{t} ({', '.join(where)})" for t, where in sorted(emitted_event_types(root).items())
            if t not in EVENT_TYPES]


RULES = [endpoints_that_do_more_than_one_call, sql_outside_the_store,
         areas_touching_the_session, imports_of_other_areas_internals, function_local_imports,
         builtins_imports, wall_clock_reads, unknown_event_types]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.__name__)
def test_the_source_keeps_the_rule(rule: object) -> None:
    violations = rule(SRC)  # type: ignore[operator]
    assert violations == [], f"{rule.__doc__}\n" + "\n".join(violations)  # type: ignore[attr-defined]


def test_the_source_emits_events_at_all() -> None:
    """The event rule reads real emits (it would pass on code it failed to parse)."""
    assert {"customer.created", "invoice.paid", "climate.order.created"} <= set(
        emitted_event_types(SRC))


# -- each rule fails on a violation -------------------------------------------------------------

_AREA_INIT = '"""An area."""\n\nfrom x import a, b\n\n__all__ = ["orders"]\n'
BROKEN = {
    endpoints_that_do_more_than_one_call: {"areas/a/endpoints.py": '''
@endpoint("GET", "/v1/x")
async def list_x(ctx, params):
    """List."""
    if params.limit:
        return []
    return await service.list_x(ctx, params)
'''},
    sql_outside_the_store: {"areas/a/orders.py": 'Q = "SELECT id FROM objects WHERE 1"\n'},
    areas_touching_the_session: {"areas/a/orders.py":
                                 "async def f(ctx):\n    await ctx.session.get('a', 'b')\n"},
    imports_of_other_areas_internals: {
        "areas/a/__init__.py": _AREA_INIT, "areas/b/__init__.py": _AREA_INIT,
        "areas/b/orders.py": "from stripe_emulator.areas.a.models import Order\n"},
    function_local_imports: {"api/x.py":
                             "def f():\n    from stripe_emulator.areas import billing\n"},
    builtins_imports: {"areas/a/orders.py": "import builtins\n"},
    wall_clock_reads: {"areas/a/orders.py": "import time\nT = time.time()\n"},
    unknown_event_types: {"areas/a/orders.py":
                          "async def f(ctx, o):\n    await emit(ctx, 'order.exploded', o)\n"},
}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.__name__)
def test_the_rule_catches_a_violation(rule: object, tmp_path: Path) -> None:
    for rel, text in BROKEN[rule].items():  # type: ignore[index]
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    assert rule(tmp_path) != []  # type: ignore[operator]
