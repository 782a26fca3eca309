"""PostgreSQL: planner statistics follow a store that grows from empty, so a list of a new
type is read in index order, not sorted whole (the generic plan made on stale statistics
sorted every feature for each page)."""

from __future__ import annotations

import asyncio

from stripe_emulator.store import open_store
from stripe_emulator.store.postgres import PostgresStore
from tests.conftest import drop_pg_database, make_pg_database

ACCOUNT = "acct_stats"
FEATURE_LIST = (
    "SELECT seq, id, type, created, deleted, data FROM objects WHERE account = $1 AND "
    "type = 'entitlements.feature' AND NOT deleted AND (data->>'active') = $2 "
    "ORDER BY created DESC, seq DESC LIMIT $3"
)


async def _insert(store: PostgresStore, object_type: str, count: int,
                  account: str = ACCOUNT) -> None:
    async with store.transaction() as session:
        for n in range(count):
            await session.insert(account, {
                "id": f"{object_type}_{n}", "object": object_type, "created": 1_700_000_000 + n,
                "active": True, "lookup_key": f"key_{n}"})


async def _plan(store: PostgresStore) -> str:
    async with store._pool.acquire() as conn:  # the pool's own settings: generic plans
        await conn.execute(f"PREPARE feature_list(text, text, int) AS {FEATURE_LIST}")
        try:
            rows = await conn.fetch(f"EXPLAIN EXECUTE feature_list('{ACCOUNT}', 'true', 11)")
        finally:
            await conn.execute("DEALLOCATE feature_list")
    return "\n".join(r[0] for r in rows)


def test_stale_statistics_are_refreshed_and_lists_use_the_ordered_index() -> None:
    url, admin = make_pg_database("stats")

    async def main() -> None:
        store = await open_store(url)
        assert isinstance(store, PostgresStore)
        try:
            await _insert(store, "customer", 500)
            await _insert(store, "customer", 5000, account="acct_other")
            async with store._pool.acquire() as conn:
                await conn.execute("ANALYZE objects")  # statistics that know no features
            await _insert(store, "entitlements.feature", 1000)
            refreshed: list[str] = []
            for _ in range(100):  # table counters reach pg_stat within about a second
                refreshed = await store.refresh_statistics()
                if refreshed:
                    break
                await asyncio.sleep(0.1)
            assert "objects" in refreshed
            plan = await _plan(store)
            assert "objects_list" in plan, plan
            assert "Sort" not in plan, plan
            assert await store.refresh_statistics() == []  # fresh now: nothing to do
        finally:
            await store.close()

    try:
        asyncio.run(main())
    finally:
        drop_pg_database(admin, url)
