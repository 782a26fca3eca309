"""API keys -> accounts, as Stripe's test mode does it.

Every secret key is its own account, with no setup: `sk_test_A` and `sk_test_B` never see
each other's objects; the account id is derived from the secret key. An account's
publishable and restricted keys are issued by the server (random, stored by hash, see
`accounts.keys`), so no key can be derived from another. Live keys are refused: this server
never holds live data.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import math
import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from stripe_emulator.api import permissions
from stripe_emulator.api.errors import AuthenticationFailed, PermissionDenied
from stripe_emulator.store.api_keys import find_by_hash

if TYPE_CHECKING:
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import Store

__all__ = ["Authenticator", "Credentials", "KeyCache", "account_for_key", "authenticate",
           "check_permission", "check_stripe_account", "key_hash", "key_hint", "mask_key"]

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
SECRET_PREFIX = "sk_test_"
ISSUED_PREFIXES: dict[str, Literal["publishable", "restricted"]] = {
    "pk_test_": "publishable", "rk_test_": "restricted",
}
#: How long a resolved issued key is trusted without asking the store again: a key revoked
#: through another server on the same database stops working within this many seconds
#: (this server forgets it at once).
ISSUED_TTL = 60.0
_CACHE_SIZE = 4096
_B62 = string.digits + string.ascii_letters

Kind = Literal["secret", "restricted", "publishable"]


@dataclass(slots=True, frozen=True)
class Credentials:
    """Who is calling: the key's kind, the account it acts on and, for a restricted key,
    its grants (`customer_read`, ...) and its id."""

    key: str
    kind: Kind
    account: str
    grants: frozenset[str] = frozenset()
    key_id: str | None = None


def mask_key(key: str) -> str:
    """`sk_test_********************1234`: first 8 characters, stars, last 4 (Stripe's form)."""
    if len(key) <= 12:
        return key[:8] + "*" * max(0, len(key) - 8)
    return key[:8] + "*" * (len(key) - 12) + key[-4:]


def key_hint(key: str) -> str:
    """`rk_test_...abcd`: how listings show an issued key."""
    return f"{key[:8]}...{key[-4:]}"


def key_hash(key: str) -> str:
    """The hex SHA-256 an issued key is stored and looked up by."""
    return hashlib.sha256(key.encode()).hexdigest()


@functools.lru_cache(maxsize=4096)  # a pure function; a client sends the same key each time
def account_for_key(key_suffix: str) -> str:
    """The account id for a secret key's part after `sk_test_`: stable, distinct per key."""
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


def _well_formed(key: str, prefix: str) -> bool:
    return len(key) > len(prefix) and key.isprintable() and " " not in key


def _invalid(key: str) -> AuthenticationFailed:
    return AuthenticationFailed(f"Invalid API Key provided: {mask_key(key)}")


def _refuse_live(key: str) -> None:
    if key.startswith(("sk_live_", "rk_live_", "pk_live_")):
        raise AuthenticationFailed(LIVE_KEY.format(masked=mask_key(key)))


def authenticate(authorization: str | None, *,
                 allowed_keys: frozenset[str] | None = None) -> Credentials:
    """Resolve an Authorization header holding a secret key (what needs no store: operator
    commands), or raise Stripe's 401. Issued keys are resolved by `Authenticator`."""
    key = _key_from_header(authorization)
    if key is None:
        raise AuthenticationFailed(NO_KEY)
    _refuse_live(key)
    if key.startswith(SECRET_PREFIX) and _well_formed(key, SECRET_PREFIX) and (
            allowed_keys is None or key in allowed_keys):
        return Credentials(key=key, kind="secret",
                           account=account_for_key(key[len(SECRET_PREFIX):]))
    raise _invalid(key)


class KeyCache:
    """One App's memo of resolved Authorization headers (its Runtime state): secret keys for
    good, issued keys for ISSUED_TTL seconds. Refusals are never kept, so a key works as soon
    as it is issued."""

    __slots__ = ("_entries", "_revoked")

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Credentials, float]] = {}
        #: Keys revoked through this App: a lookup that read the row just before the
        #: revocation committed must not put it back.
        self._revoked: set[tuple[str, str]] = set()

    def get(self, authorization: str, now: float) -> Credentials | None:
        hit = self._entries.get(authorization)
        if hit is None or hit[1] <= now:
            return None
        return hit[0]

    def put(self, authorization: str, creds: Credentials, until: float) -> None:
        if creds.key_id is not None and (creds.account, creds.key_id) in self._revoked:
            return
        if len(self._entries) >= _CACHE_SIZE:  # a bound, not an LRU: refilling is cheap
            self._entries.clear()
        self._entries[authorization] = (creds, until)

    def forget(self, account: str, key_id: str) -> None:
        """Drop an account's issued key (revoked) from every header it was seen in."""
        self._revoked.add((account, key_id))
        for header in [h for h, (c, _) in self._entries.items()
                       if c.key_id == key_id and c.account == account]:
            del self._entries[header]


