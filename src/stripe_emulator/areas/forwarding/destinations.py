"""The operator's forwarding destinations: which URLs may receive card data, where each
replacement goes in the body, the credentials added, the timeouts and the addresses a
destination may resolve to.

Destinations come only from the operator's TOML file (`--forwarding-config`, or
`<data_dir>/forwarding.toml`), never from an API caller: every `sk_test_` key is an
account here, so an HTTP route to enable destinations would let any caller send card
data anywhere. The file is re-read when it changes; a file that no longer parses
enables nothing (fail closed) until it is fixed.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from stripe_emulator.config import Settings

__all__ = [
    "FIELD_KINDS",
    "ConfigError",
    "Destination",
    "ForwardingConfig",
    "Signature",
    "current",
    "load",
    "parse",
]

log = logging.getLogger("stripe_emulator.forwarding")

#: Where card data goes, per replacement: `card_expiry` needs both expiry fields.
FIELD_KINDS = ("card_number", "card_expiry_month", "card_expiry_year", "card_cvc",
               "cardholder_name")
_REPLACEMENT_FIELDS = {
    "card_number": ("card_number",),
    "card_expiry": ("card_expiry_month", "card_expiry_year"),
    "card_cvc": ("card_cvc",),
    "cardholder_name": ("cardholder_name",),
}
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
MAX_TIMEOUT = 120.0
DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
MIN_SECRET_LENGTH = 8
#: RFC 9110 token characters: what a header name may be made of.
HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
#: Headers the HTTP layer owns, or that would change where or how the request goes.
RESERVED_HEADERS = frozenset({
    "host", "content-length", "transfer-encoding", "connection", "keep-alive", "te",
    "trailer", "upgrade", "expect", "proxy-authorization", "proxy-authenticate",
    "proxy-connection", "http2-settings", "forwarded", "x-forwarded-for",
    "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "x-http-method-override",
    "x-http-method", "x-method-override",
})
_TOP_KEYS = {"allow_loopback_http", "destinations"}
_DEST_KEYS = {"url", "fields", "headers", "request_signature", "timeout", "connect_timeout",
              "addresses", "accounts", "ca_file", "max_response_bytes"}


class ConfigError(ValueError):
    """The forwarding configuration is invalid; the message never quotes a secret."""


@dataclass(frozen=True, slots=True)
class Signature:
    """`request_signature`: HMAC-SHA256 of `<timestamp>.<body>` in `header`."""

    header: str
    secret: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Destination:
    """One enabled destination URL and how requests to it are built."""

    url: str
    scheme: str
    host: str
    port: int
    #: field kind (FIELD_KINDS) -> dotted JSON path in the request body
    fields: Mapping[str, str]
    #: credential headers the server adds; values are never stored or returned
    headers: tuple[tuple[str, str], ...] = field(repr=False)
    signature: Signature | None
    timeout: float
    connect_timeout: float
    #: the only addresses the host may resolve to; None: any public address
    addresses: frozenset[str] | None
    #: accounts it is enabled for; None: every account
    accounts: frozenset[str] | None
    ca_file: Path | None
    max_response_bytes: int
    #: plain http to 127.0.0.1, allowed explicitly by the operator
    loopback_http: bool

    def supports(self, replacement: str) -> bool:
        """Can this destination take `replacement` (a `replacements[]` value)?"""
        if replacement == "request_signature":
            return self.signature is not None
        return all(k in self.fields for k in _REPLACEMENT_FIELDS.get(replacement, ("?",)))

    def enabled_for(self, account: str) -> bool:
        return self.accounts is None or account in self.accounts

    @property
    def credential_values(self) -> tuple[str, ...]:
        values = tuple(v for _, v in self.headers)
        return values + ((self.signature.secret,) if self.signature else ())

    @property
    def owned_headers(self) -> frozenset[str]:
        """Header names (lower case) the server sets for this destination."""
        names = {n.lower() for n, _ in self.headers}
        if self.signature:
            names.add(self.signature.header.lower())
        return frozenset(names)


@dataclass(frozen=True, slots=True)
class ForwardingConfig:
    """Every destination the operator enabled."""

    destinations: tuple[Destination, ...] = ()
    allow_loopback_http: bool = False

    def find(self, url: str, account: str) -> Destination | None:
        """The destination whose URL is exactly `url` and is enabled for `account`."""
        for dest in self.destinations:
            if dest.url == url and dest.enabled_for(account):
                return dest
        return None


def _secret(value: Any, where: str, environ: Mapping[str, str]) -> str:
    """A literal string, or `{ env = "NAME" }` read from the environment."""
    if isinstance(value, dict) and set(value) == {"env"} and isinstance(value["env"], str):
        if value["env"] not in environ:
            raise ConfigError(f"{where}: environment variable {value['env']} is not set")
        value = environ[value["env"]]
    elif not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string or {{ env = \"NAME\" }}")
    if len(value) < MIN_SECRET_LENGTH:
        raise ConfigError(f"{where}: a credential must be at least {MIN_SECRET_LENGTH} "
                          "characters (shorter ones cannot be redacted reliably)")
    if not all(" " <= c <= "~" for c in value):
        raise ConfigError(f"{where}: only printable ASCII characters are allowed")
    return str(value)


def _header_name(name: Any, where: str) -> str:
    if not isinstance(name, str) or not HEADER_NAME.match(name):
        raise ConfigError(f"{where}: {name!r} is not a valid header name")
    if name.lower() in RESERVED_HEADERS:
        raise ConfigError(f"{where}: the {name} header cannot be configured")
    return name


def _seconds(value: Any, where: str, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            math.isfinite(value) and 0 < value <= MAX_TIMEOUT):
        raise ConfigError(f"{where}: seconds between 0 and {MAX_TIMEOUT:g} expected")
    return float(value)


def _url(raw: Any, where: str, allow_loopback_http: bool) -> tuple[str, str, int, bool]:
    """(scheme, host, port, loopback_http) of a destination URL, or ConfigError."""
    if not isinstance(raw, str) or not raw or any(c.isspace() or ord(c) < 32 for c in raw):
        raise ConfigError(f"{where}: a URL without spaces is required")
    parts = urlsplit(raw)
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"{where}: invalid port") from None
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ConfigError(f"{where}: credentials in the URL are not allowed; use headers")
    if parts.fragment or not host:
        raise ConfigError(f"{where}: an absolute URL with a host and no fragment is required")
    if parts.scheme == "https":
        return "https", host, port or 443, False
    if parts.scheme == "http" and host == "127.0.0.1" and allow_loopback_http:
        return "http", host, port or 80, True
    if parts.scheme == "http" and host == "127.0.0.1":
        raise ConfigError(f"{where}: http:// needs allow_loopback_http = true (local use)")
    raise ConfigError(f"{where}: destinations must use https:// (http:// only to 127.0.0.1 "
                      "with allow_loopback_http = true)")


def _addresses(raw: Any, where: str) -> frozenset[str] | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{where}: a non-empty list of IP addresses expected")
    out = set()
    for item in raw:
        try:
            out.add(str(ipaddress.ip_address(str(item))))
        except ValueError:
            raise ConfigError(f"{where}: {item!r} is not an IP address") from None
    return frozenset(out)


def _destination(raw: Any, i: int, *, allow_loopback_http: bool, base_dir: Path,
                 environ: Mapping[str, str]) -> Destination:
    where = f"destinations[{i}]"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a table expected")
    unknown = set(raw) - _DEST_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    scheme, host, port, loopback = _url(raw.get("url"), f"{where}.url", allow_loopback_http)
    fields = raw.get("fields", {})
    if not isinstance(fields, dict) or set(fields) - set(FIELD_KINDS):
        raise ConfigError(f"{where}.fields: keys must be among {', '.join(FIELD_KINDS)}")
    for kind, path in fields.items():
        if not isinstance(path, str) or not all(path.split(".")):
            raise ConfigError(f"{where}.fields.{kind}: a dotted JSON path expected")
    headers_raw = raw.get("headers", {})
    if not isinstance(headers_raw, dict):
        raise ConfigError(f"{where}.headers: a table of header = value expected")
    headers = tuple((_header_name(n, f"{where}.headers"),
                     _secret(v, f"{where}.headers.{n}", environ)) for n, v in headers_raw.items())
    signature = None
    if "request_signature" in raw:
        sig = raw["request_signature"]
        if not isinstance(sig, dict) or set(sig) != {"header", "secret"}:
            raise ConfigError(f"{where}.request_signature: header and secret expected")
        signature = Signature(_header_name(sig["header"], f"{where}.request_signature"),
                              _secret(sig["secret"], f"{where}.request_signature.secret",
                                      environ))
    names = [n.lower() for n, _ in headers] + ([signature.header.lower()] if signature else [])
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: a header is configured twice")
    timeout = _seconds(raw.get("timeout"), f"{where}.timeout", DEFAULT_TIMEOUT)
    connect = _seconds(raw.get("connect_timeout"), f"{where}.connect_timeout",
                       min(DEFAULT_CONNECT_TIMEOUT, timeout))
    if connect > timeout:
        raise ConfigError(f"{where}.connect_timeout: must not exceed timeout")
    accounts = raw.get("accounts")
    if accounts is not None and (not isinstance(accounts, list) or not all(
            isinstance(a, str) and a.startswith("acct_") for a in accounts)):
        raise ConfigError(f"{where}.accounts: a list of acct_ ids expected")
    ca_file = raw.get("ca_file")
    if ca_file is not None:
        ca_file = (base_dir / str(ca_file)).resolve()
        if not ca_file.is_file():
            raise ConfigError(f"{where}.ca_file: {ca_file} does not exist")
    cap = raw.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
    if isinstance(cap, bool) or not isinstance(cap, int) or not 0 < cap <= MAX_RESPONSE_BYTES:
        raise ConfigError(f"{where}.max_response_bytes: 1..{MAX_RESPONSE_BYTES} expected")
    return Destination(
        url=raw["url"], scheme=scheme, host=host, port=port, fields=dict(fields),
        headers=headers, signature=signature, timeout=timeout, connect_timeout=connect,
        addresses=_addresses(raw.get("addresses"), f"{where}.addresses"),
        accounts=frozenset(accounts) if accounts is not None else None, ca_file=ca_file,
        max_response_bytes=cap, loopback_http=loopback)


def parse(data: Mapping[str, Any], *, base_dir: Path = Path("."),
          environ: Mapping[str, str] | None = None) -> ForwardingConfig:
    """A `ForwardingConfig` from the decoded TOML document, or ConfigError."""
    env = os.environ if environ is None else environ
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"unknown keys {sorted(unknown)}")
    allow = data.get("allow_loopback_http", False)
    if not isinstance(allow, bool):
        raise ConfigError("allow_loopback_http: true or false expected")
    raw = data.get("destinations", [])
    if not isinstance(raw, list):
        raise ConfigError("destinations: an array of tables ([[destinations]]) expected")
    dests = tuple(_destination(d, i, allow_loopback_http=allow, base_dir=base_dir, environ=env)
                  for i, d in enumerate(raw))
    urls = [d.url for d in dests]
    if len(set(urls)) != len(urls):
        raise ConfigError("destinations: a URL is configured twice")
    return ForwardingConfig(destinations=dests, allow_loopback_http=allow)


def load(path: Path, environ: Mapping[str, str] | None = None) -> ForwardingConfig:
    """Read and validate the TOML file at `path`."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    try:
        return parse(data, base_dir=path.parent, environ=environ)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


_EMPTY = ForwardingConfig()
#: path -> ((mtime_ns, size), config): re-read only when the file changes.
_cache: dict[Path, tuple[tuple[int, int], ForwardingConfig]] = {}


def current(settings: Settings) -> ForwardingConfig:
    """The destinations in force for `settings`, re-read when the file changes. A missing
    or invalid file enables nothing (fail closed; the error is logged once per change)."""
    path = settings.resolved_forwarding_config
    if path is None:
        return _EMPTY
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (-1, -1)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        config = load(path)
    except ConfigError as exc:
        log.error("forwarding config rejected, no destination is enabled: %s", exc)
        config = _EMPTY
    _cache[path] = (stamp, config)
    return config
