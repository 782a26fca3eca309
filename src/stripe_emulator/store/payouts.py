"""The `payout_settlements` table (migration 0009): which automatic payout settled each
balance transaction, and when its funds leave the balance (`effective_at`).

Stripe ties every balance transaction to the automatic payout that paid it out (its
payout reconciliation: `GET /v1/balance_transactions?payout=po_...`, the reports'
`automatic_payout_id` and `automatic_payout_effective_at`). A transaction settled by no
automatic payout yet has no row; manual payouts settle nothing (Stripe cannot tell which
transactions a manual payout drew on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stripe_emulator.store.engine import AccountRepository, json_field

__all__ = ["PayoutSettlements", "Unsettled"]

#: Ids per `IN (...)` query (well under SQLite's and PostgreSQL's parameter limits).
_CHUNK = 500


@dataclass(slots=True, frozen=True)
class Unsettled:
    """An available balance transaction no automatic payout has settled yet."""

    id: str
    net: int


class PayoutSettlements(AccountRepository):
    """An account's settlement rows."""

    __slots__ = ()

    async def settle(self, payout: str, effective_at: int,
                     balance_transactions: Sequence[str]) -> None:
        """Record that `payout` (automatic) settled `balance_transactions`."""
        for txn in balance_transactions:
            await self._session.execute(
                "INSERT INTO payout_settlements (account, balance_transaction, payout, "
                "effective_at) VALUES (?, ?, ?, ?)", self._account, txn, payout, effective_at)

    async def of_payout(self, payout: str) -> list[str]:
        """The balance transactions `payout` settled (its own included)."""
        rows = await self._session.fetch(
            "SELECT balance_transaction FROM payout_settlements WHERE account = ? AND "
            "payout = ? ORDER BY balance_transaction", self._account, payout)
        return [r[0] for r in rows]

    async def payouts_of(self, balance_transactions: Sequence[str],
                         ) -> dict[str, tuple[str, int]]:
        """balance transaction -> (automatic payout, effective_at), for those of
        `balance_transactions` an automatic payout settled."""
        out: dict[str, tuple[str, int]] = {}
        ids = list(balance_transactions)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows = await self._session.fetch(
                "SELECT balance_transaction, payout, effective_at FROM payout_settlements "
                f"WHERE account = ? AND balance_transaction IN ({', '.join('?' * len(chunk))})",
                self._account, *chunk)
            out.update({r[0]: (r[1], int(r[2])) for r in rows})
        return out

    async def unsettled(self, currency: str) -> list[Unsettled]:
        """Available balance transactions in `currency` that no automatic payout settled,
        oldest first: what the next automatic payout in that currency pays out."""
        status, cur, net = (json_field(self.dialect, f) for f in ("status", "currency", "net"))
        if self.dialect == "postgresql":
            net = f"({net})::bigint"
        rows = await self._session.fetch(
            f"SELECT o.id, {net} FROM objects o LEFT JOIN payout_settlements s "
            "ON s.account = o.account AND s.balance_transaction = o.id "
            "WHERE o.account = ? AND o.type = 'balance_transaction' AND NOT o.deleted "
            f"AND s.balance_transaction IS NULL AND {status} = 'available' AND {cur} = ? "
            "ORDER BY o.created, o.seq", self._account, currency)
        return [Unsettled(id=r[0], net=int(r[1])) for r in rows]
