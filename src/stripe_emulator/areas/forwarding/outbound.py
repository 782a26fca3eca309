"""The one outbound call of a forwarding request.

The destination's host is resolved once, before anything is sent, and the address is
checked (the operator's `addresses`, or else a public address only, never the operator's
own network); the connection then goes to exactly that address, while TLS still checks
the certificate against the host name (SNI), so a DNS answer that changes between the
check and the connection cannot redirect card data. No redirects are followed, no proxy
or netrc from the environment is used, nothing is retried, and the response body is read
up to a cap (decompressed size for gzip/deflate).

    StripeError raised here          when
    402 invalid_request_error        timed out before a connection was established
    504 api_error                    timed out once the request had started to go out
    502 api_error                    resolution refused or failed, connection failed,
                                     TLS failed, the destination broke the exchange
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from stripe_emulator import __version__
from stripe_emulator.api.errors import APIError, InvalidRequestError
from stripe_emulator.areas.forwarding.destinations import Destination

if TYPE_CHECKING:
    from stripe_emulator.areas.forwarding.payload import Exchange
    from stripe_emulator.clock import Clock

__all__ = ["Outcome", "Resolver", "address_allowed", "resolve", "send", "system_resolver"]

log = logging.getLogger("stripe_emulator.forwarding")

Resolver = Callable[[str, int], Awaitable[list[str]]]
#: Bytes read past the cap, so a card number cut by the cap is still seen whole by
#: redaction (the stored body is cut at the cap afterwards).
READ_SLACK = 64
MAX_RESPONSE_HEADERS = 100
USER_AGENT = f"stripe-emulator/{__version__} (forwarding)"
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_STRIPE_RETRY_NO = {"Stripe-Should-Retry": "false"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the destination answered (body decoded, not yet redacted)."""

    status: int
    headers: list[tuple[str, str]]
    body: str
    ip: str
    duration_ms: int


def _connect_timeout() -> InvalidRequestError:
    return InvalidRequestError("The request to the destination timed out before a connection "
                               "was established.", status=402)


def _failed(message: str, status: int = 502) -> APIError:
    return APIError(message, status=status, headers=dict(_STRIPE_RETRY_NO))


async def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses from the system resolver, in its order."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is not None:
            return _public(embedded)
        if addr.teredo is not None or any(addr in net for net in _NAT64):
            return False
    return addr.is_global and not addr.is_multicast


def address_allowed(dest: Destination, ip: str) -> bool:
    """May `dest` be reached at `ip`? The operator's list when given; else 127.0.0.1 for a
    loopback http destination; else public addresses only (no private, loopback,
    link-local, shared or reserved range, also when embedded in IPv6)."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if dest.addresses is not None:
        return str(addr) in dest.addresses
    if dest.loopback_http:
        return str(addr) == "127.0.0.1"
    return _public(addr)


async def resolve(dest: Destination, *, resolver: Resolver | None = None) -> str:
    """The one address this request will connect to: the first address of the host the
    destination allows. Resolved once; the connection is pinned to the result."""
    try:
        candidates = [str(ipaddress.ip_address(dest.host))]
    except ValueError:
        try:
            async with asyncio.timeout(dest.connect_timeout):
                candidates = await (resolver or system_resolver)(dest.host, dest.port)
        except TimeoutError:
            raise _connect_timeout() from None
        except OSError:
            raise _failed("The destination's host name could not be resolved.") from None
    for ip in candidates:
        if address_allowed(dest, ip):
            return str(ipaddress.ip_address(ip.split("%", 1)[0]))
    log.warning("forwarding to %s refused: %s resolved to no allowed address (%s)",
                dest.url, dest.host, ", ".join(candidates))
    raise _failed("The destination resolved to an address that is not allowed for forwarding.")


class _Progress:
    """Has any byte of the HTTP request been written yet? (402 vs 504 on a timeout.)"""

    sent = False


class _TrackedStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, progress: _Progress) -> None:
        self._inner = inner
        self._progress = progress

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._progress.sent = True
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        tls = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _TrackedStream(tls, self._progress)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Connects to the checked address whatever the URL's host name resolves to now."""

    def __init__(self, ip: str, host: str, progress: _Progress) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._ip = ip
        self._host = host.strip("[]").lower()
        self._progress = progress

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        if host.strip("[]").lower() != self._host:  # only the destination, ever
            raise httpcore.ConnectError(f"connection to {host} refused: not the destination")
        stream = await self._inner.connect_tcp(self._ip, port, timeout=timeout,
                                               local_address=local_address,
                                               socket_options=socket_options)
        return _TrackedStream(stream, self._progress)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not forwarding destinations")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport on a pool that uses `_PinnedBackend` for its connections."""

    def __init__(self, backend: _PinnedBackend, ssl_context: ssl.SSLContext) -> None:
        super().__init__(verify=ssl_context, trust_env=False, retries=0)
        # httpx's constructor takes no network backend; the httpcore pool it wraps does.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context, max_connections=1, max_keepalive_connections=0,
            http1=True, http2=False, retries=0, network_backend=backend)


