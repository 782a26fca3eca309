"""expand[]: objects, includable fields, lists via data., depth limit, errors."""

from __future__ import annotations

import pytest
import stripe

from tests.api.core.conftest import create_customer
from tests.conformance import assert_conforms


def test_includable_fields_appear_only_when_expanded(client: stripe.StripeClient) -> None:
    c = create_customer(client, address={"country": "FR", "city": "Paris"},
                        tax={"ip_address": "127.0.0.1"})
    assert "tax" not in c
    expanded = client.v1.customers.retrieve(c.id, {"expand": ["tax", "tax_ids", "sources",
                                                              "subscriptions", "cash_balance"]})
    assert expanded.tax.automatic_tax == "supported"
    assert expanded.tax.location.country == "FR"
    assert expanded.tax.ip_address == "127.0.0.1"
    assert expanded.tax_ids.object == "list" and expanded.tax_ids.data == []
    assert expanded.sources.url == f"/v1/customers/{c.id}/sources"
    assert expanded.cash_balance.settings.reconciliation_mode == "automatic"
    assert_conforms(expanded)


def test_expand_on_lists_needs_data_prefix(client: stripe.StripeClient) -> None:
    create_customer(client)
    page = client.v1.customers.list({"expand": ["data.tax"]})
    assert page.data[0].tax.automatic_tax == "unrecognized_location"
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.list({"expand": ["tax"]})
    assert e.value.param == "expand"
    assert e.value.user_message == "This property cannot be expanded (tax)."


def test_not_expandable(client: stripe.StripeClient) -> None:
    c = create_customer(client)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.retrieve(c.id, {"expand": ["email"]})
    assert e.value.user_message == "This property cannot be expanded (email)."


def test_null_reference_stays_null(client: stripe.StripeClient) -> None:
    c = create_customer(client)
    expanded = client.v1.customers.retrieve(c.id, {"expand": ["test_clock", "default_source"]})
    assert expanded.test_clock is None and expanded.default_source is None


def test_depth_limit(client: stripe.StripeClient) -> None:
    c = create_customer(client)
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.retrieve(c.id, {"expand": ["a.b.c.d.e"]})
    assert "more than 4 levels" in str(e.value.user_message)


def test_expand_on_event_object_in_list(client: stripe.StripeClient) -> None:
    create_customer(client)
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.events.list({"expand": ["data.data"]})
