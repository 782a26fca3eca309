"""The outbound request of a forwarding request, and the redacted copy that is kept.

The caller's JSON body gets card data at the paths the destination's configuration
names (only the kinds listed in `replacements`); the caller's headers are checked and
sent as given; the operator's credential headers and the request signature are added.
The body is re-serialized after injection, so what the destination parses is exactly
what was built (no duplicate keys, no quoting tricks). Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.areas.forwarding.destinations import (
    HEADER_NAME,
    RESERVED_HEADERS,
    Destination,
)
from stripe_emulator.areas.forwarding.models import Header
from stripe_emulator.areas.forwarding.redaction import (
    CREDENTIAL_PLACEHOLDER,
    CVC_MASK,
    Secrets,
    mask_pan,
    redact_headers,
    redact_text,
)

__all__ = ["SIGNATURE_PLACEHOLDER", "Card", "Exchange", "build", "check_headers", "sign"]

SIGNATURE_PLACEHOLDER = "{{REQUEST_SIGNATURE}}"


@dataclass(frozen=True, slots=True)
class Card:
    """The card data of one PaymentMethod, as revealed by the vault (never printed)."""

    number: str = field(repr=False)
    exp_month: int
    exp_year: int
    cvc: str | None = field(repr=False)
    name: str | None = field(repr=False)


@dataclass(frozen=True, slots=True)
class Exchange:
    """What goes to the destination, and the redacted copy of it that is stored."""

    body: bytes = field(repr=False)
    headers: tuple[tuple[str, str], ...] = field(repr=False)
    stored_body: str
    stored_headers: list[Header]
    #: what the stored copies of this exchange (response included) must never contain
    secrets: Secrets


def check_headers(headers: Sequence[tuple[str, str]], dest: Destination | None) -> None:
    """Refuse headers that would change where or how the request goes, or replace the
    operator's credentials (Stripe's 400, naming `request[headers][i][...]`)."""
    owned = dest.owned_headers if dest is not None else frozenset()
    for i, (name, value) in enumerate(headers):
        param = f"request[headers][{i}][name]"
        if not HEADER_NAME.match(name):
            raise InvalidRequestError(f"Invalid header name: '{name}'.", param=param)
        if not all(c == "\t" or " " <= c <= "~" for c in value):
            raise InvalidRequestError(
                f"Invalid value for header '{name}': only printable ASCII characters are "
                "allowed.", param=f"request[headers][{i}][value]")
        if name.lower() in RESERVED_HEADERS:
            raise InvalidRequestError(
                f"The header '{name}' cannot be set on a forwarded request.", param=param)
        if name.lower() in owned:
            raise InvalidRequestError(
                f"The header '{name}' is set by Stripe for this destination and cannot be "
                "overridden.", param=param)


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """`t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def _set(doc: Any, path: str, value: str, kind: str) -> None:
    parts = path.split(".")
    node = doc
    for part in parts[:-1]:
        if isinstance(node, dict):
            node = node.setdefault(part, {})
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            node = None
        if not isinstance(node, (dict, list)):
            break
    last = parts[-1]
    if isinstance(node, dict):
        node[last] = value
    elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = value
    else:
        raise InvalidRequestError(
            f"request[body] has no JSON object at '{path}' to receive {kind}.",
            param="request[body]")


def _injections(dest: Destination, replacements: Sequence[str], card: Card,
                ) -> list[tuple[str, str, str, str]]:
    """(kind, path, value sent, value stored) for every field to fill."""
    out = []
    for kind in dict.fromkeys(replacements):
        if kind == "card_number":
            out.append((kind, dest.fields["card_number"], card.number, mask_pan(card.number)))
        elif kind == "card_expiry":
            month, year = f"{card.exp_month:02d}", f"{card.exp_year:04d}"
            out.append((kind, dest.fields["card_expiry_month"], month, month))
            out.append((kind, dest.fields["card_expiry_year"], year, year))
        elif kind == "card_cvc" and card.cvc is not None:
            out.append((kind, dest.fields["card_cvc"], card.cvc, CVC_MASK))
        elif kind == "cardholder_name":
            out.append((kind, dest.fields["cardholder_name"], card.name or "", card.name or ""))
    return out


def _bodies(body: str | None, injections: list[tuple[str, str, str, str]]) -> tuple[bytes, str]:
    """(body sent, body stored before redaction)."""
    if not injections:
        return (body or "").encode(), body or ""
    try:
        sent, kept = orjson.loads(body or "{}"), orjson.loads(body or "{}")
    except orjson.JSONDecodeError:
        sent = None
    if not isinstance(sent, dict):
        kinds = ", ".join(dict.fromkeys(k for k, *_ in injections))
        raise InvalidRequestError(
            f"request[body] must be a JSON object to receive the replacements: {kinds}.",
            param="request[body]")
    for kind, path, value, masked in injections:
        _set(sent, path, value, kind)
        _set(kept, path, masked, kind)
    return orjson.dumps(sent), orjson.dumps(kept).decode()


def build(dest: Destination, replacements: Sequence[str], body: str | None,
          headers: Sequence[tuple[str, str]], card: Card, *, now: int) -> Exchange:
    """The outbound request for `dest` and its stored copy (checks headers first)."""
    check_headers(headers, dest)
    sent_body, kept_body = _bodies(body, _injections(dest, replacements, card))
    out = list(headers)
    kept: list[tuple[str, str]] = list(headers)
    if not any(n.lower() == "content-type" for n, _ in headers):
        out.append(("Content-Type", "application/json"))
        kept.append(("Content-Type", "application/json"))
    out.extend(dest.headers)
    credentials = list(dest.credential_values)
    if "request_signature" in replacements and dest.signature is not None:
        signature = sign(dest.signature.secret, sent_body, now)
        out.append((dest.signature.header, signature))
        credentials.append(signature)
    secrets = Secrets(pans=(card.number,),
                      cvcs=(card.cvc,) if card.cvc and "card_cvc" in replacements else (),
                      credentials=tuple(credentials))
    stored_headers = redact_headers(kept, secrets)
    stored_headers += [{"name": n, "value": CREDENTIAL_PLACEHOLDER} for n, _ in dest.headers]
    if "request_signature" in replacements and dest.signature is not None:
        stored_headers.append({"name": dest.signature.header, "value": SIGNATURE_PLACEHOLDER})
    return Exchange(body=sent_body, headers=tuple(out),
                    stored_body=redact_text(kept_body, secrets),
                    stored_headers=stored_headers, secrets=secrets)
