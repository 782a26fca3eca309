"""The event log: GET /v1/events (type, wildcards, types[], created) and /v1/events/{id}."""

from __future__ import annotations

import pytest
import stripe

from tests.api.core.conftest import create_customer, create_product
from tests.conformance import assert_conforms


def test_every_change_has_its_event(client: stripe.StripeClient) -> None:
    c = create_customer(client)
    client.v1.customers.update(c.id, {"name": "Changed"})
    p = create_product(client)
    client.v1.customers.delete(c.id)
    types = [e.type for e in client.v1.events.list().data]
    assert types == ["customer.deleted", "product.created", "customer.updated",
                     "customer.created"]
    event = client.v1.events.list({"limit": 1, "type": "product.created"}).data[0]
    assert event.data.object["id"] == p.id
    assert event.request.id and event.request.id.startswith("req_")
    assert event.api_version == "2026-10-28.endive"
    assert_conforms(event)


def test_retrieve(client: stripe.StripeClient) -> None:
    create_customer(client)
    listed = client.v1.events.list().data[0]
    assert client.v1.events.retrieve(listed.id).to_dict() == listed.to_dict()
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.events.retrieve("evt_nope")
    assert e.value.http_status == 404


def test_type_wildcard_and_types(client: stripe.StripeClient) -> None:
    c = create_customer(client)
    client.v1.customers.update(c.id, {"name": "x"})
    create_product(client)
    assert {e.type for e in client.v1.events.list({"type": "customer.*"}).data} == {
        "customer.created", "customer.updated"}
    got = client.v1.events.list({"types": ["product.created", "customer.updated"]}).data
    assert [e.type for e in got] == ["product.created", "customer.updated"]
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.events.list({"type": "customer.created", "types": ["product.created"]})
    assert e.value.code == "parameters_exclusive"


def test_events_are_snapshots(client: stripe.StripeClient) -> None:
    c = create_customer(client, name="Before")
    client.v1.customers.update(c.id, {"name": "After"})
    created = client.v1.events.list({"type": "customer.created"}).data[0]
    assert created.data.object["name"] == "Before"


def test_idempotency_key_on_event(client: stripe.StripeClient) -> None:
    client.v1.customers.create({"email": "k@example.com"}, options={"idempotency_key": "evt-k"})
    event = client.v1.events.list().data[0]
    assert event.request.idempotency_key == "evt-k"


def test_failed_change_leaves_no_event(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.customers.create({"test_clock": "clock_missing"})
    assert client.v1.events.list().data == []
