"""`EmulatorServer`: the real app on a real socket, in a background thread.

The same app `stripe-emulator serve` runs, so a project's tests exercise exactly what a
developer's manual session does.
"""

from __future__ import annotations

import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn

from stripe_emulator.app import App
from stripe_emulator.config import Settings

if TYPE_CHECKING:
    import httpx
    import stripe

__all__ = ["Account", "EmulatorServer"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class _ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test runner owns the signals
        pass


class EmulatorServer:
    """Start with `start()`, stop with `stop()`; `url` is where it answers.

    **Parameters:**
    * **database_url** - defaults to a SQLite file in `data_dir`.
    * **data_dir** - where SQLite and keys live (a temporary directory is typical).
    * **http_transport** - where the server's outbound webhook deliveries go: an
      `httpx.MockTransport(handler)` lets a test see (and answer) every delivery without a
      receiver; by default, real HTTP.
    * any other keyword is a `Settings` field (`webhook_retry_schedule="fast"`, ...).
    """

    def __init__(self, *, data_dir: Path, database_url: str | None = None,
                 port: int | None = None,
                 http_transport: httpx.AsyncBaseTransport | None = None,
                 **settings: Any) -> None:
        self.port = port or free_port()
        self.settings = Settings(host="127.0.0.1", port=self.port, data_dir=data_dir,
                                 database_url=database_url, log_level="warning", **settings)
        self.app = App(self.settings, http_transport=http_transport)
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> EmulatorServer:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False, lifespan="on",
                                loop="asyncio", http="httptools")
        self._server = _ThreadServer(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True,
                                        name="stripe-emulator")
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("stripe-emulator did not start (see the log above)")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def new_account(self) -> Account:
        """A fresh secret key: its own account, seeing nothing any other test made."""
        return Account(server=self, api_key="sk_test_" + secrets.token_hex(12))

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class Account:
    """One account on a running server: its key, and ready-made SDK clients."""

    server: EmulatorServer
    api_key: str
    _publishable_key: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def publishable_key(self) -> str:
        """The account's publishable key, as the server issued it (asked once, on first use:
        it is random, not derived from the secret key, and stays the same)."""
        if self._publishable_key is None:
            import httpx

            r = httpx.get(f"{self.url}/_emulator/keys", timeout=30,
                          headers={"Authorization": f"Bearer {self.api_key}"})
            r.raise_for_status()
            self._publishable_key = next(k["key"] for k in r.json()["data"]
                                         if k["type"] == "publishable")
        return self._publishable_key

    def client(self, **options: Any) -> stripe.StripeClient:
        """A `stripe.StripeClient` for this account, pointed at the server."""
        import stripe

        options.setdefault("base_addresses", {"api": self.url, "files": self.url,
                                              "connect": self.url})
        return stripe.StripeClient(self.api_key, **options)
