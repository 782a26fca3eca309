"""Factories for entitlements objects (through the SDK), and `feed`: subscription events
written into the server's database by a second store, as Billing in another server process
sharing the database would write them. The server itself only ever reads them."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Coroutine, Iterator, Sequence
from typing import Any, TypeVar

import pytest
import stripe

from stripe_emulator.api.auth import account_for_key
from stripe_emulator.api.context import Context
from stripe_emulator.config import Settings
from stripe_emulator.events import emit
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import Store, open_store
from stripe_emulator.testing import Account, EmulatorServer
from tests.api.core.conftest import create_customer, create_product
from tests.unit.entitlements.subscriptions import subscription

T = TypeVar("T")
_keys = itertools.count(1)


def create_feature(client: stripe.StripeClient, **overrides: Any
                   ) -> stripe.entitlements.Feature:
    params: dict[str, Any] = {"name": "Single sign-on", "lookup_key": f"sso-{next(_keys)}"}
    params.update(overrides)
    return client.v1.entitlements.features.create(params)  # type: ignore[arg-type]


def attach(client: stripe.StripeClient, product: str, feature: str) -> stripe.ProductFeature:
    return client.v1.products.features.create(product, {"entitlement_feature": feature})


def product_with_features(client: stripe.StripeClient, n: int = 1
                          ) -> tuple[stripe.Product, list[stripe.entitlements.Feature]]:
    product = create_product(client)
    features = [create_feature(client) for _ in range(n)]
    for feature in features:
        attach(client, product.id, feature.id)
    return product, features


@pytest.fixture
def feature(client: stripe.StripeClient) -> stripe.entitlements.Feature:
    return create_feature(client)


@pytest.fixture
def product(client: stripe.StripeClient) -> stripe.Product:
    return create_product(client)


@pytest.fixture
def customer(client: stripe.StripeClient) -> stripe.Customer:
    return create_customer(client)


class Feed:
    """Emits subscription events for an account into the server's database."""

    def __init__(self, database_url: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="entitlements-feed")
        self._thread.start()
        try:
            self._store: Store = self._run(open_store(database_url))
        except BaseException:
            self._stop()
            raise
        self._n = itertools.count(1)

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(60)

    def emit(self, account: Account, type: str, obj: dict[str, Any],
             previous: dict[str, Any] | None = None) -> None:
        async def write() -> None:
            async with self._store.transaction() as session:
                ctx = Context(account=account_for_key(account.api_key[len("sk_test_"):]),
                              session=session, store=self._store,
                              runtime=Runtime(Settings()))
                await emit(ctx, type, obj, previous_attributes=previous)

        self._run(write())

    def subscribe(self, account: Account, customer: str, products: Sequence[str],
                  status: str = "active") -> dict[str, Any]:
        sub = subscription(f"sub_feed{next(self._n):06d}", customer, products, status=status)
        self.emit(account, "customer.subscription.created", sub)
        return sub

    def cancel(self, account: Account, sub: dict[str, Any]) -> None:
        self.emit(account, "customer.subscription.deleted", {**sub, "status": "canceled"})

    def close(self) -> None:
        try:
            self._run(self._store.close())
        finally:
            self._stop()

    def _stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


@pytest.fixture(scope="session")
def feed(server: EmulatorServer) -> Iterator[Feed]:
    """One feed per server, living as long as it: set up before any test that uses it
    starts (so its thread is no test's leak) and closed, store and thread, before the
    server stops."""
    f = Feed(server.settings.resolved_database_url)
    try:
        yield f
    finally:
        f.close()
