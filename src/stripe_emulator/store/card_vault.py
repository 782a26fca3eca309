"""The `card_vault` table: sealed card numbers and CVCs of an account's PaymentMethods
(the sealing itself is the payments area's, see `areas/payments/vault.py`)."""

from __future__ import annotations

from stripe_emulator.store.engine import AccountRepository

__all__ = ["CardVaultRows"]


class CardVaultRows(AccountRepository):
    """Rows of `card_vault` for one account."""

    __slots__ = ()

    async def insert(self, payment_method: str, *, card: str, cvc: str | None,
                     cvc_available_until: int | None, created: int) -> None:
        await self._session.execute(
            "INSERT INTO card_vault (account, payment_method, card, cvc, cvc_available_until, "
            "created) VALUES (?, ?, ?, ?, ?, ?)",
            self._account, payment_method, card, cvc, cvc_available_until, created)

    async def get(self, payment_method: str) -> tuple[str, str | None, int | None] | None:
        """(sealed card, sealed CVC or None, until when the CVC may be used) or None."""
        row = await self._session.fetchone(
            "SELECT card, cvc, cvc_available_until FROM card_vault WHERE account = ? AND "
            "payment_method = ?", self._account, payment_method)
        if row is None:
            return None
        return str(row[0]), row[1], None if row[2] is None else int(row[2])

    async def forget_cvc(self, payment_method: str) -> None:
        await self._session.execute(
            "UPDATE card_vault SET cvc = NULL, cvc_available_until = NULL WHERE account = ? "
            "AND payment_method = ?", self._account, payment_method)