_ssl_contexts: dict[Path | None, ssl.SSLContext] = {}


def _ssl_context(ca_file: Path | None) -> ssl.SSLContext:
    """Verifying TLS context: certifi's CAs, or only the operator's `ca_file`."""
    ctx = _ssl_contexts.get(ca_file)
    if ctx is None:
        if ca_file is None:
            ctx = httpx.create_ssl_context(trust_env=False)
        else:
            ctx = ssl.create_default_context(cafile=str(ca_file))
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        _ssl_contexts[ca_file] = ctx
    return ctx


async def _read_capped(response: httpx.Response, limit: int) -> str:
    """At most `limit` bytes of the (decompressed) body, decoded as UTF-8; reading stops
    there. A body in an encoding we cannot bound (br, zstd...) is not kept."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    decoder: Any = None
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    elif encoding not in ("", "identity"):
        return ""
    buf = bytearray()
    try:
        async for chunk in response.aiter_raw():
            if decoder is not None:
                chunk = decoder.decompress(chunk, limit - len(buf))
            buf += chunk[: limit - len(buf)]
            if len(buf) >= limit:
                break
    except zlib.error:
        return ""
    return buf.decode("utf-8", errors="replace")


def _request(client: httpx.AsyncClient, dest: Destination, exchange: Exchange) -> httpx.Request:
    request = client.build_request("POST", dest.url, content=exchange.body,
                                   headers=list(exchange.headers))
    given = {name.lower() for name, _ in exchange.headers}
    for name, value in (("Accept-Encoding", "identity"), ("User-Agent", USER_AGENT),
                        ("Accept", "*/*")):
        if name.lower() not in given:
            request.headers[name] = value
    request.headers["Connection"] = "close"
    return request


async def send(dest: Destination, ip: str, exchange: Exchange, *, clock: Clock) -> Outcome:
    """POST `exchange` to `dest` at `ip`, once; the answer whatever its status."""
    progress = _Progress()
    transport = _PinnedTransport(_PinnedBackend(ip, dest.host, progress),
                                 _ssl_context(dest.ca_file))
    timeout = httpx.Timeout(dest.timeout, connect=dest.connect_timeout)
    started = clock.monotonic()
    async with httpx.AsyncClient(transport=transport, follow_redirects=False, trust_env=False,
                                 timeout=timeout) as client:
        try:
            async with asyncio.timeout(dest.timeout):
                response = await client.send(_request(client, dest, exchange), stream=True)
                try:
                    body = await _read_capped(response, dest.max_response_bytes + READ_SLACK)
                finally:
                    await response.aclose()
        except (TimeoutError, httpx.TimeoutException):
            log.warning("forwarding to %s timed out (%s)", dest.url,
                        "after sending" if progress.sent else "before connecting")
            if not progress.sent:
                raise _connect_timeout() from None
            raise _failed("The request to the destination timed out.", 504) from None
        except httpx.HTTPError as exc:
            log.warning("forwarding to %s failed: %s", dest.url, type(exc).__name__)
            if isinstance(exc, httpx.ConnectError):
                raise _failed("The connection to the destination failed.") from None
            raise _failed("The destination closed the connection or sent an invalid "
                          "response.") from None
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, v in response.headers.raw[:MAX_RESPONSE_HEADERS]]
    return Outcome(status=response.status_code, headers=headers, body=body,
                   ip=ip, duration_ms=int((clock.monotonic() - started) * 1000))
