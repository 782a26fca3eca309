"""Rule: generated code is marked and reproducible.

Every generated module (`areas/<area>/sdk_params.py`, `events/sdk_params.py`,
`events/catalog_sdk.py`) must be exactly what `make params` makes from the pinned SDK,
tools/sdk_overlay.py and the registry's `sdk=` names. The generator runs here in memory
(imported, not run as a command) and nothing is written.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "tools" / "gen_params.py"


def _load_generator() -> ModuleType:
    name = "stripe_emulator_tools_gen_params"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, GENERATOR)
    assert spec is not None and spec.loader is not None, GENERATOR
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def expected(gen: ModuleType) -> dict[Path, str]:
    outputs: dict[Path, str] = gen.expected_outputs(gen.PACKAGE)
    return outputs


def _report(found: list[str]) -> str:
    return ("generated modules are not what the pinned SDK and tools/sdk_overlay.py produce:\n"
            + "".join(f"  {line}\n" for line in found)
            + "Never edit them by hand: run `make params` and commit the result.")


def test_generated_modules_are_fresh(gen: ModuleType, expected: dict[Path, str]) -> None:
    found: list[str] = gen.problems(gen.PACKAGE, expected)
    assert not found, _report(found)


def test_generated_modules_say_so(gen: ModuleType, expected: dict[Path, str]) -> None:
    version = gen.sdk_version()
    for rel, text in expected.items():
        first, second = text.splitlines()[:2]
        assert first.startswith(gen.GENERATED_MARK) and "`make params`" in first, rel
        assert f"stripe=={version}" in second, rel


def test_a_hand_edit_is_caught(gen: ModuleType, expected: dict[Path, str],
                               tmp_path: Path) -> None:
    """The rule itself: a fresh copy passes; an edited, missing or orphaned file fails."""
    for rel, text in expected.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert gen.problems(tmp_path, expected) == []

    edited = next(rel for rel in expected if rel.name == "sdk_params.py")
    path = tmp_path / edited
    path.write_text(path.read_text(encoding="utf-8").replace(
        "(Params):\n", "(Params):\n    by_hand: str | None = None\n", 1), encoding="utf-8")
    (tmp_path / gen.CATALOG_MODULE).unlink()
    orphan = tmp_path / "areas" / "gone" / "sdk_params.py"
    orphan.parent.mkdir(parents=True)
    orphan.write_text(expected[edited], encoding="utf-8")

    found: list[str] = gen.problems(tmp_path, expected)
    assert [line.split(":")[0] for line in found] == [
        str(tmp_path / edited), str(tmp_path / gen.CATALOG_MODULE), str(orphan)]
    assert "edited by hand" in found[0]
    assert "make params" in _report(found)


def test_event_catalogue_is_the_sdk_enum_and_the_overlay(gen: ModuleType) -> None:
    from stripe_emulator.events import catalog_sdk

    sdk: list[str] = gen.sdk_event_types()
    assert "*" not in catalog_sdk.EVENT_TYPES
    assert frozenset(sdk) == catalog_sdk.SDK_EVENT_TYPES
    assert frozenset(gen.overlay_event_types()) == catalog_sdk.PREVIEW_EVENT_TYPES
    assert "crypto.onramp_session_updated" in catalog_sdk.EVENT_TYPES


def test_overlay_params_generate(gen: ModuleType) -> None:
    """The overlay's preview params make valid models even before an area serves them."""
    names = sorted(gen.overlay_params())
    text: str = gen.render_params("the overlay", names)
    namespace: dict[str, Any] = {"__name__": "overlay_sdk_params"}
    exec(compile(text, "<overlay sdk_params>", "exec"), namespace)  # our own output
    for name in names:
        model = namespace[name.rsplit(".", 1)[-1]]  # `crypto.X` or a top-level `X`
        assert model.model_validate({}).model_fields_set == set(), name
