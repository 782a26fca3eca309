"""The one-off switch-over of issue 13 from the old param modules to the naming rule.

Before: generated models in `areas/<area>/params.py` or `params_<topic>.py` and
`events/params.py` (written by the old tools/gen_params.py, first line "Param models
generated from stripe==..."); hand-written ones in `areas/<area>/params_<topic>.py` (climate's
`params_ours.py`). After: generated models only in `sdk_params.py` (`make params`),
hand-written ones only in `params.py`.

What it does, in src/ and tests/:

1. checks that every `sdk_params.py` is fresh (else: run `make params` first);
2. rewrites every `from <old generated module> import ...` (absolute or relative, at any
   depth, e.g. inside a function) to import from the package's `sdk_params`, after checking
   that each imported name is defined there;
3. rewrites every import of a hand-written module to import from the package's `params`;
4. deletes the old generated modules, then renames the hand-written ones to `params.py`;
5. merges the imports this leaves duplicated (`ruff check --select I --fix` on the files it
   changed) and lists other mentions of the old modules (strings, docs) to fix by hand.

It stops before changing anything if an import has a form it cannot rewrite
(`import stripe_emulator.areas.core.params`, `from stripe_emulator.areas.core import params`,
`import *`) or if two hand-written modules would both become one `params.py`.

    .venv/bin/python tools/switch_params.py          # show the plan; change nothing
    .venv/bin/python tools/switch_params.py --apply  # do it

Then run `make lint` and the tests, and commit.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "stripe_emulator"
SCANNED = (SRC, ROOT / "tests")
#: The first line of a module the old generator wrote.
OLD_MARK = '"""Param models generated from stripe=='
GENERATED = "sdk_params"
HAND_WRITTEN = "params"


def _generator() -> ModuleType:
    name = "stripe_emulator_tools_gen_params"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "gen_params.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load tools/gen_params.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _dotted(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as f:
        return f.readline()


@dataclass
class Plan:
    #: old module (dotted) -> new module (dotted)
    modules: dict[str, str] = field(default_factory=dict)
    #: old generated files to delete
    delete: list[Path] = field(default_factory=list)
    #: hand-written file -> its new path
    rename: dict[Path, Path] = field(default_factory=dict)
    #: file -> its new text
    rewrites: dict[Path, str] = field(default_factory=dict)
    #: mentions of old modules this script does not rewrite
    mentions: list[str] = field(default_factory=list)
    #: reasons not to go on
    errors: list[str] = field(default_factory=list)


def _old_modules(plan: Plan) -> None:
    candidates = sorted(PACKAGE.glob("areas/*/params*.py")) + [PACKAGE / "events" / "params.py"]
    hand_written: dict[Path, list[Path]] = {}
    for path in candidates:
        if not path.exists():
            continue
        if _first_line(path).startswith(OLD_MARK):
            plan.delete.append(path)
            plan.modules[_dotted(path)] = _dotted(path.with_name(f"{GENERATED}.py"))
        elif path.name != f"{HAND_WRITTEN}.py":
            hand_written.setdefault(path.parent, []).append(path)
    for package, paths in sorted(hand_written.items()):
        target = package / f"{HAND_WRITTEN}.py"
        if len(paths) > 1 or (target.exists() and target not in plan.delete):
            plan.errors.append(f"{package.relative_to(ROOT)}: merge {[p.name for p in paths]} "
                               f"into {HAND_WRITTEN}.py by hand first")
            continue
        plan.rename[paths[0]] = target
        plan.modules[_dotted(paths[0])] = _dotted(target)
    for path in plan.delete:
        new = path.with_name(f"{GENERATED}.py")
        if not new.exists():
            plan.errors.append(f"{new.relative_to(ROOT)} is missing: run `make params`")


