"""The keys the server issues for an account: one publishable key (made on first need, the
same afterwards) and any number of restricted keys with Stripe's permissions.

Keys are random (`api.ids.new_secret`), never derivable from the secret key, and stored by
their SHA-256: a restricted key appears in full only in the response that creates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stripe_emulator.api import permissions
from stripe_emulator.api.auth import KeyCache, key_hash, key_hint
from stripe_emulator.api.errors import InvalidRequestError, ResourceMissing
from stripe_emulator.api.ids import new_secret
from stripe_emulator.api.listing import ListPage
from stripe_emulator.store.api_keys import ApiKeyRow, ApiKeys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from stripe_emulator.api.context import Context

__all__ = ["create_restricted", "list_keys", "revoke"]

#: Random characters after `pk_test_` / `rk_test_`.
KEY_LENGTH = 48
URL = "/_emulator/keys"
#: The id of every account's publishable key (there is one per account, never revoked).
PUBLISHABLE_ID = "key_publishable"


def _shape(row: ApiKeyRow, *, key: str | None = None) -> dict[str, Any]:
    """A key as the operator routes show it: `key` in full only where it may be shown (a
    publishable key; a restricted key in its create response), `redacted_key` always."""
    return {
        "id": row.id,
        "object": "api_key",
        "type": row.kind,
        "account": row.account,
        "created": row.created,
        "key": row.public_key if row.kind == "publishable" else key,
        "livemode": False,
        "name": row.name,
        "permissions": row.permissions,
        "redacted_key": row.key_hint,
    }


async def _publishable(ctx: Context, keys: ApiKeys) -> ApiKeyRow:
    """The account's publishable key, made now if it has none yet."""
    row = await keys.publishable()
    if row is None:
        # One id per account: of two racing first requests, one insert wins, the other
        # stores nothing and reads the winner's key.
        key = new_secret("pk_test", KEY_LENGTH)
        await keys.insert(id=PUBLISHABLE_ID, kind="publishable", key_hash=key_hash(key),
                          key_hint=key_hint(key), public_key=key, name=None,
                          permissions=None, created=ctx.now())
        row = await keys.publishable()
    assert row is not None  # inserted above, by this unit of work or the one it raced
    return row


async def list_keys(ctx: Context) -> ListPage:
    """The account's keys: its publishable key (made on first need) in full, then its
    restricted keys, redacted. Opens its own unit of work: a first listing writes."""
    async with ctx.transaction() as tx:
        keys = tx.repository(ApiKeys)
        await _publishable(tx, keys)
        rows = await keys.list_keys()
    rows.sort(key=lambda r: r.kind != "publishable")
    return ListPage(url=URL, data=[_shape(r) for r in rows], has_more=False)


async def create_restricted(ctx: Context, *, name: str,
                            grants: Mapping[str, str] | None) -> dict[str, Any]:
    """A new restricted key with `grants` ({resource: read|write}); the only response that
    shows the key in full."""
    checked = permissions.parse(grants)
    if not name.strip():
        raise InvalidRequestError("A restricted key needs a name.", param="name")
    key = new_secret("rk_test", KEY_LENGTH)
    keys = ctx.repository(ApiKeys)
    key_id = ctx.new_id("key")
    await keys.insert(id=key_id, kind="restricted", key_hash=key_hash(key),
                      key_hint=key_hint(key), public_key=None, name=name,
                      permissions=dict(checked), created=ctx.now())
    row = await keys.get(key_id)
    assert row is not None  # inserted just above, in this unit of work
    return _shape(row, key=key)


async def revoke(ctx: Context, key_id: str) -> dict[str, Any]:
    """Revoke a restricted key: refused from the next request on (this server forgets it
    once the revocation commits)."""
    keys = ctx.repository(ApiKeys)
    row = await keys.get(key_id)
    if row is None or row.revoked_at is not None:
        raise ResourceMissing("API key", key_id, param="key")
    if row.kind != "restricted":
        raise InvalidRequestError("Only restricted keys can be revoked; an account keeps its "
                                  "publishable key.", param="key")
    await keys.revoke(key_id, ctx.now())
    cache, account = ctx.runtime.state(KeyCache), ctx.account
    ctx.after_commit.append(lambda: cache.forget(account, key_id))
    return {"id": key_id, "object": "api_key", "deleted": True}
