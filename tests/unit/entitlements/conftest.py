"""A real SQLite store with the entitlements area loaded, and `World`, which writes what a
test needs the way the API and Billing write it (features and attachments through this
area's services; subscription changes as events through `events.emit`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import orjson
import pytest

from stripe_emulator.api.context import Context
from stripe_emulator.api.dispatch import render_result
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.entitlements import active_entitlements, features, product_features
from stripe_emulator.areas.entitlements.models import SUMMARY_UPDATED
from stripe_emulator.areas.entitlements.sdk_params import (
    ActiveEntitlementListParams,
    FeatureCreateParams,
    FeatureUpdateParams,
    ProductFeatureCreateParams,
)
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.events import emit
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import Store, open_store
from tests.unit.entitlements.subscriptions import subscription

ACCOUNT = "acct_unit_entitlements"
T0 = 1_767_225_600  # 2026-01-01


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class World:
    """One account on a real store; every helper runs in its own unit of work."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.now = T0
        self._n = 0

    def _next(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}_unit{self._n:04d}"

    @asynccontextmanager
    async def unit(self, at: int | None = None) -> AsyncIterator[Context]:
        async with self.store.transaction() as session:
            yield Context(account=ACCOUNT, session=session, store=self.store,
                          runtime=Runtime(Settings()), clock=Clock(fixed=at or self.now))

    async def customer(self) -> str:
        customer_id = self._next("cus")
        async with self.unit() as ctx:
            # The fields other areas' subscribers read (an `invoice.paid` clears
            # `delinquent`), as the API writes them.
            await ctx.objects.insert({"id": customer_id, "object": "customer",
                                      "created": self.now, "delinquent": False,
                                      "test_clock": None})
        return customer_id

    async def product(self) -> str:
        product_id = self._next("prod")
        async with self.unit() as ctx:
            await ctx.objects.insert({"id": product_id, "object": "product",
                                      "created": self.now, "active": True, "name": product_id})
        return product_id

    async def feature(self, lookup_key: str | None = None) -> dict[str, Any]:
        async with self.unit() as ctx:
            return dict(await features.create(ctx, FeatureCreateParams(
                name="Feature", lookup_key=lookup_key or self._next("key"))))

    async def archive(self, feature_id: str) -> None:
        async with self.unit() as ctx:
            await features.update(ctx, feature_id, FeatureUpdateParams(active=False))

    async def attach(self, product_id: str, feature_id: str) -> str:
        async with self.unit() as ctx:
            pf = await product_features.create(ctx, product_id, ProductFeatureCreateParams(
                entitlement_feature=feature_id))
        return pf["id"]

    async def detach(self, product_id: str, product_feature_id: str) -> None:
        async with self.unit() as ctx:
            await product_features.delete(ctx, product_id, product_feature_id)

    async def product_with_features(self, n: int = 1) -> tuple[str, list[str]]:
        product_id = await self.product()
        ids = []
        for _ in range(n):
            feature = await self.feature()
            await self.attach(product_id, feature["id"])
            ids.append(feature["id"])
        return product_id, ids

    async def event(self, type: str, sub: dict[str, Any], *,
                    previous: dict[str, Any] | None = None, at: int | None = None) -> None:
        """Billing's side: a subscription change and its event, in one unit of work."""
        async with self.unit(at) as ctx:
            await emit(ctx, type, sub, previous_attributes=previous,
                       created=at if at is not None else self.now)

    async def subscribe(self, customer_id: str, products: Sequence[str], *,
                        status: str = "active", at: int | None = None) -> dict[str, Any]:
        sub = subscription(self._next("sub"), customer_id, products, status=status,
                           start=at or self.now)
        await self.event("customer.subscription.created", sub, at=at)
        return sub

    async def update(self, sub: dict[str, Any], previous: dict[str, Any],
                     at: int | None = None, **changes: Any) -> dict[str, Any]:
        after = {**sub, **changes}
        await self.event("customer.subscription.updated", after, previous=previous, at=at)
        return after

    async def cancel(self, sub: dict[str, Any], at: int | None = None) -> dict[str, Any]:
        ended = {**sub, "status": "canceled", "ended_at": at or self.now,
                 "canceled_at": at or self.now}
        await self.event("customer.subscription.deleted", ended, at=at)
        return ended

    async def entitlements(self, customer_id: str, *, limit: int = 100,
                           expand: list[str] | None = None) -> dict[str, Any]:
        """The list endpoint's answer, as the wire shows it."""
        async with self.unit() as ctx:
            page = await active_entitlements.list_active_entitlements(
                ctx, ActiveEntitlementListParams(customer=customer_id, limit=limit))
            result: dict[str, Any] = orjson.loads(await render_result(ctx, page, expand or []))
            return result

    async def features_of(self, customer_id: str) -> list[str]:
        return [e["feature"] for e in (await self.entitlements(customer_id))["data"]]

    async def summaries(self, customer_id: str | None = None) -> list[dict[str, Any]]:
        """Summary events, oldest first."""
        async with self.unit() as ctx:
            events = await ctx.objects.all("event", Filter("type", SUMMARY_UPDATED),
                                           oldest_first=True)
        return [e for e in events
                if customer_id is None or e["data"]["object"]["customer"] == customer_id]


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(f"sqlite:///{tmp_path / 'entitlements.db'}")
    try:
        yield World(store)
    finally:
        await store.close()
