"""Persistence: one `objects` table of Stripe documents plus a few non-object tables,
on SQLite (stdlib driver, on the loop) or PostgreSQL (asyncpg)."""

from stripe_emulator.store.engine import Row, Session, Store, open_store

__all__ = ["Row", "Session", "Store", "open_store"]
