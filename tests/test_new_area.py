"""`make area` (tools/new_area.py): a scaffolded area keeps every gate green.

The script runs in a copy of the repository (src/, tests/, tools/, pyproject.toml, Makefile;
this venv's python, with the copy's src/ first on PYTHONPATH so the copy's package is the
one imported), for three objects:

- `identity.verification_session`, which the SDK knows (params, class, resource service),
  with every optional file (`--test-helpers --operator --migration`);
- `crypto.onramp_session`, a preview API the SDK lacks and tools/sdk_overlay.py describes;
- `privacy.redaction_job`, which neither knows: its params are added to the overlay.

Then, in the copy: ruff, mypy --strict, the import contracts, the generated-code check,
tests/rules, the route/param/migration tables' tests, and the new areas' own tests (on
SQLite; on PostgreSQL they run in the suite of a repository that has the area).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
COPIED = ("src", "tests", "tools", "pyproject.toml", "Makefile")
CASES = {
    "identity": ["--name", "identity", "--object", "verification_session", "--test-helpers",
                 "--operator", "--migration"],
    "crypto_onramp": ["--name", "crypto_onramp", "--object", "onramp_session",
                      "--route", "/v1/crypto/onramp_sessions"],
    "privacy": ["--name", "privacy", "--object", "redaction_job"],
}
NEW_TESTS = ["tests/api/identity", "tests/api/crypto_onramp", "tests/api/privacy"]


class Copy:
    """A copy of the repository, and commands run in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {**os.environ, "PYTHONPATH": str(root / "src")}
        self.outputs: dict[str, str] = {}

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(a) for a in args], cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=300, check=False)
        if check:
            assert done.returncode == 0, (f"{' '.join(map(str, args))} exited "
                                          f"{done.returncode}:\n{done.stdout}\n{done.stderr}")
        return done

    def new_area(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "tools/new_area.py", *args, check=check)

    def pytest(self, *args: str) -> str:
        return self.run(sys.executable, "-m", "pytest", "-q", *args).stdout

    def digest(self) -> dict[str, str]:
        """Every source file of the copy, by path, and a hash of its text."""
        out = {}
        for name in COPIED:
            base = self.root / name
            for path in [base] if base.is_file() else sorted(base.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    out[path.relative_to(self.root).as_posix()] = hashlib.sha256(
                        path.read_bytes()).hexdigest()
        return out


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Copy]:
    """The copy, with the three areas made in it."""
    root = tmp_path_factory.mktemp("repo")
    skip = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=skip)
        else:
            shutil.copy2(source, root / name)
    repo = Copy(root)
    for name, args in CASES.items():
        repo.outputs[name] = repo.new_area(*args).stdout
    yield repo
    shutil.rmtree(root, ignore_errors=True)


def test_the_copys_package_is_the_one_imported(copy: Copy) -> None:
    done = copy.run(sys.executable, "-c",
                    "import stripe_emulator.app as a; print(a.__file__); print(a.AREAS)")
    where, areas = done.stdout.splitlines()
    assert Path(where).is_relative_to(copy.root)
    assert all(name in areas for name in CASES)


def test_what_it_makes(copy: Copy) -> None:
    areas = copy.root / "src" / "stripe_emulator" / "areas"
    identity = sorted(p.name for p in (areas / "identity").glob("*.py"))
    assert identity == ["__init__.py", "endpoints.py", "endpoints_operator.py",
                        "endpoints_test_helpers.py", "models.py", "params.py", "sdk_params.py",
                        "verification_sessions.py"]
    assert sorted(p.name for p in (areas / "privacy").glob("*.py")) == [
        "__init__.py", "endpoints.py", "models.py", "redaction_jobs.py", "sdk_params.py"]
    assert sorted(p.name for p in (copy.root / "tests" / "api" / "crypto_onramp").glob("*.py")
                  ) == ["__init__.py", "conftest.py", "test_onramp_sessions.py"]

    endpoints = (areas / "identity" / "endpoints.py").read_text()
    assert 'sdk="identity.VerificationSessionCreateParams"' in endpoints
    assert '"/v1/identity/verification_sessions/{session}"' in endpoints
    assert 'sdk="crypto.OnrampSessionListParams"' in (
        areas / "crypto_onramp" / "endpoints.py").read_text()
    models = (areas / "identity" / "models.py").read_text()
    assert 'object: Literal["identity.verification_session"]' in models
    assert '"identity.verification_session.created"' in models
    assert "emit(" not in (areas / "privacy" / "redaction_jobs.py").read_text()

    tests = (copy.root / "tests" / "api" / "identity" / "test_verification_sessions.py"
             ).read_text()
    assert "client.v1.identity.verification_sessions.list(" in tests
    assert "assert_conforms(made)" in tests
    assert "raw_request" in (copy.root / "tests" / "api" / "privacy" / "conftest.py").read_text()

    overlay = (copy.root / "tools" / "sdk_overlay.py").read_text()
    assert '"privacy.RedactionJobCreateParams": RedactionJobCreateParams,' in overlay
    assert "OnrampSessionCreateParams(RequestOptions)" in overlay  # there already, kept
    indexes = (copy.root / "src" / "stripe_emulator" / "store" / "indexes.py").read_text()
    versions = copy.root / "src" / "stripe_emulator" / "store" / "migrations" / "versions"
    # The next number after the repository's own migrations (the copy holds the new one too).
    number = max(int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")
                 if "identity" not in p.name) + 1
    assert f'"{number:04d}_identity": (' in indexes
    assert (versions / f"{number:04d}_identity.py").exists()
    assert '"stripe_emulator.areas.privacy",' in (copy.root / "pyproject.toml").read_text()


