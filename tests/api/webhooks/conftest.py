"""Webhook tests: a server with retries in fractions of a second and a 1 s receiver timeout
(SQLite and PostgreSQL), a real receiver on 127.0.0.1, and factories."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer
from tests.api.webhooks.receiver import Receiver
from tests.conftest import drop_pg_database, make_pg_database

#: Seconds after each failed attempt, for these tests: 3 retries within about a second.
SCHEDULE = "0.2,0.3,0.4"
FAST = {"webhook_retry_schedule": SCHEDULE, "webhook_timeout": 1.0}


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    data_dir = tmp_path_factory.mktemp(f"webhooks-{request.param}")
    if request.param == "sqlite":
        with EmulatorServer(data_dir=data_dir, **FAST) as s:
            yield s
        return
    url, admin = make_pg_database("webhooks")
    try:
        with EmulatorServer(data_dir=data_dir, database_url=url, **FAST) as s:
            yield s
    finally:
        drop_pg_database(admin, url)


@pytest.fixture(scope="session")
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def operator(account: Account) -> Iterator[httpx.Client]:
    """The `/_emulator/` operator routes, authenticated as `account`."""
    with httpx.Client(base_url=account.url + "/_emulator", auth=(account.api_key, ""),
                      timeout=30) as c:
        yield c


def create_endpoint(client: stripe.StripeClient, url: str, **overrides: Any,
                    ) -> stripe.WebhookEndpoint:
    params: dict[str, Any] = {"url": url, "enabled_events": ["*"]}
    params.update(overrides)
    return client.v1.webhook_endpoints.create(params)  # type: ignore[arg-type]


def create_customer(client: stripe.StripeClient, **overrides: Any) -> stripe.Customer:
    return client.v1.customers.create({"name": "Jenny Rosen", **overrides})  # type: ignore[typeddict-item]
