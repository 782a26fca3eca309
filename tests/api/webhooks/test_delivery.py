"""Signed delivery to a real receiver: what is sent, to whom, retries, pending_webhooks,
and receivers that misbehave (hang, crawl, 500, redirect, 10 MB answers)."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer
from tests.api.webhooks.conftest import create_customer, create_endpoint, settled
from tests.api.webhooks.receiver import Arrival, Receiver, wait_for

OwnServer = Callable[..., AbstractContextManager[EmulatorServer]]


def _verify(arrival: Arrival, secret: str) -> stripe.Event:
    return stripe.Webhook.construct_event(arrival.body.decode(),
                                          arrival.headers["stripe-signature"], secret)


def _attempts(operator: httpx.Client, endpoint: str, **params: Any) -> list[dict[str, Any]]:
    r = operator.get(f"/webhook_endpoints/{endpoint}/attempts", params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return list(r.json()["data"])


def _deliveries(operator: httpx.Client, endpoint: str) -> dict[str, int]:
    r = operator.get(f"/webhook_endpoints/{endpoint}")
    assert r.status_code == 200, r.text
    return dict(r.json()["deliveries"])


class TestDelivery:
    def test_signed_event_arrives(self, client: stripe.StripeClient,
                                  receiver: Receiver) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url)
        customer = create_customer(client)
        [arrival] = wait_for(lambda: receiver.arrivals(url))
        assert we.secret is not None
        event = _verify(arrival, we.secret)
        assert event.type == "customer.created"
        assert event.data.object["id"] == customer.id
        assert arrival.headers["content-type"] == "application/json; charset=utf-8"
        assert arrival.headers["user-agent"] == "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
        stored = client.v1.events.retrieve(event.id)
        assert {k: v for k, v in event.to_dict().items() if k != "pending_webhooks"} == {
            k: v for k, v in stored.to_dict().items() if k != "pending_webhooks"}
        # acknowledged: nothing pending any more
        wait_for(lambda: client.v1.events.retrieve(event.id).pending_webhooks == 0)
        assert [e.id for e in client.v1.events.list({"delivery_success": True}).data] == [
            event.id]

    def test_each_matching_endpoint_gets_it(self, client: stripe.StripeClient,
                                            receiver: Receiver) -> None:
        every, customers, products, off = (receiver.hook() for _ in range(4))
        create_endpoint(client, every)
        create_endpoint(client, customers, enabled_events=["customer.created",
                                                           "customer.updated"])
        create_endpoint(client, products, enabled_events=["product.created"])
        off_we = create_endpoint(client, off)
        client.v1.webhook_endpoints.update(off_we.id, {"disabled": True})
        c = create_customer(client)
        client.v1.customers.update(c.id, {"name": "Changed"})
        client.v1.products.create({"name": "Gold"})
        wait_for(lambda: len(receiver.arrivals(every)) == 3)
        wait_for(lambda: len(receiver.arrivals(customers)) == 2)
        wait_for(lambda: len(receiver.arrivals(products)) == 1)
        assert sorted(a.event["type"] for a in receiver.arrivals(customers)) == [
            "customer.created", "customer.updated"]
        settled(client)  # every delivery made is acknowledged: nothing more is coming
        assert receiver.arrivals(off) == []  # disabled endpoints get nothing
        # ... not even later: events created while it was disabled are never sent
        client.v1.webhook_endpoints.update(off_we.id, {"disabled": False})
        create_customer(client)
        wait_for(lambda: len(receiver.arrivals(off)) == 1)
        settled(client)
        assert len(receiver.arrivals(off)) == 1

    def test_pending_webhooks_counts_unacknowledged(self, client: stripe.StripeClient,
                                                    receiver: Receiver) -> None:
        ok, failing = receiver.hook(), receiver.hook(statuses=[500])
        create_endpoint(client, ok)
        create_endpoint(client, failing)
        create_customer(client)
        event = client.v1.events.list().data[0]
        wait_for(lambda: receiver.arrivals(ok))
        wait_for(lambda: client.v1.events.retrieve(event.id).pending_webhooks == 1)
        assert client.v1.events.list({"delivery_success": False}).data[0].id == event.id
        assert client.v1.events.list({"delivery_success": True}).data == []

    def test_other_accounts_endpoints_get_nothing(self, client: stripe.StripeClient,
                                                  account: Account,
                                                  receiver: Receiver) -> None:
        mine, theirs = receiver.hook(), receiver.hook()
        create_endpoint(client, mine)
        other = account.server.new_account().client(max_network_retries=0)
        create_endpoint(other, theirs)
        create_customer(client)
        wait_for(lambda: receiver.arrivals(mine))
        settled(client)  # had it gone to theirs too, that delivery would be acknowledged
        assert receiver.arrivals(theirs) == []

    def test_pinned_api_version(self, client: stripe.StripeClient,
                                receiver: Receiver) -> None:
        url = receiver.hook()
        create_endpoint(client, url, api_version="2026-09-30.endive")
        create_customer(client)
        [arrival] = wait_for(lambda: receiver.arrivals(url))
        assert arrival.event["api_version"] == "2026-09-30.endive"


class TestRetries:
    def test_failures_are_retried_until_a_2xx(self, client: stripe.StripeClient,
                                              receiver: Receiver,
                                              operator: httpx.Client) -> None:
        url = receiver.hook(statuses=[500, 503, 204])
        we = create_endpoint(client, url)
        create_customer(client)
        arrivals = wait_for(lambda: len(receiver.arrivals(url)) == 3
                            and receiver.arrivals(url))
        assert len({a.event["id"] for a in arrivals}) == 1  # the same event each time
        event_id = arrivals[0].event["id"]
        wait_for(lambda: client.v1.events.retrieve(event_id).pending_webhooks == 0)
        attempts = wait_for(lambda: len(_attempts(operator, we.id)) == 3
                            and _attempts(operator, we.id))
        assert [(a["attempt"], a["response"]["status"], a["succeeded"])
                for a in reversed(attempts)] == [(1, 500, False), (2, 503, False),
                                                 (3, 204, True)]
        assert attempts[1]["next_retry_at"] is not None and attempts[0]["next_retry_at"] is None
        # settled as succeeded: no retry is due any more
        assert _deliveries(operator, we.id) == {"pending": 0, "succeeded": 1, "failed": 0}
        assert len(receiver.arrivals(url)) == 3

    def test_retries_stop_after_the_schedule(self, client: stripe.StripeClient,
                                             receiver: Receiver,
                                             operator: httpx.Client) -> None:
        url = receiver.hook(statuses=[500], body=b"handler exploded: KeyError 'customer'")
        we = create_endpoint(client, url)
        create_customer(client)
        # the attempt + 3 retries, then the delivery is settled as failed: nothing is due
        wait_for(lambda: _deliveries(operator, we.id)["failed"] == 1)
        assert len(receiver.arrivals(url)) == 4
        attempts = _attempts(operator, we.id)
        assert [a["attempt"] for a in attempts] == [4, 3, 2, 1]
        assert attempts[0]["next_retry_at"] is None
        assert attempts[0]["response"] == {"status": 500,
                                           "body": "handler exploded: KeyError 'customer'"}
        health = operator.get(f"/webhook_endpoints/{we.id}").json()
        assert health["deliveries"] == {"pending": 0, "succeeded": 0, "failed": 1}
        assert health["failing_since"] is not None
        event = client.v1.events.list().data[0]
        assert event.pending_webhooks == 1

    def test_redirects_are_failures(self, client: stripe.StripeClient, receiver: Receiver,
                                    operator: httpx.Client) -> None:
        target = receiver.hook()
        url = receiver.hook(statuses=[302], headers={"Location": target})
        we = create_endpoint(client, url)
        create_customer(client)
        wait_for(lambda: len(_attempts(operator, we.id)) >= 2)
        assert receiver.arrivals(target) == []
        assert _attempts(operator, we.id)[-1]["response"]["status"] == 302

    def test_connection_refused(self, client: stripe.StripeClient,
                                operator: httpx.Client) -> None:
        from stripe_emulator.testing.server import free_port

        we = create_endpoint(client, f"http://127.0.0.1:{free_port()}/nobody")
        create_customer(client)
        first = wait_for(lambda: _attempts(operator, we.id))[-1]
        assert first["response"] is None and first["succeeded"] is False
        assert first["error"].startswith("Could not connect")

    def test_deleted_endpoint_stops_retries(self, client: stripe.StripeClient,
                                            receiver: Receiver) -> None:
        url = receiver.hook(statuses=[500])
        we = create_endpoint(client, url)
        create_customer(client)
        wait_for(lambda: receiver.arrivals(url))
        client.v1.webhook_endpoints.delete(we.id)
        # A witness whose third attempt comes due after the deleted endpoint's retry: the
        # worker takes due jobs in order, so once it has arrived, that retry has run.
        witness = receiver.hook(statuses=[500, 500, 200])
        create_endpoint(client, witness)
        create_customer(client)
        wait_for(lambda: len(receiver.arrivals(witness)) == 3)
        assert len(receiver.arrivals(url)) == 1


class TestBadReceivers:
    def test_a_hanging_receiver_blocks_nobody(self, own_server: OwnServer,
                                              receiver: Receiver) -> None:
        # No attempt times out during the test, so the requests the hanging receiver holds
        # are exactly the server's requests in flight to it.
        with own_server(webhook_timeout=120.0, webhook_max_in_flight=3) as server:
            account = server.new_account()
            client = account.client(max_network_retries=0)
            limit = server.settings.webhook_max_in_flight
            hanging, fast = receiver.hook(hang=True), receiver.hook()
            create_endpoint(client, hanging)
            create_endpoint(client, fast)
            made = [create_customer(client, name=f"c{i}").id for i in range(30)]
            assert len(set(made)) == 30  # the API answered every request
            # every event reaches the other endpoint, while the hanging one holds requests
            wait_for(lambda: len(receiver.arrivals(fast)) == 30)
            wait_for(lambda: receiver.held(hanging) == limit)
            assert {a.event["data"]["object"]["id"] for a in receiver.arrivals(fast)} == set(
                made)
            # it holds its share and no more, however many deliveries to it are due
            assert len(receiver.arrivals(hanging)) == receiver.most_held(hanging) == limit
            assert receiver.held(hanging) == limit
            r = httpx.get(f"{server.url}/v1/customers", params={"limit": 1},
                          auth=(account.api_key, ""))
            assert r.status_code == 200

    def test_a_hanging_receiver_times_out(self, client: stripe.StripeClient,
                                          receiver: Receiver, operator: httpx.Client) -> None:
        url = receiver.hook(hang=True)
        we = create_endpoint(client, url)
        create_customer(client)
        [first, *_] = wait_for(lambda: list(reversed(_attempts(operator, we.id))))
        assert first["succeeded"] is False and first["response"] is None
        assert first["error"] == "Timed out: no answer within 1 s"  # the server's timeout

    def test_slow_receiver(self, client: stripe.StripeClient, receiver: Receiver,
                           operator: httpx.Client) -> None:
        url = receiver.hook(delay=0.3)
        we = create_endpoint(client, url)
        create_customer(client)
        # (on a machine stalled past the 1 s timeout, a retry is the one that succeeds)
        [attempt, *_] = wait_for(lambda: [a for a in _attempts(operator, we.id)
                                          if a["succeeded"]])
        assert attempt["duration_ms"] >= 300

    def test_ten_megabyte_answer(self, client: stripe.StripeClient, receiver: Receiver,
                                 operator: httpx.Client) -> None:
        url = receiver.hook(body=b"x" * 10_000_000)
        we = create_endpoint(client, url)
        create_customer(client)
        [attempt] = wait_for(lambda: _attempts(operator, we.id))
        assert attempt["succeeded"] and attempt["response"]["status"] == 200
        assert attempt["response"]["body"] == "x" * 2048


class TestResend:
    def test_resend_an_attempt(self, client: stripe.StripeClient, receiver: Receiver,
                               operator: httpx.Client) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url)
        create_customer(client)
        [first] = wait_for(lambda: _attempts(operator, we.id))
        r = operator.post(f"/webhook_attempts/{first['id']}/resend")
        assert r.status_code == 200, r.text
        again = r.json()
        assert (again["kind"], again["succeeded"], again["event"]) == (
            "resend", True, first["event"])
        arrivals = receiver.arrivals(url)
        assert [a.event["id"] for a in arrivals] == [first["event"]] * 2
        assert we.secret is not None
        _verify(arrivals[1], we.secret)
        event = client.v1.events.retrieve(first["event"])
        assert event.pending_webhooks == 0  # counted once, however often it succeeds
        assert operator.get(f"/webhook_attempts/{again['id']}").json() == again
        by_event = operator.get(f"/events/{first['event']}/attempts").json()["data"]
        assert [a["id"] for a in by_event] == [again["id"], first["id"]]

    def test_resend_an_event_to_an_endpoint(self, client: stripe.StripeClient,
                                            receiver: Receiver,
                                            operator: httpx.Client) -> None:
        create_customer(client)  # before any endpoint: never delivered
        event = client.v1.events.list().data[0]
        url = receiver.hook()
        we = create_endpoint(client, url)
        r = operator.post(f"/events/{event.id}/resend", data={"webhook_endpoint": we.id})
        assert r.status_code == 200 and r.json()["succeeded"]
        assert [a.event["id"] for a in receiver.arrivals(url)] == [event.id]
        missing = operator.post(f"/events/{event.id}/resend",
                                data={"webhook_endpoint": "we_nope"})
        assert missing.status_code == 404

    def test_operator_routes_are_per_account(self, client: stripe.StripeClient,
                                             account: Account, receiver: Receiver,
                                             operator: httpx.Client) -> None:
        url = receiver.hook()
        we = create_endpoint(client, url)
        create_customer(client)
        [first] = wait_for(lambda: _attempts(operator, we.id))
        other = account.server.new_account()
        with httpx.Client(base_url=account.url + "/_emulator", auth=(other.api_key, "")) as c:
            assert c.get(f"/webhook_attempts/{first['id']}").status_code == 404
            assert c.get(f"/webhook_endpoints/{we.id}/attempts").json()["data"] == []
        assert httpx.get(account.url + f"/_emulator/webhook_attempts/{first['id']}"
                         ).status_code == 401


def test_an_endpoint_failing_for_the_whole_window_is_disabled(
        own_server: OwnServer, receiver: Receiver) -> None:
    with own_server(webhook_retry_schedule="0.2", webhook_disable_after=0.5) as server:
        account = server.new_account()
        client = account.client(max_network_retries=0)
        operator = f"{server.url}/_emulator"
        url = receiver.hook(statuses=[500])
        we = create_endpoint(client, url)
        create_customer(client)
        wait_for(lambda: len(receiver.arrivals(url)) == 2)  # first attempt + one retry
        failing_since = httpx.get(f"{operator}/webhook_endpoints/{we.id}",
                                  auth=(account.api_key, "")).json()["failing_since"]
        wait_for(lambda: time.time() > failing_since + 0.5)  # the streak outlasts the window
        create_customer(client)  # fails again, > 0.5 s after the first failure: disabled
        wait_for(lambda: client.v1.webhook_endpoints.retrieve(we.id).status == "disabled")
        health = httpx.get(f"{operator}/webhook_endpoints/{we.id}",
                           auth=(account.api_key, "")).json()
        assert health["disabled_reason"].startswith("Failing without a success")
        # the next event is not routed to it at all (the router heard of the disabling)
        create_customer(client)
        assert client.v1.events.list({"limit": 1}).data[0].pending_webhooks == 0
        # enabling it again starts afresh
        client.v1.webhook_endpoints.update(we.id, {"disabled": False})
        health = httpx.get(f"{operator}/webhook_endpoints/{we.id}",
                           auth=(account.api_key, "")).json()
        assert (health["failing_since"], health["disabled_reason"]) == (None, None)


@pytest.mark.parametrize("schedule,expected", [
    ("stripe", (300.0, 1800.0, 7200.0)), ("fast", (1.0, 2.0, 4.0)), ("none", ()),
    ("5, 30,60", (5.0, 30.0, 60.0))])
def test_retry_schedules(schedule: str, expected: tuple[float, ...]) -> None:
    from stripe_emulator.areas.webhooks.delivery import retry_schedule

    assert retry_schedule(schedule) == expected
    with pytest.raises(ValueError):
        retry_schedule("sometimes")
