"""The App's outbound transport is injected, never patched: a test hands the server an
`httpx.MockTransport` and sees every signed delivery, and answers it, without a receiver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import EmulatorServer
from tests.polling import wait_for

URL = "https://receiver.example.test/hooks"


class Deliveries:
    """A webhook receiver as an httpx handler: records requests, fails the first one."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            first = len(self.requests) == 1
        return httpx.Response(503 if first else 200, json={"received": not first})


@pytest.fixture(scope="module")
def deliveries() -> Deliveries:
    return Deliveries()


@pytest.fixture(scope="module")
def mocked(deliveries: Deliveries,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    with EmulatorServer(data_dir=tmp_path_factory.mktemp("mock-transport"),
                        http_transport=httpx.MockTransport(deliveries),
                        webhook_retry_schedule="0.1") as server:
        yield server


def test_deliveries_go_through_the_injected_transport(mocked: EmulatorServer,
                                                      deliveries: Deliveries) -> None:
    client = mocked.new_account().client(max_network_retries=0)
    endpoint = client.v1.webhook_endpoints.create({"url": URL,
                                                  "enabled_events": ["customer.created"]})
    customer = client.v1.customers.create({"email": "jenny@example.com"})
    # The first attempt is answered 503, so the retry (0.1 s later) is the second request.
    wait_for(lambda: len(deliveries.requests) >= 2, timeout=10)
    first, second = deliveries.requests[:2]
    assert str(first.url) == URL and str(second.url) == URL
    event: Any = stripe.Webhook.construct_event(
        second.content.decode(), second.headers["stripe-signature"], endpoint.secret)
    assert event.type == "customer.created" and event.data.object.id == customer.id
    assert first.content == second.content  # the same event, signed again
    wait_for(lambda: client.v1.events.list().data[0].pending_webhooks == 0, timeout=10)
