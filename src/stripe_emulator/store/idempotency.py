"""The `idempotency_keys` table as an area sees it: one account's stored responses, dropped
when what they show reaches its retention (the dispatcher owns storing and replaying)."""

from __future__ import annotations

from stripe_emulator.store.engine import AccountRepository

__all__ = ["IdempotencyKeys"]


class IdempotencyKeys(AccountRepository):
    """Stored responses of one account, by Idempotency-Key."""

    __slots__ = ()

    async def forget(self, key: str) -> None:
        """Drop the response stored under `key` (none stored is fine)."""
        await self._session.idempotency_forget(self._account, key)
