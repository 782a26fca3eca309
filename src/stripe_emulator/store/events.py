"""The event feed: an account's events in the order they were written (`seq`), which is
what `listen` and `events tail` follow, unlike `/v1/events` (newest first by `created`)."""

from __future__ import annotations

from stripe_emulator.store.engine import AccountRepository

__all__ = ["EventFeed"]


class EventFeed(AccountRepository):
    """An account's events by insertion order."""

    __slots__ = ()

    async def after(self, position: int | None, *, limit: int) -> tuple[list[str], int]:
        """Events (JSON texts) stored after `position`, and the position to continue from.
        `position=None` means "from now on": no events, the current position."""
        if position is None:
            row = await self._session.fetchone("SELECT COALESCE(MAX(seq), 0) FROM objects")
            return [], int(row[0]) if row else 0
        rows = await self._session.fetch(
            "SELECT seq, data FROM objects WHERE seq > ? AND account = ? AND type = 'event' "
            "ORDER BY seq LIMIT ?", position, self._account, limit)
        return [r[1] for r in rows], (int(rows[-1][0]) if rows else position)
