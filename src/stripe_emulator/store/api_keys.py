"""The `api_keys` table (migration 0006): the publishable and restricted keys the server
issues, an account's through `ApiKeys`, and any account's by hash for authentication."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from stripe_emulator.store.engine import AccountRepository

if TYPE_CHECKING:
    from stripe_emulator.store.engine import Session

__all__ = ["ApiKeyRow", "ApiKeys", "find_by_hash"]

_COLUMNS = "account, id, kind, key_hint, public_key, name, permissions, created, revoked_at"


@dataclass(slots=True, frozen=True)
class ApiKeyRow:
    """One issued key, as stored: never the key itself, except a publishable key's."""

    account: str
    id: str
    kind: str
    key_hint: str
    public_key: str | None
    name: str | None
    #: `{"<resource>": "read" | "write"}` of a restricted key; None for a publishable key.
    permissions: dict[str, str] | None
    created: int
    revoked_at: int | None


def _row(r: tuple[Any, ...]) -> ApiKeyRow:
    return ApiKeyRow(account=r[0], id=r[1], kind=r[2], key_hint=r[3], public_key=r[4],
                     name=r[5], permissions=orjson.loads(r[6]) if r[6] else None,
                     created=int(r[7]), revoked_at=None if r[8] is None else int(r[8]))


async def find_by_hash(session: Session, key_hash: str) -> ApiKeyRow | None:
    """The live (not revoked) key whose hash is `key_hash`, in whichever account: how a
    request's issued key finds its account."""
    r = await session.fetchone(
        f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
        key_hash)
    return _row(r) if r else None


class ApiKeys(AccountRepository):
    """An account's issued keys."""

    __slots__ = ()

    async def insert(self, *, id: str, kind: str, key_hash: str, key_hint: str,
                     public_key: str | None, name: str | None,
                     permissions: dict[str, str] | None, created: int) -> bool:
        """Store a new key; False (and nothing stored) when the account already has a key
        with this id: two racing first requests leave one publishable key."""
        changed = await self._session.execute(
            "INSERT INTO api_keys (account, id, kind, key_hash, key_hint, public_key, name, "
            "permissions, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (account, id) DO NOTHING",
            self._account, id, kind, key_hash, key_hint, public_key, name,
            None if permissions is None else orjson.dumps(permissions).decode(), created)
        return changed > 0

    async def publishable(self) -> ApiKeyRow | None:
        """The account's live publishable key, if it has one yet."""
        r = await self._session.fetchone(
            f"SELECT {_COLUMNS} FROM api_keys WHERE account = ? AND kind = 'publishable' "
            "AND revoked_at IS NULL ORDER BY created LIMIT 1", self._account)
        return _row(r) if r else None

    async def get(self, key_id: str) -> ApiKeyRow | None:
        r = await self._session.fetchone(
            f"SELECT {_COLUMNS} FROM api_keys WHERE account = ? AND id = ?",
            self._account, key_id)
        return _row(r) if r else None

    async def list_keys(self) -> list[ApiKeyRow]:
        """The account's live keys, oldest first."""
        rows = await self._session.fetch(
            f"SELECT {_COLUMNS} FROM api_keys WHERE account = ? AND revoked_at IS NULL "
            "ORDER BY created, id", self._account)
        return [_row(r) for r in rows]

    async def revoke(self, key_id: str, at: int) -> bool:
        """Mark a live key revoked; False when there is none by that id."""
        changed = await self._session.execute(
            "UPDATE api_keys SET revoked_at = ? WHERE account = ? AND id = ? AND "
            "revoked_at IS NULL", at, self._account, key_id)
        return changed > 0
