"""SQLite group commit: concurrent units of work share one COMMIT, each answers only once
it is durable, and a unit that fails takes nothing of its batch-mates with it."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

from stripe_emulator.store.sqlite import SqliteStore


def _with_store(tmp_path: Path, test: Callable[[SqliteStore], Awaitable[None]], *,
                wal_limit: int | None = None) -> None:
    """Run `test` on a fresh store file in its own event loop."""
    async def main() -> None:
        opened = SqliteStore.open(f"sqlite:///{tmp_path / 'group.db'}", wal_limit=wal_limit)
        try:
            await test(opened)
        finally:
            await opened.close()

    asyncio.run(main())


def _committed_ids(path: Path) -> set[str]:
    """What another connection sees: only committed rows."""
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM objects")}
    finally:
        conn.close()


def _count_commits(store: SqliteStore) -> list[str]:
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    return statements


async def _create(store: SqliteStore, object_id: str, *, fail: bool = False,
                  pause: bool = False) -> None:
    async with store.transaction() as session:
        await session.insert("acct_1", {"id": object_id, "object": "customer", "created": 1})
        if pause:  # a unit that awaits while it holds the connection
            await asyncio.sleep(0.01)
        if fail:
            raise RuntimeError("refused")


def test_concurrent_units_share_a_commit_and_are_durable_on_return(tmp_path: Path) -> None:
    async def test(store: SqliteStore) -> None:
        statements = _count_commits(store)
        ids = [f"cus_{n}" for n in range(40)]

        async def create_then_check(object_id: str) -> bool:
            await _create(store, object_id)
            return object_id in _committed_ids(tmp_path / "group.db")

        durable = await asyncio.gather(*(create_then_check(i) for i in ids))
        assert all(durable)  # each saw its own row committed the moment it returned
        commits = statements.count("COMMIT")
        assert 1 <= commits < len(ids)

    _with_store(tmp_path, test)


def test_a_lone_unit_commits_before_it_returns(tmp_path: Path) -> None:
    async def test(store: SqliteStore) -> None:
        await _create(store, "cus_alone")
        assert _committed_ids(tmp_path / "group.db") == {"cus_alone"}

    _with_store(tmp_path, test)


def test_a_failing_unit_leaves_its_batch_mates_committed(tmp_path: Path) -> None:
    async def test(store: SqliteStore) -> None:
        results = await asyncio.gather(
            _create(store, "cus_a"), _create(store, "cus_bad", fail=True), _create(store, "cus_b"),
            return_exceptions=True)
        assert isinstance(results[1], RuntimeError)
        assert results[0] is None and results[2] is None
        assert _committed_ids(tmp_path / "group.db") == {"cus_a", "cus_b"}

    _with_store(tmp_path, test)


def test_a_unit_that_awaits_mid_way_is_not_committed_half_done(tmp_path: Path) -> None:
    """The batch's COMMIT comes due while the pausing unit holds the connection: it must
    wait for that unit's end, and a failure then still rolls the unit back alone."""
    async def test(store: SqliteStore) -> None:
        results = await asyncio.gather(
            _create(store, "cus_first"), _create(store, "cus_paused", pause=True, fail=True),
            _create(store, "cus_after"), return_exceptions=True)
        assert isinstance(results[1], RuntimeError)
        assert _committed_ids(tmp_path / "group.db") == {"cus_first", "cus_after"}

    _with_store(tmp_path, test)


def test_a_reader_in_an_open_batch_answers_after_the_commit(tmp_path: Path) -> None:
    async def test(store: SqliteStore) -> None:
        seen: list[bool] = []

        async def read() -> None:
            async with store.reader() as session:
                row = await session.get("acct_1", "cus_w")
            assert row is not None  # it read the batch-mate's write...
            seen.append("cus_w" in _committed_ids(tmp_path / "group.db"))  # ...once durable

        async def write_then_read() -> None:
            await asyncio.gather(_create(store, "cus_w"), read())

        await write_then_read()
        assert seen == [True]

    _with_store(tmp_path, test)


def test_a_failed_commit_fails_every_unit_of_the_batch(tmp_path: Path) -> None:
    """No unit is acknowledged when the COMMIT they share fails (here: the database is
    made read-only under the open transaction by a deferred foreign-key violation)."""
    async def test(store: SqliteStore) -> None:
        store._conn.execute("PRAGMA foreign_keys=ON")
        store._conn.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        store._conn.execute("CREATE TABLE child (parent TEXT REFERENCES parent(id) "
                            "DEFERRABLE INITIALLY DEFERRED)")

        async def orphan() -> None:
            async with store.transaction() as session:
                await session.execute("INSERT INTO child (parent) VALUES ('nobody')")

        results = await asyncio.gather(_create(store, "cus_x"), orphan(), return_exceptions=True)
        assert all(isinstance(r, sqlite3.IntegrityError) for r in results)
        assert _committed_ids(tmp_path / "group.db") == set()
        await _create(store, "cus_next")  # the connection is usable again
        assert _committed_ids(tmp_path / "group.db") == {"cus_next"}

    _with_store(tmp_path, test)


def test_a_wal_past_its_limit_is_emptied_under_steady_writes(tmp_path: Path) -> None:
    """PASSIVE checkpoints never let a steadily written WAL restart; past the limit the
    checkpointer truncates it, and every row written stays."""
    wal = tmp_path / "group.db-wal"
    sizes: list[int] = []

    async def test(store: SqliteStore) -> None:
        for n in range(400):  # ~4 s of writes, never a pause as long as a checkpoint round
            await asyncio.gather(*(_create(store, f"cus_{n}_{k}") for k in range(4)))
            sizes.append(wal.stat().st_size if wal.exists() else 0)
            await asyncio.sleep(0.01)

    _with_store(tmp_path, test, wal_limit=64 * 1024)
    assert max(sizes) > 64 * 1024  # it did grow past the limit...
    assert min(sizes[len(sizes) // 2:]) < 64 * 1024  # ...and was emptied while writes went on
    assert len(_committed_ids(tmp_path / "group.db")) == 1600
