"""Stripe's webhook signature: the `Stripe-Signature` header that
`stripe.Webhook.construct_event` checks (spec/webhooks_events.md, section 4)."""

from __future__ import annotations

import hashlib
import hmac
import string

__all__ = ["HEADERS", "derive_secret", "sign"]

#: Headers every delivery carries besides the signature, as Stripe sends them.
HEADERS = {"Content-Type": "application/json; charset=utf-8",
           "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
           "Accept": "*/*; q=0.5, application/json"}
_B62 = string.digits + string.ascii_letters


def sign(payload: bytes, secret: str, timestamp: int) -> str:
    """`t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<payload>" keyed by the whole secret>`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def derive_secret(key: str, purpose: str) -> str:
    """A `whsec_` secret that stays the same for the same key and purpose (the CLI's
    `listen` secret survives restarts, as the Stripe CLI's does)."""
    digest = hmac.new(key.encode(), purpose.encode(), hashlib.sha256).digest()
    n = int.from_bytes(digest, "big")
    chars = []
    for _ in range(32):
        n, r = divmod(n, 62)
        chars.append(_B62[r])
    return "whsec_" + "".join(chars)

