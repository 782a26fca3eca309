"""PostgreSQL on asyncpg: a pool shared by the process; many processes may share the database.

SQL arrives with `?` placeholders (shared with SQLite) and is rewritten to `$n` once per
statement text.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from stripe_emulator.store.engine import Session, Store
from stripe_emulator.store.migrate import upgrade_postgres

log = logging.getLogger("stripe_emulator.store")


@functools.lru_cache(maxsize=4096)
def _numbered(sql: str) -> str:
    parts = sql.split("?")
    out = [parts[0]]
    for i, part in enumerate(parts[1:], start=1):
        out.append(f"${i}{part}")
    return "".join(out)


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query when a connection goes back to the pool: a round trip per
    request. Our sessions set no session state (advisory locks are transaction-scoped)."""


class PostgresSession(Session):
    dialect = "postgresql"

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def fetch(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in await self._conn.fetch(_numbered(sql), *args)]

    async def execute(self, sql: str, *args: Any) -> int:
        status: str = await self._conn.execute(_numbered(sql), *args)
        tail = status.rsplit(" ", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    def is_conflict(self, exc: Exception) -> bool:
        return isinstance(exc, asyncpg.UniqueViolationError)


#: How often the store checks whether its tables' planner statistics are stale.
STATISTICS_INTERVAL = 5.0


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, pool: asyncpg.Pool, description: str) -> None:
        self._pool = pool
        self.description = description
        self._statistics: asyncio.Task[None] | None = None

    def _start_statistics(self) -> None:
        self._statistics = asyncio.get_running_loop().create_task(
            self._keep_statistics(), name="postgres-statistics")

    async def _keep_statistics(self) -> None:
        """ANALYZE a table once 2% of it (at least 200 rows) changed since its last analysis.

        A store grows from empty, and autovacuum looks once a minute: until then the planner
        believes there are no rows of a new type, and with generic plans may pick a partial
        unique index and sort the whole type for every page (features.list: 1 ms, not 50 us).
        """
        while True:
            await asyncio.sleep(STATISTICS_INTERVAL)
            try:
                await self.refresh_statistics()
            except Exception as exc:  # noqa: BLE001 - a hiccup must not end the task
                log.debug("statistics refresh skipped: %s", exc)

    async def refresh_statistics(self) -> list[str]:
        """Analyze the stale tables of our schema now; returns their names."""
        async with self._pool.acquire() as conn:
            stale = [r[0] for r in await conn.fetch(
                "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                "AND n_mod_since_analyze > GREATEST(200, n_live_tup / 50)")]
            for table in stale:  # our own tables' names, from the catalogue, never input
                await conn.execute(f'ANALYZE "{table}"')
        return stale

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        await upgrade_postgres(url)
        # Generic plans: every statement is prepared once (asyncpg's cache), and with ~30
        # partial indexes on `objects` a custom plan costs more to make (~0.3 ms, the
        # planner proves each index predicate) than to run: lists spent 5x their run time
        # planning. Our statements are written for their indexes; the generic plan is it.
        pool = await asyncpg.create_pool(url.replace("postgres://", "postgresql://", 1),
                                         min_size=2, max_size=10, reset=_keep_session,
                                         server_settings={"plan_cache_mode": "force_generic_plan"})
        host = url.split("@")[-1]
        store = cls(pool, f"postgresql://{host}")
        store._start_statistics()
        return store

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield PostgresSession(conn)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Session]:
        async with self._pool.acquire() as conn:
            yield PostgresSession(conn)

    async def close(self) -> None:
        if self._statistics is not None:
            self._statistics.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._statistics
        await self._pool.close()
