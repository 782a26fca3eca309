"""A real third-party destination for forwarding tests: an HTTP(S) server on 127.0.0.1,
in a thread, that records every request it receives and answers by path.

    /ok              200 {"transactionId": "tx_123"}
    /echo            200, echoes the body it got, and the card number and credential in
                     its headers (a destination that leaks back what it received)
    /escaped         200, the card number of the body as JSON \\u escapes
    /status/<n>      status n
    /redirect?to=u   302 to u
    /big             a 50 MB body
    /gzip-bomb       a few KB of gzip that inflate to 50 MB
    /hang            records the request, then answers only when released (or after 30 s);
                     a test that makes one releases it (`release()`) before it ends

`Blackhole` is a listener whose accept queue is full: connections to it never complete.
"""

from __future__ import annotations

import contextlib
import gzip
import re
import socket
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

FIFTY_MB = 50 * 1024 * 1024


@dataclass
class Received:
    path: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def json(self) -> Any:
        return orjson.loads(self.body)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        url = urlsplit(self.path)
        got = Received(url.path, list(self.headers.items()), body)
        with self.server.lock:
            self.server.received.append(got)
        # The client may stop reading (the body cap) or give up (a timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(url.path, parse_qs(url.query), got)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, path: str, query: dict[str, list[str]], got: Received) -> None:
        if path == "/ok":
            self._send(200, b'{"transactionId":"tx_123"}',
                       {"Idempotency-Key": got.header("Idempotency-Key") or ""})
        elif path == "/echo":
            number = re.search(rb'"number":"([0-9]+)"', got.body)
            self._send(200, got.body, {
                "X-Echo-Card": number.group(1).decode() if number else "",
                "X-Echo-Reflected": got.header("X-Api-Key") or "",
                "Authorization": "Bearer upstream-session-token"})
        elif path == "/escaped":
            number = re.search(rb'"number":"([0-9]+)"', got.body)
            digits = number.group(1).decode() if number else ""
            escaped = "".join(f"\\u{ord(c):04x}" for c in digits)
            self._send(200, ('{"card":"' + escaped + '"}').encode())
        elif path.startswith("/status/"):
            self._send(int(path.rsplit("/", 1)[1]), b'{"error":"declined"}')
        elif path == "/redirect":
            self._send(302, b"", {"Location": query["to"][0]})
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(FIFTY_MB))
            self.end_headers()
            chunk = b"x" * 65536
            for _ in range(FIFTY_MB // len(chunk)):
                self.wfile.write(chunk)
        elif path == "/gzip-bomb":
            self._send(200, gzip.compress(b"0" * FIFTY_MB, 9),
                       {"Content-Encoding": "gzip", "Content-Type": "text/plain"})
        elif path == "/hang":
            with self.server.lock:
                gate = self.server.gate
            gate.wait(30)
            self._send(200, b"{}")
        else:
            self._send(404, b'{"error":"no such path"}')


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    received: list[Received]
    lock: threading.Lock
    #: what the /hang requests waiting now wait for; replaced when they are released
    gate: threading.Event


class DestinationServer:
    """Start with a `with` block; `url(path)` is where it answers, `received` what it got."""

    def __init__(self, *, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.received = []
        self._server.lock = threading.Lock()
        self._server.gate = threading.Event()
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.host = host
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    @property
    def received(self) -> list[Received]:
        with self._server.lock:
            return list(self._server.received)

    def received_at(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]

    def release(self) -> None:
        """Let every /hang request received so far answer (and its thread end); later
        ones hang again."""
        with self._server.lock:
            gate, self._server.gate = self._server.gate, threading.Event()
        gate.set()

    def __enter__(self) -> DestinationServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()


class Blackhole:
    """A TCP port on 127.0.0.1 where connecting never completes (full accept queue)."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port = self._listener.getsockname()[1]
        self._fillers = []
        for _ in range(4):
            s = socket.socket()
            s.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                s.connect(("127.0.0.1", self.port))
            self._fillers.append(s)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        for s in [*self._fillers, self._listener]:
            s.close()


def tls_material(tmp_dir: Any, hostname: str = "destination.test") -> tuple[ssl.SSLContext, str]:
    """(server context for `hostname`, path of the CA file that trusts it): a throwaway CA
    and certificate made with `cryptography`."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "forwarding test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_path, key_path, ca_path = (tmp_dir / "cert.pem", tmp_dir / "key.pem",
                                    tmp_dir / "ca.pem")
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert_path, key_path)
    return server_ctx, str(ca_path)
