"""A real webhook receiver on 127.0.0.1 for tests: records every request, answers as told
per path (status, delay, hang, huge body, redirect)."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson

from tests.polling import wait_for  # noqa: F401  (re-exported for the webhook tests)


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
    body: bytes = b'{"received": true}'
    headers: dict[str, str] = field(default_factory=dict)


class Receiver:
    """`start()`, then `hook()` for a fresh path; `arrivals(path)` lists what came."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrivals: list[Arrival] = []
        self._behaviours: dict[str, Behaviour] = {}
        self._served: dict[str, int] = {}
        self._closing = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

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
                if b.hang:
                    receiver._closing.wait(30)
                    return
                if b.delay:
                    time.sleep(b.delay)
                try:
                    self.send_response(status)
                    for k, v in b.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(b.body)))
                    self.end_headers()
                    self.wfile.write(b.body)
                except OSError:
                    pass  # the sender stopped reading (a huge body): that is its right

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]

    def start(self) -> Receiver:
        threading.Thread(target=self._server.serve_forever, daemon=True,
                         name="webhook-receiver").start()
        return self

    def stop(self) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()

    def _record(self, arrival: Arrival) -> None:
        with self._lock:
            self._arrivals.append(arrival)

    def hook(self, **behaviour: Any) -> str:
        """A fresh URL on this receiver, answering as `behaviour` says."""
        path = f"/hook/{uuid.uuid4().hex}"
        self._behaviours[path] = Behaviour(**behaviour)
        return f"http://127.0.0.1:{self.port}{path}"

    def arrivals(self, url: str) -> list[Arrival]:
        path = url.split(str(self.port), 1)[1]
        with self._lock:
            return [a for a in self._arrivals if a.path == path]

