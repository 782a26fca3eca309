"""Lists: limit bounds, cursors both ways, has_more, url, created filters, stable order."""

from __future__ import annotations

import httpx
import pytest
import stripe

from tests.api.core.conftest import create_customer


@pytest.fixture
def twelve(client: stripe.StripeClient) -> list[str]:
    """Twelve customers created within the same second or two: ids, oldest first."""
    return [create_customer(client, email=f"c{i}@example.com").id for i in range(12)]


def test_default_limit_and_newest_first(client: stripe.StripeClient, twelve: list[str]) -> None:
    page = client.v1.customers.list()
    assert [c.id for c in page.data] == list(reversed(twelve))[:10]
    assert page.has_more is True
    assert page.url == "/v1/customers"


def test_starting_after_walks_forward(client: stripe.StripeClient, twelve: list[str]) -> None:
    first = client.v1.customers.list({"limit": 5})
    second = client.v1.customers.list({"limit": 5, "starting_after": first.data[-1].id})
    third = client.v1.customers.list({"limit": 5, "starting_after": second.data[-1].id})
    seen = [c.id for c in first.data + second.data + third.data]
    assert seen == list(reversed(twelve))
    assert (first.has_more, second.has_more, third.has_more) == (True, True, False)


def test_ending_before_walks_back(client: stripe.StripeClient, twelve: list[str]) -> None:
    newest_first = list(reversed(twelve))
    page = client.v1.customers.list({"limit": 3, "ending_before": newest_first[6]})
    assert [c.id for c in page.data] == newest_first[3:6]
    assert page.has_more is True
    page = client.v1.customers.list({"limit": 5, "ending_before": newest_first[2]})
    assert [c.id for c in page.data] == newest_first[:2]
    assert page.has_more is False


def test_auto_paging_sees_everything_once(client: stripe.StripeClient,
                                          twelve: list[str]) -> None:
    ids = [c.id for c in client.v1.customers.list({"limit": 5}).auto_paging_iter()]
    assert ids == list(reversed(twelve))


def test_limit_bounds(client: stripe.StripeClient) -> None:
    for bad in (0, 101):
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.list({"limit": bad})
        assert e.value.param == "limit"
    assert client.v1.customers.list({"limit": 100}).data == []


def test_both_cursors_refused(client: stripe.StripeClient, twelve: list[str]) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.list({"starting_after": twelve[0], "ending_before": twelve[1]})
    assert e.value.code == "parameters_exclusive"


def test_unknown_cursor(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.list({"starting_after": "cus_nope"})
    assert e.value.code == "resource_missing"
    assert e.value.param == "starting_after"


def test_created_filters(client: stripe.StripeClient, twelve: list[str]) -> None:
    created = client.v1.customers.retrieve(twelve[0]).created
    assert len(client.v1.customers.list({"limit": 100, "created": {"gte": created}}).data) == 12
    assert client.v1.customers.list({"created": {"lt": created}}).data == []
    assert client.v1.customers.list({"created": {"gt": created + 3600}}).data == []
    exact = client.v1.customers.list({"limit": 100, "created": created}).data
    assert twelve[0] in [c.id for c in exact]


def test_created_filter_must_be_integer(http: httpx.Client) -> None:
    r = http.get("/v1/customers", params={"created[gt]": "yesterday"})
    assert r.status_code == 400
    assert r.json()["error"]["param"] == "created[gt]"
