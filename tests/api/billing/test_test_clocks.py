"""Test clocks through the official SDK: create, retrieve, list, delete, advance limits.
Time-based transitions under a clock are tested with the objects they move
(test_subscriptions.py, test_invoices.py, test_balance.py)."""

from __future__ import annotations

import pytest
import stripe

from tests.api.billing.conftest import DAY, advance, clock_customer, subscribe
from tests.api.core.conftest import create_customer, create_price
from tests.conformance import assert_conforms

T0 = 1_767_225_600  # 2026-01-01T00:00:00Z


class TestCreateTestClock:
    def test_create(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0, "name": "a"})
        assert clock.id.startswith("clock_") and clock.status == "ready"
        assert clock.frozen_time == T0 and clock.name == "a"
        assert clock.deletes_after == clock.created + 30 * 86400
        assert clock.status_details.to_dict() == {}  # spec: `{}` when ready
        event = client.v1.events.list({"type": "test_helpers.test_clock.created"}).data[0]
        assert event.data.object.id == clock.id

    def test_attach_existing_customer(self, client: stripe.StripeClient,
                                      customer: stripe.Customer) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0,
                                                           "customer": customer.id})
        assert client.v1.customers.retrieve(customer.id).test_clock == clock.id

    def test_frozen_time_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.test_helpers.test_clocks.create({})  # type: ignore[typeddict-item]
        assert e.value.param == "frozen_time"

    def test_customer_lives_at_clock_time(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        c = create_customer(client, test_clock=clock.id)
        assert c.created == T0 and c.test_clock == clock.id
        listed = client.v1.customers.list({"test_clock": clock.id}).data
        assert [x.id for x in listed] == [c.id]


class TestListTestClocks:
    def test_list_and_retrieve(self, client: stripe.StripeClient) -> None:
        a = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        b = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        assert [c.id for c in client.v1.test_helpers.test_clocks.list().data] == [b.id, a.id]
        assert client.v1.test_helpers.test_clocks.retrieve(a.id).id == a.id
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.test_helpers.test_clocks.retrieve("clock_nope")
        assert e.value.http_status == 404


class TestDeleteTestClock:
    def test_delete_removes_attached_objects(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        c = create_customer(client, test_clock=clock.id)
        other = create_customer(client)
        deleted = client.v1.test_helpers.test_clocks.delete(clock.id)
        assert deleted.deleted is True
        assert client.v1.customers.retrieve(c.id).deleted is True  # type: ignore[attr-defined]
        assert client.v1.customers.retrieve(other.id).email == "jenny@example.com"
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.test_helpers.test_clocks.retrieve(clock.id)
        types = [e.type for e in client.v1.events.list().data]
        assert types[0] == "test_helpers.test_clock.deleted"


class TestAdvanceTestClock:
    def test_advance_without_subscriptions(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        started = client.v1.test_helpers.test_clocks.advance(clock.id,
                                                             {"frozen_time": T0 + 3600})
        assert started.status == "advancing"
        assert started.status_details.advancing.target_frozen_time == T0 + 3600  # type: ignore[union-attr]
        assert_conforms(started)
        advance(client, clock.id, T0 + 3600, already_started=True)
        done = advance(client, clock.id, T0 + 7200)
        assert done.status == "ready" and done.frozen_time == T0 + 7200
        assert done.status_details.to_dict() == {}
        types = {e.type for e in client.v1.events.list().data}
        assert {"test_helpers.test_clock.advancing", "test_helpers.test_clock.ready"} <= types

    def test_must_move_forward(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0})
        assert e.value.param == "frozen_time"

    def test_two_years_without_subscriptions(self, client: stripe.StripeClient) -> None:
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.test_helpers.test_clocks.advance(
                clock.id, {"frozen_time": T0 + 3 * 365 * 86400})

    def test_two_intervals_of_shortest_subscription(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        subscribe(client, customer.id, create_price(client, recurring={"interval": "week"}).id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.test_helpers.test_clocks.advance(clock.id,
                                                       {"frozen_time": T0 + 15 * DAY})
        assert e.value.param == "frozen_time"
        assert advance(client, clock.id, T0 + 14 * DAY).frozen_time == T0 + 14 * DAY


class TestDeleteTestClockCascade:
    def test_subscriptions_and_invoices_go_too(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        client.v1.test_helpers.test_clocks.delete(clock.id)
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.subscriptions.retrieve(sub.id)
        assert client.v1.subscriptions.list({"status": "all"}).data == []
        assert client.v1.invoices.list().data == []


class TestIsolation:
    def test_other_account_sees_no_billing_objects(self, client: stripe.StripeClient,
                                                   server: object) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        other = server.new_account().client()  # type: ignore[attr-defined]
        assert other.v1.subscriptions.list({"status": "all"}).data == []
        assert other.v1.invoices.list().data == []
        assert other.v1.charges.list().data == []
        assert other.v1.balance_transactions.list().data == []
        assert other.v1.test_helpers.test_clocks.list().data == []
        assert other.v1.balance.retrieve().pending[0].amount == 0
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.subscriptions.retrieve(sub.id)
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0 + 60})
