"""`python -m stripe_emulator serve` as a subprocess on a free port (a second process on a
shared database, or one to SIGKILL), its output kept for failures."""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time

import httpx
import stripe

from stripe_emulator.testing.server import free_port

KEY = "sk_test_durability"


class Process:
    """A started `serve`; `stop()` it (in a `finally`): a test stops what it starts."""

    def __init__(self, args: list[str], *, retry_schedule: str = "0.2,0.5,1") -> None:
        self.port = free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "stripe_emulator", "serve", "--port", str(self.port),
             "--log-level", "warning", "--webhook-retry-schedule", retry_schedule, *args],
            stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait_healthy()
        except BaseException:
            self.stop(signal.SIGKILL)
            raise

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            assert self.proc.poll() is None, self.output()
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def client(self, key: str = KEY) -> stripe.StripeClient:
        return stripe.StripeClient(key, base_addresses={"api": self.url},
                                   max_network_retries=0)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=15)
        if not self.log.closed:
            self.log.close()
