"""Webhook tests: a server with retries in fractions of a second and a 1 s receiver timeout
(SQLite and PostgreSQL), a real receiver on 127.0.0.1, and factories."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer
from tests.api.webhooks.receiver import Receiver, wait_for
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


@pytest.fixture(autouse=True)
def _release_receiver_paths(receiver: Receiver) -> Iterator[None]:
    """A path hangs, crawls or sends 10 MB only during the test that made it: the shared
    server's later retries to it are answered at once, in whatever test they come."""
    yield
    receiver.release()


@pytest.fixture
def own_server(server: EmulatorServer, tmp_path: Path,
               ) -> Iterator[Callable[..., AbstractContextManager[EmulatorServer]]]:
    """Start a server of this test's own, with settings of its own (`with own_server(**s)
    as s:`), on the backend of `server` and a database of its own (a shared database would
    share its job queue with the session's server)."""

    @contextlib.contextmanager
    def start(**settings: Any) -> Iterator[EmulatorServer]:
        data_dir = tmp_path / "own"
        if not server.settings.database_url:
            with EmulatorServer(data_dir=data_dir, **settings) as s:
                yield s
            return
        url, admin = make_pg_database("webhooks_own")
        try:
            with EmulatorServer(data_dir=data_dir, database_url=url, **settings) as s:
                yield s
        finally:
            drop_pg_database(admin, url)

    yield start


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


def settled(client: stripe.StripeClient) -> None:
    """Wait until every delivery of the account's events is acknowledged (each event's
    `pending_webhooks` is 0): after that no delivery of them is on its way. Only for
    endpoints that answer 2xx; a delivery to a disabled or deleted endpoint is never
    acknowledged, so a misrouted event keeps this waiting (and failing)."""
    wait_for(lambda: all(e.pending_webhooks == 0
                         for e in client.v1.events.list({"limit": 100}).data))
