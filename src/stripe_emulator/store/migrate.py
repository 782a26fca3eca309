"""Bring a database to the newest schema with Alembic (run once at start-up)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.pool import StaticPool

_MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Any) -> Config:
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per start-up is enough
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade_sqlite(conn: sqlite3.Connection) -> None:
    """Migrate through our own sqlite3 connection (so `:memory:` databases work too)."""
    engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")


async def upgrade_postgres(url: str) -> None:
    """As `upgrade_sync_url`, from inside a running event loop."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url.replace("postgresql://", "postgresql+asyncpg://", 1)
                                 .replace("postgres://", "postgresql+asyncpg://", 1))
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("SELECT pg_advisory_xact_lock(7201512111)"))
            await connection.run_sync(lambda c: command.upgrade(_config(c), "head"))
    finally:
        await engine.dispose()
