"""Every URL the server mints starts with its one public base URL (`serve --public-url`),
in a request and in a job that has no request (a renewal finalized on a test clock)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import stripe

from stripe_emulator.config import Settings
from stripe_emulator.testing import EmulatorServer
from tests.api.billing.conftest import T0, advance, clock_customer, subscribe
from tests.api.core.conftest import create_price

PUBLIC = "https://stripe.example.test/emulator"
FEB1 = 1_769_904_000  # 2026-02-01T00:00:00Z


@pytest.fixture(scope="module")
def behind_a_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    with EmulatorServer(data_dir=tmp_path_factory.mktemp("public-url"),
                        public_url=PUBLIC + "/") as server:
        yield server


def test_default_is_the_listeners_address() -> None:
    assert Settings(host="127.0.0.1", port=4242).resolved_public_url == "http://127.0.0.1:4242"
    assert Settings(host="0.0.0.0", port=4242).resolved_public_url == "http://127.0.0.1:4242"
    assert Settings(public_url="https://x.test/a/").resolved_public_url == "https://x.test/a"


def test_invoice_urls_in_a_request_and_in_a_job(behind_a_proxy: EmulatorServer) -> None:
    client = behind_a_proxy.new_account().client(max_network_retries=0)
    clock, customer = clock_customer(client, T0)
    sub = subscribe(client, customer.id, create_price(client).id)
    first = client.v1.invoices.retrieve(str(sub.latest_invoice))
    assert first.hosted_invoice_url == f"{PUBLIC}/invoices/{first.id}"
    assert first.invoice_pdf == f"{PUBLIC}/invoices/{first.id}/pdf"
    # The renewal is finalized by a background job (auto-advance), not by a request.
    advance(client, clock.id, FEB1 + 2 * 3600)
    renewal = client.v1.invoices.retrieve(
        str(client.v1.subscriptions.retrieve(sub.id).latest_invoice))
    assert renewal.id != first.id and renewal.status == "paid"
    assert renewal.hosted_invoice_url == f"{PUBLIC}/invoices/{renewal.id}"


def test_default_server_mints_from_its_own_address(client: stripe.StripeClient,
                                                   server: EmulatorServer) -> None:
    _, customer = clock_customer(client, T0)
    sub = subscribe(client, customer.id, create_price(client).id)
    invoice = client.v1.invoices.retrieve(str(sub.latest_invoice))
    assert invoice.hosted_invoice_url == f"{server.url}/invoices/{invoice.id}"
