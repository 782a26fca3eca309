"""Forwarding object shapes (`forwarding.request`, field for field as the SDK declares it)
and the internal claim row that keeps one Idempotency-Key to one outbound call across
server processes."""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "CLAIM",
    "OBJECT",
    "RETENTION_SECONDS",
    "Claim",
    "ForwardingRequest",
    "Header",
    "RequestContext",
    "RequestDetails",
    "ResponseDetails",
]

OBJECT = "forwarding.request"
#: Internal, never rendered: an Idempotency-Key being (or done being) forwarded.
CLAIM = "forwarding.claim"
#: Forwarding requests and their redacted payloads are kept 30 days (Stripe's retention).
RETENTION_SECONDS = 30 * 24 * 3600


class Header(TypedDict):
    name: str
    value: str


class RequestContext(TypedDict):
    destination_duration: int
    destination_ip_address: str


class RequestDetails(TypedDict):
    body: str
    headers: list[Header]
    http_method: Literal["POST"]


class ResponseDetails(TypedDict):
    body: str
    headers: list[Header]
    status: int


class ForwardingRequest(TypedDict):
    id: str
    object: Literal["forwarding.request"]
    created: int
    livemode: bool
    metadata: dict[str, str] | None
    payment_method: str
    replacements: list[str]
    request_context: RequestContext | None
    request_details: RequestDetails | None
    response_details: ResponseDetails | None
    url: str | None


class Claim(TypedDict):
    id: str
    object: Literal["forwarding.claim"]
    created: int
    #: hash of the params, so a reused key with other params is refused
    fingerprint: str
    #: the forwarding request made under this key, once stored
    request: str | None
    #: an unfinished claim older than this belonged to a process that died
    expires_at: int
