"""One real server per database backend per session; a fresh account (key) per test.

Every API test runs on SQLite and on PostgreSQL (127.0.0.1:5432, database `test`, trust
auth). Where PostgreSQL is not reachable, its half skips with the reason.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator

import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer

PG_DSN = os.environ.get("STRIPE_EMULATOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_admin() -> object:
    import psycopg2

    conn = psycopg2.connect(PG_DSN, connect_timeout=3)
    conn.autocommit = True
    return conn


def make_pg_database(tag: str) -> tuple[str, object]:
    """A throwaway database for one server; skips the test when PostgreSQL is absent."""
    try:
        admin = _pg_admin()
    except Exception as exc:  # noqa: BLE001 - any failure means "no PostgreSQL here"
        pytest.skip(f"PostgreSQL not reachable at {PG_DSN} ({type(exc).__name__}: {exc})")
    name = f"se_test_{os.getpid()}_{tag}"
    with admin.cursor() as cur:  # type: ignore[attr-defined]
        cur.execute(f"DROP DATABASE IF EXISTS {name}")
        cur.execute(f"CREATE DATABASE {name}")
    base = PG_DSN.rsplit("/", 1)[0]
    return f"{base}/{name}", admin


def drop_pg_database(admin: object, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with admin.cursor() as cur:  # type: ignore[attr-defined]
        cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()  # type: ignore[attr-defined]


@contextlib.contextmanager
def running_server(backend: str, tmp_path_factory: pytest.TempPathFactory,
                   tag: str) -> Iterator[EmulatorServer]:
    """A real server on `backend` ("sqlite" or "postgresql", in a database of its own)."""
    data_dir = tmp_path_factory.mktemp(f"{tag}-{backend}")
    if backend == "sqlite":
        with EmulatorServer(data_dir=data_dir) as s:
            yield s
        return
    url, admin = make_pg_database(tag)
    try:
        with EmulatorServer(data_dir=data_dir, database_url=url) as s:
            yield s
    finally:
        drop_pg_database(admin, url)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    with running_server(request.param, tmp_path_factory, "api") as s:
        yield s


@pytest.fixture
def account(server: EmulatorServer) -> Account:
    return server.new_account()


@pytest.fixture
def client(account: Account) -> stripe.StripeClient:
    return account.client(max_network_retries=0)


@pytest.fixture
def http(account: Account) -> Iterator[object]:
    """Raw httpx, for what the SDK hides (headers, raw bodies); authenticated as `account`."""
    import httpx

    with httpx.Client(base_url=account.url, auth=(account.api_key, ""), timeout=30) as c:
        yield c


# -- every test stops what it starts ----------------------------------------------------------
#: How long a test's threads and processes get to finish after its fixtures are torn down.
LEAK_GRACE = 10.0


def _children() -> set[int]:
    """Live child processes of this process (from /proc; empty where there is none)."""
    me, found = str(os.getpid()), set()
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
                if fields[1] == me and fields[0] != "Z":  # ppid; zombies are reaped
                    found.add(int(entry))
    return found


def _transient(thread: threading.Thread) -> bool:
    """Threads owned by an event loop's default executor (named `asyncio_N`): they end with
    their loop, which the session check below verifies."""
    return thread.name.startswith("asyncio_")


@pytest.fixture(autouse=True)
def _stops_what_it_starts(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a thread, server or process running after its own fixtures
    are torn down. Session-scoped fixtures (shared servers, a shared browser) start before
    this snapshot and are released at session end, checked by `pytest_sessionfinish`."""
    threads, children = set(threading.enumerate()), _children()
    yield
    deadline = time.monotonic() + LEAK_GRACE
    while True:
        leaked = [t for t in threading.enumerate()
                  if t not in threads and t.is_alive() and not _transient(t)]
        spawned = _children() - children
        if not leaked and not spawned:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{request.node.nodeid} left running: "
                        f"threads {[t.name for t in leaked]}, processes {sorted(spawned)}",
                        pytrace=False)
        time.sleep(0.05)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """After every fixture is released, nothing the suite started may still run."""
    deadline = time.monotonic() + LEAK_GRACE
    while True:
        left = [t for t in threading.enumerate()
                if t is not threading.main_thread() and t.is_alive()]
        spawned = _children()
        if not left and not spawned:
            return
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    message = (f"the suite left running: threads {[t.name for t in left]}, "
               f"processes {sorted(spawned)}")
    if reporter is not None:
        reporter.write_line(message, red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
