"""SQLite on the stdlib driver, called directly on the event loop.

One connection, owned by the loop. A statement on an indexed key takes microseconds, less
than any hop to a thread (DESIGN.md). Units of work are serialized by an asyncio lock, so a
service that awaits mid-transaction cannot interleave another request's statements. Each
unit is a savepoint of a write transaction shared by the units of one loop turn (group
commit, below); a unit returns only once that transaction has committed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stripe_emulator.store.blobs import DiskBlobs
from stripe_emulator.store.engine import Session, Store
from stripe_emulator.store.migrate import upgrade_sqlite

log = logging.getLogger("stripe_emulator.store")


class SqliteSession(Session):
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def fetch(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, args).fetchall()

    async def execute(self, sql: str, *args: Any) -> int:
        return self._conn.execute(sql, args).rowcount

    def is_conflict(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc)


@dataclass(slots=True)
class _Batch:
    """The write transaction that several units of work share; `committed` resolves on COMMIT."""

    committed: asyncio.Future[None]
    scheduled: bool = False  # its COMMIT is queued on the loop
    flush_due: bool = False  # the COMMIT came due while a unit held the connection


class SqliteStore(Store):
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, description: str,
                 checkpointer: _Checkpointer | None = None, *,
                 files_dir: Path | None = None) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self._session = SqliteSession(conn)
        self.description = description
        self._checkpointer = checkpointer
        self._batch: _Batch | None = None
        # File contents live on disk: in `files_dir`, or (an in-memory database) in a
        # temporary directory that goes when the store closes.
        self._files = DiskBlobs(files_dir)
        self.blobs = self._session.blobs = self._files

    @classmethod
    def open(cls, url: str, *, wal_limit: int | None = None,
             files_dir: Path | None = None) -> SqliteStore:
        """Open (and migrate) the database at `url`; `wal_limit` overrides `WAL_LIMIT`.
        File contents go to `files_dir` (default: `files/` beside the database file)."""
        path = url.split("sqlite:///", 1)[1] if "sqlite:///" in url else ":memory:"
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            files_dir = files_dir or Path(path).parent / "files"
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA cache_size=-32000")
        conn.execute("PRAGMA temp_store=MEMORY")
        upgrade_sqlite(conn)
        conn.isolation_level = None  # autocommit; units of work BEGIN/COMMIT explicitly
        checkpointer = None
        if path != ":memory:":
            # Checkpoints fsync: run them off the loop, so a commit costs one WAL append.
            conn.execute("PRAGMA wal_autocheckpoint=0")
            checkpointer = _Checkpointer(path, wal_limit=wal_limit or WAL_LIMIT)
            checkpointer.start()
        return cls(conn, f"sqlite:///{path}", checkpointer, files_dir=files_dir)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        async with self._lock:
            batch = self._batch or self._begin()
            try:
                self._conn.execute("SAVEPOINT unit")
            except BaseException:
                self._unit_done(batch)  # nothing of this unit to undo; the batch goes on
                raise
            try:
                yield self._session
            except BaseException:
                self._rollback_unit(batch)
                self._unit_done(batch)
                raise
            try:
                self._conn.execute("RELEASE unit")
            except sqlite3.Error as exc:
                self._fail(batch, exc)
                raise
            self._unit_done(batch)
        await asyncio.shield(batch.committed)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[Session]:
        async with self._lock:
            batch = self._batch
            try:
                yield self._session
            finally:
                if batch is not None and batch.flush_due and self._batch is batch:
                    self._commit(batch)
        if batch is not None:  # it may have read batch-mates' writes: answer once durable
            await asyncio.shield(batch.committed)

    # -- group commit ------------------------------------------------------------------
    # A unit of work is a savepoint inside a shared write transaction, which commits on
    # the loop's next turn: the units of every request that became ready in the same turn
    # share one COMMIT (one WAL append), which is most of a small write's cost (~90 us
    # here). Each unit answers only after that COMMIT; a lone request waits one turn.

    def _begin(self) -> _Batch:
        self._conn.execute("BEGIN IMMEDIATE")
        self._batch = _Batch(asyncio.get_running_loop().create_future())
        return self._batch

    def _rollback_unit(self, batch: _Batch) -> None:
        try:
            self._conn.execute("ROLLBACK TO unit")
            self._conn.execute("RELEASE unit")
        except sqlite3.Error as exc:  # the driver already ended the transaction (I/O error)
            self._fail(batch, exc)

    def _unit_done(self, batch: _Batch) -> None:
        if self._batch is not batch:
            return
        if batch.flush_due:
            self._commit(batch)
        elif not batch.scheduled:
            batch.scheduled = True
            asyncio.get_running_loop().call_soon(self._flush, batch)

    def _flush(self, batch: _Batch) -> None:
        if self._batch is not batch:
            return
        if self._lock.locked():  # a unit is mid-way (it awaited): its end commits
            batch.flush_due = True
        else:
            self._commit(batch)

    def _commit(self, batch: _Batch) -> None:
        self._batch = None
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._fail(batch, exc)
        else:
            batch.committed.set_result(None)

    def _fail(self, batch: _Batch, exc: Exception) -> None:
        """The shared transaction is lost: every unit in it fails, none is acknowledged."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        self._batch = None
        if not batch.committed.done():
            batch.committed.set_exception(exc)
            batch.committed.exception()  # marked retrieved; each unit re-raises it

    async def close(self) -> None:
        if self._batch is not None:
            self._commit(self._batch)
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self._conn.close()
        self._files.close()


#: WAL size past which the checkpointer empties the file (see `_Checkpointer`).
WAL_LIMIT = 256 * 2**20


class _Checkpointer(threading.Thread):
    """Copies the WAL into the database from its own connection, every `interval` seconds.

    The loop's connection never checkpoints (`wal_autocheckpoint=0`): a checkpoint fsyncs,
    which measured here as half the cost of a small write transaction when done inline.
    PASSIVE never blocks the writer; the WAL is reused once a checkpoint has caught up,
    which under a steady stream of writes never happens (24 s of creates left a 1.4 GB
    WAL). Past `WAL_LIMIT` a TRUNCATE checkpoint waits for a gap between writes, copies the
    little PASSIVE has not, and empties the file; writers wait for it meanwhile.
    """

    def __init__(self, path: str, interval: float = 0.5, wal_limit: int = WAL_LIMIT) -> None:
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self._path = path
        self._interval = interval
        self._wal_limit = wal_limit
        self._stopped = threading.Event()

    def _wal_size(self) -> int:
        try:
            return os.path.getsize(self._path + "-wal")
        except OSError:
            return 0

    def run(self) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        try:
            while not self._stopped.wait(self._interval):
                mode = "TRUNCATE" if self._wal_size() > self._wal_limit else "PASSIVE"
                try:
                    conn.execute(f"PRAGMA wal_checkpoint({mode})")
                except sqlite3.Error as exc:  # busy or locked: the next round catches up
                    log.debug("checkpoint skipped: %s", exc)
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=10)
