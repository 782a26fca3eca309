"""Operator routes for an account's keys (secret key of the account only):

    GET    /_emulator/keys          the publishable key (in full) and restricted keys (redacted)
    POST   /_emulator/keys          type=restricted, name, permissions[<resource>]=read|write
    DELETE /_emulator/keys/{key}    revoke a restricted key
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.accounts import keys
from stripe_emulator.accounts.params import KeyCreateParams, KeyListParams, KeyRevokeParams
from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint


@endpoint("GET", "/_emulator/keys", params=KeyListParams, own_transactions=True)
async def list_keys(ctx: Context, params: KeyListParams) -> ListPage:
    """The account's publishable key and restricted keys."""
    return await keys.list_keys(ctx)


@endpoint("POST", "/_emulator/keys", params=KeyCreateParams)
async def create_key(ctx: Context, params: KeyCreateParams) -> dict[str, Any]:
    """Create a restricted key (shown in full only in this response)."""
    return await keys.create_restricted(ctx, name=params.name, grants=params.permissions)


@endpoint("DELETE", "/_emulator/keys/{key}", params=KeyRevokeParams)
async def revoke_key(ctx: Context, params: KeyRevokeParams, key: str) -> dict[str, Any]:
    """Revoke a restricted key."""
    return await keys.revoke(ctx, key)