def _defined(module: str) -> set[str]:
    path = SRC.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _absolute(node: ast.ImportFrom, path: Path) -> str | None:
    """The absolute module of a `from ... import`, or None outside src/."""
    if node.level == 0:
        return node.module
    if not path.is_relative_to(SRC):
        return None
    package = _dotted(path).split(".")[:-1]
    if node.level > 1:
        package = package[: -(node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _rewrite_file(plan: Plan, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    lines = text.splitlines(keepends=True)
    where = path.relative_to(ROOT)
    changed = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in plan.modules:
                    plan.errors.append(f"{where}:{node.lineno}: `import {alias.name}`: "
                                       "rewrite it as `from ... import` first")
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        module = _absolute(node, path)
        if module is None:
            continue
        for alias in node.names:  # `from stripe_emulator.areas.core import params`
            if f"{module}.{alias.name}" in plan.modules:
                plan.errors.append(f"{where}:{node.lineno}: imports the module "
                                   f"{module}.{alias.name}: import its names instead")
        new = plan.modules.get(module)
        if new is None:
            continue
        names = [a.name for a in node.names]
        if "*" in names:
            plan.errors.append(f"{where}:{node.lineno}: `from {module} import *`")
            continue
        if new.endswith(f".{GENERATED}"):
            missing = sorted(set(names) - _defined(new))
            if missing:
                plan.errors.append(f"{where}:{node.lineno}: {new} does not define {missing}")
                continue
        written = "." * node.level + (node.module or "")
        replacement = ("." * node.level + new.rsplit(".", 1)[1]) if node.level else new
        line = lines[node.lineno - 1]
        old = f"from {written} import"
        if line.count(old) != 1:
            plan.errors.append(f"{where}:{node.lineno}: cannot find `{old}` on its line")
            continue
        lines[node.lineno - 1] = line.replace(old, f"from {replacement} import")
        changed = True
    if changed:
        plan.rewrites[path] = "".join(lines)


def _mentions(plan: Plan) -> None:
    # Names that live on (an old generated `params` that becomes a hand-written one) are
    # not mentions of the past.
    kept = set(plan.modules.values()) | {_dotted(p) for p in plan.rename.values()}
    gone = [p for p in plan.delete + list(plan.rename) if p not in plan.rename.values()]
    needles = sorted(set(plan.modules) - kept) + sorted(
        p.relative_to(ROOT).as_posix() for p in gone)
    for base in (*SCANNED, ROOT / "docs"):
        for path in sorted(base.rglob("*")):
            if path.suffix not in (".py", ".md") or path in plan.delete or path in plan.rename:
                continue
            text = plan.rewrites.get(path) or path.read_text(encoding="utf-8")
            for number, line in enumerate(text.splitlines(), 1):
                if any(n in line for n in needles):
                    plan.mentions.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")


def make_plan() -> Plan:
    plan = Plan()
    gen = _generator()
    stale = gen.problems(gen.PACKAGE, gen.expected_outputs(gen.PACKAGE))
    if stale:
        plan.errors.extend(stale)
        plan.errors.append("run `make params` first")
        return plan
    _old_modules(plan)
    for base in SCANNED:
        for path in sorted(base.rglob("*.py")):
            if path not in plan.delete:
                _rewrite_file(plan, path)
    _mentions(plan)
    return plan


def apply(plan: Plan) -> None:
    for path, text in plan.rewrites.items():
        path.write_text(text, encoding="utf-8")
    for path in plan.delete:
        path.unlink()
    for old, new in plan.rename.items():
        old.rename(new)
    touched = sorted({plan.rename.get(p, p) for p in plan.rewrites})
    ruff = Path(sys.executable).with_name("ruff")
    if touched and ruff.exists():
        subprocess.run([str(ruff), "check", "--quiet", "--select", "I", "--fix",
                        *map(str, touched)], check=False)
    elif touched:
        print("merge the duplicated imports: ruff check --select I --fix src tests")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Switch imports to sdk_params / params.")
    parser.add_argument("--apply", action="store_true", help="make the changes")
    args = parser.parse_args(argv)
    plan = make_plan()
    for path in plan.delete:
        print(f"delete  {path.relative_to(ROOT)}")
    for old, new in plan.rename.items():
        print(f"rename  {old.relative_to(ROOT)} -> {new.relative_to(ROOT)}")
    for old_module, new_module in sorted(plan.modules.items()):
        print(f"imports {old_module} -> {new_module}")
    for path in plan.rewrites:
        print(f"rewrite {path.relative_to(ROOT)}")
    if plan.errors:
        print("\nnot switching:", *plan.errors, sep="\n  ", file=sys.stderr)
        return 1
    if args.apply:
        apply(plan)
    else:
        print("\n(dry run: nothing changed; --apply to switch)")
    if plan.mentions:
        print("\nstill mention the old modules (fix by hand):", *plan.mentions, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