def test_it_says_what_it_made_and_what_is_next(copy: Copy) -> None:
    out = copy.outputs["identity"]
    assert "src/stripe_emulator/areas/identity/verification_sessions.py" in out
    assert "tests/api/identity/test_verification_sessions.py" in out
    assert "Tests: through the SDK's client.v1.identity.verification_sessions." in out
    assert "Next:" in out
    assert "tools/sdk_overlay.py's (preview API)" in copy.outputs["crypto_onramp"]
    assert "new in tools/sdk_overlay.py" in copy.outputs["privacy"]
    assert "client.raw_request" in copy.outputs["privacy"]


def test_the_linters_pass(copy: Copy) -> None:
    copy.run(BIN / "ruff", "check", "src", "tests", "tools")
    copy.run(BIN / "mypy")
    copy.run(BIN / "lint-imports")
    copy.run(sys.executable, "tools/gen_params.py", "--check")


def test_the_rules_and_the_route_tables_pass(copy: Copy) -> None:
    out = copy.pytest("tests/rules", "tests/unit/test_migrations.py",
                      "tests/api/test_keys.py::test_every_route_names_its_permission",
                      "tests/api/test_registry.py::test_every_sdk_param_is_accepted")
    assert " passed" in out and "failed" not in out


def test_the_new_areas_tests_pass_on_sqlite(copy: Copy) -> None:
    out = copy.pytest(*NEW_TESTS, "-k", "sqlite")
    # round trip, unknown id, list, another account, shape: 5 each; identity adds its
    # created event, test helper and operator route
    assert "18 passed" in out, out


def test_refusals_write_nothing(copy: Copy) -> None:
    before = copy.digest()
    refused: list[tuple[list[str], str]] = [
        (["--name", "identity", "--object", "verification_report"], "exists already"),
        (["--name", "Identity"], "snake_case"),
        (["--name", "ids", "--object", "x", "--route", "/v1/a/b/c"], "ROUTE"),
        (["--name", "customers"], "already registered: POST /v1/customers"),
        (["--name", "things", "--route", "/v1/identity/verification_sessions"],
         "already registered"),
        (["--name", ""], "NAME is required"),
    ]
    for args, why in refused:
        done = copy.new_area(*args, check=False)
        assert done.returncode == 2 and why in done.stderr, (args, done.stderr)
    assert copy.digest() == before


def test_make_passes_its_variables_as_flags(copy: Copy) -> None:
    done = copy.run("make", "-n", "area", "NAME=crypto_onramp", "OBJECT=onramp_session",
                    "ROUTE=/v1/crypto/onramp_sessions", "PREFIX=cos", "TEST_HELPERS=1")
    assert ('.venv/bin/python tools/new_area.py --name "crypto_onramp" --object '
            '"onramp_session" --route "/v1/crypto/onramp_sessions" --prefix "cos" '
            "--test-helpers\n") in done.stdout


def _tool() -> Any:
    name = "stripe_emulator_tools_new_area"
    module: ModuleType | None = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "new_area.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("args", "route", "type_", "resource"), [
    (("identity", "verification_session", None),
     "/v1/identity/verification_sessions", "identity.verification_session",
     "identity.verification_sessions"),
    (("refunds", None, None), "/v1/refunds", "refund", "refunds"),
    (("refunds", "refund", None), "/v1/refunds", "refund", "refunds"),
    (("identity", None, None), "/v1/identities", "identity", "identities"),
    (("crypto_onramp", "onramp_session", "/v1/crypto/onramp_sessions"),
     "/v1/crypto/onramp_sessions", "crypto.onramp_session", "crypto.onramp_sessions"),
])
def test_defaults(args: tuple[str, str | None, str | None], route: str, type_: str,
                  resource: str) -> None:
    area = _tool().area_from(*args)
    assert (area.route, area.type, area.resource) == (route, type_, resource)
    assert area.permission == type_.replace(".", "_")
