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
#: Revisions renumbered when two files shared the number 0002: a database stamped with the
#: old id is restamped with the new one (same schema step) before upgrading.
_RENAMED = {"0002_webhooks": "0003_webhooks", "0006_tax": "0005_tax"}


def _config(connection: Any) -> Config:
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per start-up is enough
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _restamp(connection: Any) -> None:
    """Move a database stamped with a renumbered revision id to its new id."""
    if not sa.inspect(connection).has_table("alembic_version"):
        return
    for old, new in _RENAMED.items():
        connection.execute(sa.text("UPDATE alembic_version SET version_num = :new "
                                   "WHERE version_num = :old"), {"old": old, "new": new})


def _upgrade(connection: Any) -> None:
    _restamp(connection)
    command.upgrade(_config(connection), "head")


def upgrade_sqlite(conn: sqlite3.Connection) -> None:
    """Migrate through our own sqlite3 connection (so `:memory:` databases work too)."""
    engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with engine.begin() as connection:
        _upgrade(connection)


async def upgrade_postgres(url: str) -> None:
    """Migrate a PostgreSQL database, one process at a time (an advisory lock)."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url.replace("postgresql://", "postgresql+asyncpg://", 1)
                                 .replace("postgres://", "postgresql+asyncpg://", 1))
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("SELECT pg_advisory_xact_lock(7201512111)"))
            await connection.run_sync(_upgrade)
    finally:
        await engine.dispose()
