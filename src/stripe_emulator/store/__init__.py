"""Persistence: one `objects` table of Stripe documents plus a few non-object tables,
on SQLite (stdlib driver, on the loop) or PostgreSQL (asyncpg); the only place with SQL."""

from pathlib import Path

from stripe_emulator.store.engine import Row, Session, Store
from stripe_emulator.store.postgres import PostgresStore
from stripe_emulator.store.sqlite import SqliteStore

__all__ = ["Row", "Session", "Store", "open_store"]


async def open_store(url: str, *, files_dir: Path | None = None) -> Store:
    """Open (and migrate to the newest schema) the database at `url`.

    `sqlite:///path/to/file.db`, `sqlite:///:memory:`, `postgresql://user@host:port/db`.
    With SQLite, the bytes of files live in `files_dir` (default: `files/` beside the
    database file); PostgreSQL keeps them itself.
    """
    if url.startswith("sqlite:"):
        return SqliteStore.open(url, files_dir=files_dir)
    if url.startswith(("postgresql:", "postgres:")):
        return await PostgresStore.open(url)
    raise ValueError(f"unsupported database URL: {url!r} (sqlite:/// or postgresql://)")
