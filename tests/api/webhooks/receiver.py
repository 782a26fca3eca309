"""A real webhook receiver on 127.0.0.1 for tests: records every request, answers as told
per path (status, delay, hang, huge body, redirect).

A path misbehaves only while its test runs: `release()` (at each test's end) makes every
path made so far answer at once, so the retries a shared server keeps sending after a test
cannot hang or crawl in the next one.
"""

from __future__ import annotations

import select
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson

from tests.polling import wait_for  # noqa: F401  (re-exported for the webhook tests)

#: How often a held request checks whether its sender gave up.
_CHECK = 0.02
_SHORT = b'{"received": true}'


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a sender that vanished mid-request (SIGKILL, a dropped 10 MB answer)


@dataclass
class Arrival:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def event(self) -> dict[str, Any]:
        doc: dict[str, Any] = orjson.loads(self.body)
        return doc


@dataclass
class Behaviour:
    """How a path answers; `statuses` are used in turn, the last one repeats."""

    statuses: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    hang: bool = False
    body: bytes = _SHORT
    headers: dict[str, str] = field(default_factory=dict)
    #: Set when the test that made the path is over: no more hanging, delay or huge body.
    released: threading.Event = field(default_factory=threading.Event)


def _gone(conn: socket.socket) -> bool:
    """Has the sender closed the connection (given up on the request)?"""
    try:
        readable, _, _ = select.select([conn], [], [], 0)
        return bool(readable) and conn.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


class Receiver:
    """`start()`, then `hook()` for a fresh path; `arrivals(path)` lists what came."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrivals: list[Arrival] = []
        self._behaviours: dict[str, Behaviour] = {}
        self._served: dict[str, int] = {}
        self._held: dict[str, int] = {}  # requests a hanging path holds now
        self._most_held: dict[str, int] = {}  # ... and the most it held at once
        self._stopped = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            # One request per connection: a kept-alive connection would keep its thread
            # (and so this test's resources) alive into the next test.
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                if len(body) < length:
                    return  # the sender died mid-request (SIGKILL): not a delivery
                receiver._record(Arrival(self.path, {k.lower(): v for k, v in
                                                     self.headers.items()}, body,
                                         time.time()))
                b = receiver._behaviours.get(self.path, Behaviour())
                with receiver._lock:
                    n = receiver._served.get(self.path, 0)
                    receiver._served[self.path] = n + 1
                status = b.statuses[min(n, len(b.statuses) - 1)]
                if b.hang and not receiver._hold(self.path, b, self.connection):
                    return  # the sender gave up: there is no one to answer
                if b.delay:
                    b.released.wait(b.delay)
                answer = _SHORT if b.released.is_set() else b.body
                try:
                    self.send_response(status)
                    for k, v in b.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the sender stopped reading (a huge body): that is its right

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]

    def start(self) -> Receiver:
        threading.Thread(target=self._server.serve_forever, daemon=True,
                         name="webhook-receiver").start()
        return self

    def release(self) -> None:
        """The test is over: every path made so far answers at once from now on, and the
        requests they hold are answered."""
        with self._lock:
            behaviours = list(self._behaviours.values())
        for b in behaviours:
            b.released.set()

    def stop(self) -> None:
        self._stopped.set()
        self.release()
        self._server.shutdown()
        self._server.server_close()

    def _record(self, arrival: Arrival) -> None:
        with self._lock:
            self._arrivals.append(arrival)

    def _hold(self, path: str, b: Behaviour, conn: socket.socket) -> bool:
        """Hold a request to a hanging path until the test releases it (True) or the
        sender gives up (False)."""
        with self._lock:
            self._held[path] = held = self._held.get(path, 0) + 1
            self._most_held[path] = max(self._most_held.get(path, 0), held)
        try:
            while not b.released.wait(_CHECK):
                if _gone(conn) or self._stopped.is_set():
                    return False
            return True
        finally:
            with self._lock:
                self._held[path] -= 1

    def hook(self, **behaviour: Any) -> str:
        """A fresh URL on this receiver, answering as `behaviour` says."""
        path = f"/hook/{uuid.uuid4().hex}"
        with self._lock:
            self._behaviours[path] = Behaviour(**behaviour)
        return f"http://127.0.0.1:{self.port}{path}"

    def _path(self, url: str) -> str:
        return url.split(str(self.port), 1)[1]

    def arrivals(self, url: str) -> list[Arrival]:
        path = self._path(url)
        with self._lock:
            return [a for a in self._arrivals if a.path == path]

    def held(self, url: str) -> int:
        """Requests a hanging path holds now (their senders still waiting)."""
        with self._lock:
            return self._held.get(self._path(url), 0)

    def most_held(self, url: str) -> int:
        """The most requests a hanging path held at once."""
        with self._lock:
            return self._most_held.get(self._path(url), 0)
