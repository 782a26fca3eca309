"""PostgreSQL on asyncpg: a pool shared by the process; many processes may share the database.

SQL arrives with `?` placeholders (shared with SQLite) and is rewritten to `$n` once per
statement text.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from stripe_emulator.store.engine import Session, Store
from stripe_emulator.store.migrate import upgrade_postgres


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


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, pool: asyncpg.Pool, description: str) -> None:
        self._pool = pool
        self.description = description

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
        return cls(pool, f"postgresql://{host}")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield PostgresSession(conn)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Session]:
        async with self._pool.acquire() as conn:
            yield PostgresSession(conn)

    async def close(self) -> None:
        await self._pool.close()
