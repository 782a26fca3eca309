"""Bring a database to the newest schema with Alembic (run once when a store opens).

Owns the Alembic configuration (no alembic.ini: the script location is this package's
`migrations/`, and the connection is handed to `migrations/env.py`), the restamping of
databases stamped with a revision id from before the renumbering, and the two entry points
the stores call: `upgrade_sqlite` (on the store's own sqlite3 connection) and
`upgrade_postgres` (under an advisory lock, so concurrent processes migrate one at a time).

Revisions are numbered 0001, 0002... in order, one number each; the file is named after
its revision id. What each migration creates is frozen once released (see `store.indexes`);
`store.tables` describes the schema at head.
"""

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
#: Revision ids from before the renumbering (two files shared 0002; tax was 0006): a
#: database stamped with an old id is restamped with the new one (the same schema step)
#: before upgrading.
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


def _upgrade(connection: Any, revision: str = "head") -> None:
    _restamp(connection)
    command.upgrade(_config(connection), revision)


def upgrade_sqlite(conn: sqlite3.Connection, revision: str = "head") -> None:
    """Migrate through our own sqlite3 connection (so `:memory:` databases work too), to
    `revision` (the newest by default; tests build older schemas)."""
    engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with engine.begin() as connection:
        _upgrade(connection, revision)


async def upgrade_postgres(url: str, revision: str = "head") -> None:
    """Migrate a PostgreSQL database to `revision` (the newest by default), one process at
    a time (an advisory lock)."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url.replace("postgresql://", "postgresql+asyncpg://", 1)
                                 .replace("postgres://", "postgresql+asyncpg://", 1))
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("SELECT pg_advisory_xact_lock(7201512111)"))
            await connection.run_sync(_upgrade, revision)
    finally:
        await engine.dispose()
