"""Persistence: one `objects` table of Stripe documents plus a few non-object tables,
on SQLite (stdlib driver, on the loop) or PostgreSQL (asyncpg); the only place with SQL."""

from stripe_emulator.store.engine import Row, Session, Store
from stripe_emulator.store.postgres import PostgresStore
from stripe_emulator.store.sqlite import SqliteStore

__all__ = ["Row", "Session", "Store", "open_store"]


async def open_store(url: str) -> Store:
    """Open (and migrate to the newest schema) the database at `url`.

    `sqlite:///path/to/file.db`, `sqlite:///:memory:`, `postgresql://user@host:port/db`.
    """
    if url.startswith("sqlite:"):
        return SqliteStore.open(url)
    if url.startswith(("postgresql:", "postgres:")):
        return await PostgresStore.open(url)
    raise ValueError(f"unsupported database URL: {url!r} (sqlite:/// or postgresql://)")