class Authenticator:
    """An App's `Authorization` header -> `Credentials`, or Stripe's 401.

    Secret keys resolve without the store; an issued key (pk_test_/rk_test_) is looked up by
    its hash once and then remembered (`KeyCache`, in the App's runtime). With `serve
    --api-key`, only the listed secret keys open accounts, and only those accounts' issued
    keys work."""

    __slots__ = ("_store", "_runtime", "_allowed", "_allowed_accounts")

    def __init__(self, *, store: Store, runtime: Runtime) -> None:
        self._store = store
        self._runtime = runtime
        listed = runtime.settings.api_keys
        self._allowed = frozenset(listed) if listed else None
        self._allowed_accounts = frozenset(
            account_for_key(k[len(SECRET_PREFIX):]) for k in listed
            if k.startswith(SECRET_PREFIX)) if listed else None

    async def __call__(self, authorization: str | None) -> Credentials:
        cache = self._runtime.state(KeyCache)
        if authorization:
            hit = cache.get(authorization, self._runtime.clock.monotonic())
            if hit is not None:
                return hit
        key = _key_from_header(authorization)
        if key is None:
            raise AuthenticationFailed(NO_KEY)
        assert authorization is not None  # a key came out of it
        if key.startswith(SECRET_PREFIX):
            creds = authenticate(authorization, allowed_keys=self._allowed)
            cache.put(authorization, creds, math.inf)
            return creds
        _refuse_live(key)
        creds_or_none = await self._issued(key)
        if creds_or_none is None:
            raise _invalid(key)
        cache.put(authorization, creds_or_none, self._runtime.clock.monotonic() + ISSUED_TTL)
        return creds_or_none

    async def _issued(self, key: str) -> Credentials | None:
        kind = ISSUED_PREFIXES.get(key[:8])
        if kind is None or not _well_formed(key, key[:8]):
            return None
        async with self._store.reader() as session:
            row = await find_by_hash(session, key_hash(key))
        if row is None or row.kind != kind:
            return None
        if self._allowed_accounts is not None and row.account not in self._allowed_accounts:
            return None
        return Credentials(key=key, kind=kind, account=row.account, key_id=row.id,
                           grants=permissions.grants(row.permissions or {}))


def check_permission(creds: Credentials, method: str, path: str) -> None:
    """Stripe's 403 when a restricted key lacks the permission the route `method path` (its
    registered template) needs."""
    need = permissions.required(method, path)
    if need is not None and need.grant in creds.grants:
        return
    message = (f"The provided key '{mask_key(creds.key)}' does not have the required "
               f"permissions for this endpoint on account '{creds.account}'.")
    if need is not None:
        message += (f" Having the '{need.rak}' permission would allow this request to "
                    "continue.")
    raise PermissionDenied(message)


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
