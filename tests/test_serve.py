"""`stripe-emulator serve` as a user runs it: a real process, state that survives a restart,
on SQLite (the default) and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import stripe

from stripe_emulator.testing.server import free_port
from tests.conftest import drop_pg_database, make_pg_database


class Serve:
    """A `stripe-emulator serve` subprocess on a free port."""

    def __init__(self, *args: str) -> None:
        self.port = free_port()
        self.args = ["-m", "stripe_emulator", "serve", "--port", str(self.port),
                     "--log-level", "warning", *args]
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, cwd: Path | None = None) -> Serve:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, *self.args], stdout=self.log,
                                     stderr=subprocess.STDOUT, cwd=cwd)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise AssertionError(self.log.read().decode())
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise AssertionError("server did not start")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)
        self.proc.wait(timeout=15)
        self.log.close()

    def client(self, key: str = "sk_test_serve") -> stripe.StripeClient:
        return stripe.StripeClient(key, base_addresses={"api": self.url},
                                   max_network_retries=0)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_args(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[str]]:
    if request.param == "sqlite":
        yield ["--data-dir", str(tmp_path / "data")]
        return
    url, admin = make_pg_database(f"serve_{os.getpid()}")
    try:
        yield ["--data-dir", str(tmp_path / "data"), "--database-url", url]
    finally:
        drop_pg_database(admin, url)


def test_state_survives_a_restart(database_args: list[str]) -> None:
    first = Serve(*database_args).start()
    try:
        customer = first.client().v1.customers.create({"email": "persist@example.com"})
        health = httpx.get(first.url + "/healthz").json()
        assert health["database"] == ("postgresql" if "--database-url" in database_args
                                      else "sqlite")
    finally:
        first.stop(signal.SIGKILL)  # no clean shutdown: committed means durable
    second = Serve(*database_args).start()
    try:
        again = second.client().v1.customers.retrieve(customer.id)
        assert again.email == "persist@example.com"
        events = second.client().v1.events.list().data
        assert [e.type for e in events] == ["customer.created"]
    finally:
        second.stop()


def test_default_data_dir_is_created(tmp_path: Path) -> None:
    server = Serve().start(cwd=tmp_path)
    try:
        assert (tmp_path / ".stripe-emulator" / "stripe-emulator.db").exists()
    finally:
        server.stop()


def test_memory_database(tmp_path: Path) -> None:
    server = Serve("--data-dir", str(tmp_path), "--database-url", "sqlite:///:memory:").start()
    try:
        assert server.client().v1.customers.create({}).id.startswith("cus_")
        assert httpx.get(server.url + "/healthz").json()["database_url"] == "sqlite:///:memory:"
    finally:
        server.stop()
