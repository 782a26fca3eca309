"""Where each event goes as endpoints change: the router keeps each account's endpoints in
memory, and the next event after any change (made in this process or, on PostgreSQL, in
another one) goes where the change says."""

from __future__ import annotations

import secrets
from pathlib import Path

import stripe

from stripe_emulator.testing import EmulatorServer
from tests.api.webhooks.conftest import FAST, SCHEDULE, create_customer, create_endpoint, settled
from tests.api.webhooks.receiver import Receiver, wait_for
from tests.api.webhooks.serve import Process
from tests.conftest import drop_pg_database, make_pg_database


def _customers(receiver: Receiver, url: str) -> list[str]:
    """The customers whose events reached `url`, in arrival order."""
    return [a.event["data"]["object"]["id"] for a in receiver.arrivals(url)]


def _event_of(client: stripe.StripeClient, customer: str) -> stripe.Event:
    return next(e for e in client.v1.events.list({"limit": 100}).data
                if e.data.object["id"] == customer)


class TestOneProcess:
    def test_an_endpoint_made_after_events_gets_the_next_one(
            self, client: stripe.StripeClient, receiver: Receiver) -> None:
        create_customer(client)  # routed to no one: what the router now knows
        create_customer(client)
        url = receiver.hook()
        create_endpoint(client, url)
        customer = create_customer(client)
        wait_for(lambda: receiver.arrivals(url))
        settled(client)
        assert _customers(receiver, url) == [customer.id]

    def test_new_enabled_events_apply_to_the_next_event(
            self, client: stripe.StripeClient, receiver: Receiver) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url, enabled_events=["product.created"])
        create_customer(client)  # not for it
        client.v1.webhook_endpoints.update(we.id, {"enabled_events": ["customer.created"]})
        customer = create_customer(client)
        wait_for(lambda: receiver.arrivals(url))
        settled(client)
        assert _customers(receiver, url) == [customer.id]

    def test_a_disabled_endpoint_gets_nothing_until_enabled(
            self, client: stripe.StripeClient, receiver: Receiver) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url)
        first = create_customer(client)
        wait_for(lambda: receiver.arrivals(url))
        client.v1.webhook_endpoints.update(we.id, {"disabled": True})
        off = create_customer(client)
        assert _event_of(client, off.id).pending_webhooks == 0  # routed to no one
        client.v1.webhook_endpoints.update(we.id, {"disabled": False})
        on = create_customer(client)
        wait_for(lambda: len(receiver.arrivals(url)) == 2)
        settled(client)
        assert _customers(receiver, url) == [first.id, on.id]

    def test_a_new_url_gets_the_next_event(self, client: stripe.StripeClient,
                                           receiver: Receiver) -> None:
        old, new = receiver.hook(), receiver.hook()
        we = create_endpoint(client, old)
        first = create_customer(client)
        wait_for(lambda: receiver.arrivals(old))
        client.v1.webhook_endpoints.update(we.id, {"url": new})
        second = create_customer(client)
        wait_for(lambda: receiver.arrivals(new))
        settled(client)
        assert (_customers(receiver, old), _customers(receiver, new)) == (
            [first.id], [second.id])

    def test_a_deleted_endpoint_is_routed_nothing(self, client: stripe.StripeClient,
                                                  receiver: Receiver) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url)
        create_customer(client)
        wait_for(lambda: receiver.arrivals(url))
        client.v1.webhook_endpoints.delete(we.id)
        after = create_customer(client)
        # a delivery to a deleted endpoint would never be acknowledged
        assert _event_of(client, after.id).pending_webhooks == 0
        assert len(receiver.arrivals(url)) == 1


def test_a_change_in_one_process_routes_the_next_event_of_another(
        tmp_path: Path, receiver: Receiver) -> None:
    """Two servers on one PostgreSQL database: endpoints changed through A route the very
    next event made through B (B heard the change before it began that request)."""
    database, admin = make_pg_database("routing")
    try:
        with EmulatorServer(data_dir=tmp_path / "a", database_url=database, **FAST) as a:
            b = Process(["--data-dir", str(tmp_path / "b"), "--database-url", database],
                        retry_schedule=SCHEDULE)
            try:
                key = "sk_test_" + secrets.token_hex(12)
                through_a = stripe.StripeClient(key, base_addresses={"api": a.url},
                                                max_network_retries=0)
                through_b = b.client(key)
                create_customer(through_b)  # B's router now knows: no endpoints
                endpoints = []
                for _ in range(5):  # each round, B's router knows one endpoint too few
                    url = receiver.hook()
                    endpoints.append(create_endpoint(through_a, url).id)
                    customer = create_customer(through_b)
                    wait_for(lambda url=url, c=customer.id: c in _customers(receiver, url))
                for endpoint in endpoints:
                    through_a.v1.webhook_endpoints.update(endpoint, {"disabled": True})
                after = create_customer(through_b)
                assert _event_of(through_b, after.id).pending_webhooks == 0
            finally:
                b.stop()
    finally:
        drop_pg_database(admin, database)
