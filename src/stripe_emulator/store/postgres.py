"""PostgreSQL on asyncpg: a pool shared by the process; many processes may share the database.

SQL arrives with `?` placeholders (shared with SQLite) and is rewritten to `$n` once per
statement text. Notifications (LISTEN/NOTIFY) tell every process what another one changed
(see `PostgresStore.subscribe`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from stripe_emulator.store.blobs import Blobs, ChunkBlobs
from stripe_emulator.store.engine import Notified, Session, Store
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
    request. Our sessions set no session state (advisory locks are transaction-scoped), and
    the LISTENs of `_Connection` must stay."""


_CHANNEL = re.compile(r"^[a-z_][a-z0-9_]*$")  # channel names: code's constants, never input


class _Subscribers:
    """A store's subscribers by channel, and the set of channels its connections LISTEN to."""

    def __init__(self) -> None:
        self._callbacks: dict[str, list[Notified]] = {}
        #: Replaced (never mutated) on each new channel, so a connection that is up to date
        #: holds this very object.
        self.channels: frozenset[str] = frozenset()

    def add(self, channel: str, callback: Notified) -> None:
        if not _CHANNEL.match(channel):
            raise ValueError(f"bad channel name {channel!r}")
        self._callbacks.setdefault(channel, []).append(callback)
        self.channels = frozenset(self._callbacks)

    def deliver(self, channel: str, payload: str | None) -> None:
        for callback in self._callbacks.get(channel, ()):
            try:
                callback(payload)
            except Exception:  # a subscriber's bug must not break the connection reading
                log.exception("subscriber of %s failed", channel)


class _Connection(asyncpg.Connection):  # type: ignore[misc]  # asyncpg ships no types
    """A pooled connection that LISTENs to its store's channels and hands each notification
    to the subscribers the moment asyncpg parses it."""

    subscribers: _Subscribers | None = None
    listening: frozenset[str] = frozenset()

    def _process_notification(self, pid: int, channel: str, payload: str) -> None:
        # asyncpg's hook for each NotificationResponse, called while it reads the socket: so
        # the subscribers have run before the reply to any later command on this connection
        # is seen. (`add_listener` callbacks would not do: the pool drops them each time it
        # takes the connection back, while the server-side LISTEN stays.)
        super()._process_notification(pid, channel, payload)
        if self.subscribers is not None:
            self.subscribers.deliver(channel, payload)

    async def listen_for(self, subscribers: _Subscribers) -> None:
        """LISTEN to the subscribed channels this connection does not listen to yet; their
        subscribers hear None (what was committed before this LISTEN never reaches this
        connection)."""
        channels = subscribers.channels
        new = channels - self.listening
        for channel in sorted(new):
            await self.execute(f'LISTEN "{channel}"')
        self.listening = channels
        for channel in new:
            subscribers.deliver(channel, None)


class PostgresSession(Session):
    dialect = "postgresql"

    def __init__(self, conn: asyncpg.Connection, subscribers: _Subscribers | None = None,
                 blobs: Blobs | None = None) -> None:
        self._conn = conn
        self._subscribers = subscribers
        self.blobs = blobs

    async def fetch(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in await self._conn.fetch(_numbered(sql), *args)]

    async def execute(self, sql: str, *args: Any) -> int:
        status: str = await self._conn.execute(_numbered(sql), *args)
        tail = status.rsplit(" ", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    def is_conflict(self, exc: Exception) -> bool:
        return isinstance(exc, asyncpg.UniqueViolationError)

    async def notify(self, channel: str, payload: str) -> None:
        # pg_notify inside the transaction: PostgreSQL sends it at COMMIT, never on rollback.
        await self.execute("SELECT pg_notify(?, ?)", channel, payload)

    def subscribe(self, channel: str, callback: Notified) -> bool:
        if self._subscribers is None:
            return False
        self._subscribers.add(channel, callback)
        return True


#: How often the store checks whether its tables' planner statistics are stale.
STATISTICS_INTERVAL = 5.0


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, pool: asyncpg.Pool, description: str,
                 subscribers: _Subscribers | None = None) -> None:
        self._pool = pool
        self.description = description
        self._statistics: asyncio.Task[None] | None = None
        self._subscribers = subscribers or _Subscribers()
        self._chunks = ChunkBlobs(self)
        self.blobs = self._chunks

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
        subscribers = _Subscribers()

        async def init(conn: _Connection) -> None:
            conn.subscribers = subscribers

        pool = await asyncpg.create_pool(url.replace("postgres://", "postgresql://", 1),
                                         min_size=2, max_size=10, reset=_keep_session,
                                         connection_class=_Connection, init=init,
                                         server_settings={"plan_cache_mode": "force_generic_plan"})
        host = url.split("@")[-1]
        store = cls(pool, f"postgresql://{host}", subscribers)
        swept = await store._chunks.sweep()
        if swept:
            log.info("removed %d chunks of uploads that no file kept", swept)
        store._start_statistics()
        return store

    def subscribe(self, channel: str, callback: Notified) -> bool:
        """Call `callback(payload)` for each notification on `channel` that a committed unit
        of work of any process sent, and `callback(None)` when some may have been missed.

        The guarantee: **a unit of work (`transaction()`) begun after `subscribe` has heard
        every notification committed before it began** (before its BEGIN was sent), from its
        first statement on. So a process that serves a request after another process
        acknowledged a change cannot act on what the change made stale. How:

        - every pooled connection LISTENs (a unit of work starts only on a connection that
          listens to every subscribed channel; one that has just started to listen tells
          the subscribers None: what committed before its LISTEN never reaches it);
        - PostgreSQL signals listening sessions as a transaction commits, before its COMMIT
          returns, and a signalled idle session sends the notification before it answers
          its next command (or, if busy, as its transaction ends, before it is idle);
        - `_Connection` hands the notification to the subscribers as asyncpg reads it,
          before the BEGIN that follows it on the same connection completes.

        A connection that is lost takes its LISTEN with it; the pool's replacement listens
        (and tells None) before its first unit of work. One dedicated listening connection
        could not give this: nothing orders its messages against the connections that serve
        the requests.
        """
        self._subscribers.add(channel, callback)
        return True

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        subscribers = self._subscribers
        async with self._pool.acquire() as conn:
            if conn.listening is not subscribers.channels:  # only until it has caught up
                await conn.listen_for(subscribers)
            async with conn.transaction():
                yield PostgresSession(conn, subscribers, self.blobs)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Session]:
        async with self._pool.acquire() as conn:
            yield PostgresSession(conn, self._subscribers, self.blobs)

    async def close(self) -> None:
        if self._statistics is not None:
            self._statistics.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._statistics
        await self._pool.close()
