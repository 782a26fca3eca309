"""How entitlements are stored and read: the wire text cut from the stored text, the
recalculation rule as a table, and the query plans of the hot reads (SQLite)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from stripe_emulator.api.context import Context
from stripe_emulator.areas.entitlements import active_entitlements, features, product_features
from stripe_emulator.areas.entitlements.models import public_entitlement
from stripe_emulator.areas.entitlements.recalculation import recalculates
from stripe_emulator.areas.entitlements.sdk_params import (
    ActiveEntitlementListParams,
    FeatureListParams,
    ProductFeatureListParams,
)
from stripe_emulator.config import Settings
from stripe_emulator.runtime import Runtime
from stripe_emulator.store.sqlite import SqliteSession
from tests.unit.entitlements.conftest import ACCOUNT, World


class TestPublicEntitlement:
    def test_customer_cut_from_the_stored_text(self) -> None:
        stored = orjson.dumps({"id": "ent_test_1", "object": "entitlements.active_entitlement",
                               "feature": "feat_test_1", "livemode": False,
                               "lookup_key": 'a "quoted", key', "customer": "cus_1"}).decode()
        assert orjson.loads(public_entitlement(stored)) == {
            "id": "ent_test_1", "object": "entitlements.active_entitlement",
            "feature": "feat_test_1", "livemode": False, "lookup_key": 'a "quoted", key'}

    def test_reordered_document_still_rendered(self) -> None:
        stored = orjson.dumps({"customer": "cus_1", "id": "ent_test_1",
                               "lookup_key": 'x,"customer":"y'}).decode()
        assert orjson.loads(public_entitlement(stored)) == {"id": "ent_test_1",
                                                             "lookup_key": 'x,"customer":"y'}


def _event(kind: str, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"object": {}}
    if previous is not None:
        data["previous_attributes"] = previous
    return {"type": f"customer.subscription.{kind}", "data": data}


def _record(status: str = "active", products: tuple[str, ...] = ("prod_1",)) -> dict[str, Any]:
    return {"status": status, "products": list(products)}


@pytest.mark.parametrize(("event", "before", "after", "expected"), [
    (_event("created"), None, _record(), True),
    (_event("deleted"), _record(), _record("canceled"), True),
    (_event("updated", {"items": {}}), _record(), _record(), True),  # renewal, price change
    (_event("updated", {"cancel_at_period_end": False}), _record(), _record(), True),
    (_event("updated", {"status": "active"}), _record(), _record("past_due"), False),
    (_event("updated", {"status": "trialing"}), _record("trialing"), _record("paused"), False),
    (_event("updated", {"status": "incomplete"}), _record("incomplete"), _record(), True),
    (_event("updated", {"status": "past_due"}), _record("past_due"), _record("canceled"),
     True),
    (_event("updated", {"status": "active"}), None, _record("past_due"), True),  # new to us
    (_event("updated", {"status": "active"}), _record(), _record(products=("prod_2",)), True),
    (_event("paused"), _record("trialing"), _record("paused"), False),
    (_event("resumed"), _record("paused"), _record(), False),
    (_event("trial_will_end"), _record("trialing"), _record("trialing"), False),
])
def test_recalculates(event: dict[str, Any], before: dict[str, Any] | None,
                      after: dict[str, Any], expected: bool) -> None:
    assert recalculates(event, before, after) is expected


class _Recording(SqliteSession):
    """A session that keeps every query it ran, with its arguments."""

    def __init__(self, conn: Any) -> None:
        super().__init__(conn)
        self.queries: list[tuple[str, tuple[Any, ...]]] = []

    async def fetch(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        self.queries.append((sql, args))
        return await super().fetch(sql, *args)


async def _plans(world: World, call: Any) -> list[str]:
    conn = world.store._conn  # type: ignore[attr-defined]  # the plan of SQLite's own queries
    session = _Recording(conn)
    ctx = Context(account=ACCOUNT, session=session, store=world.store,
                  runtime=Runtime(Settings()))
    await call(ctx)
    plans = []
    for sql, args in session.queries:
        if "FROM objects WHERE account = ? AND type = " in sql:
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
            plans.append(" | ".join(str(r[-1]) for r in rows))
    return plans


@pytest.mark.anyio
class TestQueryPlans:
    async def test_listing_reads_only_that_customers_rows(self, world: World) -> None:
        customer = await world.customer()

        async def call(ctx: Context) -> None:
            await active_entitlements.list_active_entitlements(
                ctx, ActiveEntitlementListParams(customer=customer))

        [plan] = await _plans(world, call)
        assert "USING INDEX objects_entitlement_customer (account=? AND <expr>=?)" in plan
        assert "TEMP B-TREE" not in plan  # already in list order: no sort

    async def test_feature_lookup_key(self, world: World) -> None:
        async def call(ctx: Context) -> None:
            await features.list_features(ctx, FeatureListParams(lookup_key="sso"))

        [plan] = await _plans(world, call)
        assert "objects_feature_lookup_key" in plan

    async def test_product_features_by_product(self, world: World) -> None:
        product = await world.product()

        async def call(ctx: Context) -> None:
            await product_features.list_product_features(ctx, product, ProductFeatureListParams())

        [plan] = await _plans(world, call)
        assert "objects_product_feature_product" in plan

    async def test_recalculation_reads_by_customer(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        await world.subscribe(customer, [product])

        from stripe_emulator.areas.entitlements.recalculation import _recalculate

        async def call(ctx: Context) -> None:
            await _recalculate(ctx, customer, 0)

        plans = await _plans(world, call)
        assert any("objects_entitlement_subscription_customer" in p for p in plans)
        assert any("objects_entitlement_customer" in p for p in plans)
        assert any("objects_product_feature_product" in p for p in plans)
