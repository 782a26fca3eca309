"""Helpers for the schema rule and the migration tests: a database migrated by the real
migrations (SQLite in memory, or a throwaway PostgreSQL database), and the differences
between a database and `store.tables.metadata`.

Alembic's autogenerate compares tables, columns, types, server defaults, keys and unique
constraints on both dialects. It cannot compare all of an index, so the index DDL is
compared through each catalog as well:

- SQLite: SQLAlchemy does not reflect expression indexes (it warns and skips them, and
  alembic then skips the declared ones), and nobody compares partial-index predicates. The
  catalog keeps each index's statement as written (`sqlite_master.sql`), so it must equal
  the `CREATE INDEX` SQLAlchemy compiles from the metadata, byte for byte.
- PostgreSQL: alembic compares uniqueness and key expressions, not the `WHERE` of a
  partial index. The metadata is built into a scratch schema of the same database and each
  `pg_indexes.indexdef` (PostgreSQL's own rendering) must equal the migrated one.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import SAWarning
from sqlalchemy.pool import NullPool, StaticPool
from sqlalchemy.schema import CreateIndex

from stripe_emulator.store.migrate import upgrade_postgres, upgrade_sqlite
from stripe_emulator.store.tables import metadata
from tests.conftest import drop_pg_database, make_pg_database

BACKENDS = ("sqlite", "postgresql")


@dataclass
class Database:
    """A migrated database: a SQLAlchemy connection to read it, and `upgrade(revision)`,
    which runs the real `store.migrate` entry point on it again."""

    backend: str
    connection: sa.Connection
    upgrade: Callable[[str], None]


@contextlib.contextmanager
def migrated(backend: str, tag: str, revision: str = "head") -> Iterator[Database]:
    """A fresh database of `backend` brought to `revision` by `store.migrate` (skips when
    PostgreSQL is unreachable, with the reason)."""
    if backend == "sqlite":
        raw = sqlite3.connect(":memory:", isolation_level=None)
        engine = sa.create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        try:
            upgrade_sqlite(raw, revision)
            with engine.connect() as connection:
                yield Database(backend, connection, lambda rev: upgrade_sqlite(raw, rev))
        finally:
            engine.dispose()
            raw.close()
        return
    url, admin = make_pg_database(tag)
    try:
        asyncio.run(upgrade_postgres(url, revision))
        engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1),
                                  poolclass=NullPool)
        try:
            with engine.connect() as connection:
                def upgrade(rev: str) -> None:
                    connection.commit()  # nothing of ours may hold a lock meanwhile
                    asyncio.run(upgrade_postgres(url, rev))

                yield Database(backend, connection, upgrade)
        finally:
            engine.dispose()
    finally:
        drop_pg_database(admin, url)


def schema_differences(connection: sa.Connection) -> list[str]:
    """Everything that differs between the database and `store.tables.metadata` (it ends
    by rolling back what it built to compare: commit your own changes first)."""
    try:
        return _autogenerate(connection) + _index_ddl(connection)
    finally:
        connection.rollback()


def _autogenerate(connection: sa.Connection) -> list[str]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True})
    with warnings.catch_warnings():
        if connection.dialect.name == "sqlite":  # see the module docstring
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of "
                                    "expression-based index", SAWarning)
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified "
                                    "expression-based index", UserWarning)
        return [_describe(diff) for diff in compare_metadata(context, metadata)]


def _describe(diff: Any) -> str:
    """One autogenerate difference, objects shown by name (`add_table card_vault`)."""
    if isinstance(diff, list):
        return "; ".join(_describe(d) for d in diff)
    op, *rest = diff
    return " ".join([op, *(str(getattr(x, "name", None) or repr(x)) for x in rest)])


def declared_index_ddl(dialect: sa.Dialect) -> dict[str, str]:
    """Each index of the metadata as `CREATE INDEX`, compiled for `dialect`."""
    return {str(index.name): str(CreateIndex(index).compile(dialect=dialect))
            for table in metadata.sorted_tables for index in table.indexes}


def _index_ddl(connection: sa.Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        built = {str(name): str(sql) for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        declared = declared_index_ddl(connection.dialect)
    else:
        built = _pg_indexes(connection, str(connection.exec_driver_sql(
            "SELECT current_schema()").scalar_one()))
        connection.exec_driver_sql("CREATE SCHEMA declared")  # rolled back after
        metadata.create_all(connection.execution_options(
            schema_translate_map={None: "declared"}))
        declared = _pg_indexes(connection, "declared")
    return [f"index {name}: the database has {built.get(name)!r}, "
            f"store.tables declares {declared.get(name)!r}"
            for name in sorted(built.keys() | declared.keys())
            if built.get(name) != declared.get(name)]


def _pg_indexes(connection: sa.Connection, schema: str) -> dict[str, str]:
    """The indexes of our tables in `schema` (alembic's own version table is not ours)."""
    rows = connection.execute(sa.text(
        "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = :schema AND tablename = ANY(:tables)"),
        {"schema": schema, "tables": sorted(metadata.tables)})
    return {str(name): str(ddl).replace(f" ON {schema}.", " ON ") for name, ddl in rows}
