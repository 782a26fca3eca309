"""API keys -> accounts, as Stripe's test mode does it.

Every secret key is its own account: `sk_test_A` and `sk_test_B` never see each other's
objects. A key's account id is derived from the part after the `sk_test_` / `pk_test_` /
`rk_test_` prefix, so `pk_test_X` reaches the account of `sk_test_X`. Live keys are refused:
this server never holds live data.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import string
from dataclasses import dataclass
from typing import Literal

from stripe_emulator.api.errors import AuthenticationFailed, PermissionDenied

__all__ = ["Credentials", "account_for_key", "authenticate", "mask_key"]

NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)
PUBLISHABLE = (
    "This API call cannot be made with a publishable API key. Please use a secret API key. "
    "You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys."
)
LIVE_KEY = (
    "Live mode keys are not accepted: stripe-emulator only runs in test mode and never holds "
    "live data. Use a test key (sk_test_...) instead of {masked}."
)
_B62 = string.digits + string.ascii_letters


@dataclass(slots=True, frozen=True)
class Credentials:
    """Who is calling: the key's kind and the account it acts on."""

    key: str
    kind: Literal["secret", "restricted", "publishable"]
    account: str


def mask_key(key: str) -> str:
    """`sk_test_********************1234`: first 8 characters, stars, last 4 (Stripe's form)."""
    if len(key) <= 12:
        return key[:8] + "*" * max(0, len(key) - 8)
    return key[:8] + "*" * (len(key) - 12) + key[-4:]


@functools.lru_cache(maxsize=4096)  # a client sends the same key on every request
def account_for_key(key_suffix: str) -> str:
    """The account id for a key's secret part: stable, and distinct per key."""
    digest = int.from_bytes(hashlib.sha256(key_suffix.encode()).digest()[:12], "big")
    chars = []
    for _ in range(16):
        digest, r = divmod(digest, 62)
        chars.append(_B62[r])
    return "acct_" + "".join(chars)


def _key_from_header(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    scheme = scheme.lower()
    value = value.strip()
    if scheme == "bearer":
        return value or None
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.split(":", 1)[0] or None
    return None


@functools.lru_cache(maxsize=4096)  # the same header on every request of a client
def authenticate(authorization: str | None, *, allowed_keys: frozenset[str] | None = None,
                 ) -> Credentials:
    """Resolve the Authorization header to credentials, or raise Stripe's 401 (refusals
    are not cached: lru_cache keeps only returned values)."""
    key = _key_from_header(authorization)
    if key is None:
        raise AuthenticationFailed(NO_KEY)
    for prefix in ("sk_live_", "rk_live_", "pk_live_"):
        if key.startswith(prefix):
            raise AuthenticationFailed(LIVE_KEY.format(masked=mask_key(key)))
    kinds: dict[str, Literal["secret", "restricted", "publishable"]] = {
        "sk_test_": "secret", "rk_test_": "restricted", "pk_test_": "publishable",
    }
    for prefix, kind in kinds.items():
        if key.startswith(prefix) and len(key) > len(prefix) and key.isprintable() \
                and " " not in key:
            if allowed_keys is not None and key not in allowed_keys and \
                    ("sk_test_" + key[len(prefix):]) not in allowed_keys:
                break
            return Credentials(key=key, kind=kind, account=account_for_key(key[len(prefix):]))
    raise AuthenticationFailed(f"Invalid API Key provided: {mask_key(key)}")


def check_stripe_account(creds: Credentials, header: str | None) -> str:
    """The account a request acts on: the key's own, or a reachable `Stripe-Account`."""
    if not header or header == creds.account:
        return creds.account
    raise PermissionDenied(
        f"The provided key '{mask_key(creds.key)}' does not have access to account "
        f"'{header}' (or that account does not exist). Application access may have been "
        "revoked.",
        code="account_invalid",
    )
