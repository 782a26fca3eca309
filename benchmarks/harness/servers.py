"""The servers under test: how each is installed, started, checked and cleaned up.

A: the bare ASGI app (the ceiling for a Python service on this stack)
B: localstripe, the peer, from PyPI in its own virtualenv, run as its own process
C: stripe-emulator on SQLite
D: stripe-emulator on the local PostgreSQL, in a database this run creates and drops
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import procs

BENCH_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BENCH_DIR.parent
EMULATOR_BIN = REPO_DIR / ".venv" / "bin" / "stripe-emulator"
LOCALSTRIPE_VENV = BENCH_DIR / ".venv-localstripe"
LOCALSTRIPE_VERSION = "1.15.10"  # pinned so figures compare across runs
# localstripe pickles its whole store here after every write; the path is hard-coded in it.
LOCALSTRIPE_PICKLE = Path("/tmp/localstripe.pickle")
PG_ADMIN = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
UVICORN_FLAGS = ["--loop", "uvloop", "--http", "httptools", "--no-access-log",
                 "--log-level", "warning"]
READY_KEY = "sk_test_bench_ready"


class Unavailable(RuntimeError):
    """The server cannot run here; the run goes on without it."""


@dataclass
class Running:
    """A started server: where it listens and which process to measure."""

    label: str
    name: str
    base_url: str
    proc: procs.Proc

    @property
    def pid(self) -> int:
        return self.proc.pid


@dataclass
class Server:
    """One server kind. Subclasses say how to install, launch and check it."""

    label: str
    name: str
    ready_path: str = "/healthz"

    def prepare(self, workdir: Path) -> None:
        """Install or create what the server needs; raise Unavailable to skip it."""

    def argv(self, port: int, workdir: Path) -> list[str]:
        raise NotImplementedError

    def cleanup(self) -> None:
        """Undo what prepare() made outside the work directory."""

    def start(self, workdir: Path) -> Running:
        self.prepare(workdir)
        port = procs.free_port()
        sdir = workdir / self.name
        sdir.mkdir(parents=True, exist_ok=True)
        proc = procs.start(self.name, self.argv(port, sdir), sdir / "server.log", cwd=sdir)
        base_url = f"http://127.0.0.1:{port}"
        try:
            procs.wait_ready(proc, base_url + self.ready_path,
                             {"Authorization": f"Bearer {READY_KEY}"})
        except procs.StartError as exc:
            procs.stop(proc)
            self.cleanup()
            raise Unavailable(str(exc)) from exc
        return Running(self.label, self.name, base_url, proc)


class BareApp(Server):
    def __init__(self) -> None:
        super().__init__("A", "bare", ready_path="/")

    def argv(self, port: int, workdir: Path) -> list[str]:
        return [sys.executable, "-m", "uvicorn", "harness.bare_app:app",
                "--app-dir", str(BENCH_DIR), "--host", "127.0.0.1", "--port", str(port),
                *UVICORN_FLAGS]


class Localstripe(Server):
    """The peer, run unmodified. It has no health route, so readiness is a customer list."""

    def __init__(self) -> None:
        super().__init__("B", "localstripe", ready_path="/v1/customers?limit=1")
        self._saved_pickle: Path | None = None
        self._had_pickle = False

    @property
    def binary(self) -> Path:
        return LOCALSTRIPE_VENV / "bin" / "localstripe"

    def prepare(self, workdir: Path) -> None:
        if not self.binary.exists():
            install_localstripe()
        # Keep someone else's localstripe state out of the run, and give it back afterwards.
        self._had_pickle = LOCALSTRIPE_PICKLE.exists()
        if self._had_pickle:
            self._saved_pickle = workdir / "localstripe.pickle.saved"
            shutil.copy2(LOCALSTRIPE_PICKLE, self._saved_pickle)

    def argv(self, port: int, workdir: Path) -> list[str]:
        # It binds [::]:PORT (dual stack) by design; all of our traffic goes to 127.0.0.1.
        return [str(self.binary), "--port", str(port), "--from-scratch"]

    def cleanup(self) -> None:
        if self._saved_pickle is not None:
            shutil.copy2(self._saved_pickle, LOCALSTRIPE_PICKLE)
        elif not self._had_pickle:
            LOCALSTRIPE_PICKLE.unlink(missing_ok=True)


class Emulator(Server):
    """stripe-emulator through its console script, on SQLite (default) or PostgreSQL."""

    def __init__(self, label: str, backend: str) -> None:
        super().__init__(label, f"emulator-{backend}")
        self.backend = backend
        self.database_url: str | None = None
        self._database: str | None = None

    def prepare(self, workdir: Path) -> None:
        check_emulator()
        if self.backend == "postgres":
            self._database = f"bench_{os.getpid()}"
            _pg(["createdb", *PG_ADMIN, self._database])
            self.database_url = f"postgresql://postgres@127.0.0.1:5432/{self._database}"

    def argv(self, port: int, workdir: Path) -> list[str]:
        argv = [str(EMULATOR_BIN), "serve", "--host", "127.0.0.1", "--port", str(port),
                "--data-dir", str(workdir / "data"), "--log-level", "warning"]
        if self.database_url:
            argv += ["--database-url", self.database_url]
        return argv

    def cleanup(self) -> None:
        if self._database:
            _pg(["dropdb", *PG_ADMIN, "--if-exists", "--force", self._database])
            self._database = None


def make_servers(names: list[str]) -> list[Server]:
    """Servers in the fixed A B C D order, filtered by name."""
    everything: list[Server] = [BareApp(), Localstripe(), Emulator("C", "sqlite"),
                                Emulator("D", "postgres")]
    chosen = [s for s in everything if s.name in names or s.label in names]
    unknown = set(names) - {s.name for s in everything} - {s.label for s in everything}
    if unknown:
        raise SystemExit(f"unknown server(s): {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(s.name for s in everything)}")
    return chosen


def check_emulator() -> None:
    if not EMULATOR_BIN.exists():
        raise Unavailable(f"{EMULATOR_BIN} is missing (run `make venv`)")
    probe = subprocess.run([str(EMULATOR_BIN), "serve", "--help"], check=False, capture_output=True,
                           text=True, timeout=60)
    if probe.returncode != 0:
        tail = (probe.stderr or probe.stdout).strip().splitlines()[-1:] or ["?"]
        raise Unavailable(f"`stripe-emulator serve --help` failed: {tail[0]}")


def install_localstripe() -> None:
    """Install the peer from PyPI into its own virtualenv, never into the project's."""
    print(f"installing localstripe=={LOCALSTRIPE_VERSION} into {LOCALSTRIPE_VENV} ...",
          file=sys.stderr)
    base_python = shutil.which("python3") or sys.executable
    steps = [[base_python, "-m", "venv", str(LOCALSTRIPE_VENV)],
             [str(LOCALSTRIPE_VENV / "bin" / "pip"), "install", "--quiet",
              f"localstripe=={LOCALSTRIPE_VERSION}"]]
    for step in steps:
        done = subprocess.run(step, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            raise Unavailable(f"could not install localstripe: {done.stderr.strip()[-300:]}")


def _pg(argv: list[str]) -> None:
    if shutil.which(argv[0]) is None:
        raise Unavailable(f"{argv[0]} not found (PostgreSQL client tools)")
    done = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise Unavailable(f"{' '.join(argv)} failed: {done.stderr.strip()}")
