"""Customers through the official SDK: CRUD, unsetting, metadata, events, errors."""

from __future__ import annotations

import re

import pytest
import stripe

from tests.api.core.conftest import create_customer
from tests.conformance import assert_conforms


class TestCreateCustomer:
    def test_defaults_match_stripe(self, client: stripe.StripeClient) -> None:
        c = client.v1.customers.create({"email": "a@example.com"})
        assert c.id.startswith("cus_")
        assert c.object == "customer"
        assert c.email == "a@example.com"
        assert c.balance == 0
        assert c.livemode is False
        assert c.tax_exempt == "none"
        assert c.preferred_locales == []
        assert c.metadata.to_dict() == {}
        assert c.next_invoice_sequence == 1
        assert re.fullmatch(r"[0-9A-F]{8}", c.invoice_prefix or "")
        assert_conforms(c)

    def test_nested_and_list_params(self, client: stripe.StripeClient) -> None:
        c = client.v1.customers.create({
            "address": {"line1": "1 Main St", "city": "Paris", "country": "FR"},
            "shipping": {"name": "Jenny", "address": {"city": "Lyon"}},
            "preferred_locales": ["fr", "en"],
            "invoice_settings": {"custom_fields": [{"name": "VAT", "value": "FR123"}],
                                 "footer": "Thanks"},
            "metadata": {"order": "6735"},
            "tax_exempt": "reverse",
        })
        assert c.address is not None and c.address.city == "Paris" and c.address.state is None
        assert c.shipping is not None and c.shipping.address.city == "Lyon"
        assert c.preferred_locales == ["fr", "en"]
        assert c.invoice_settings.custom_fields[0].value == "FR123"
        assert c.metadata["order"] == "6735"
        assert c.tax_exempt == "reverse"
        assert_conforms(c)

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"emale": "x"})  # type: ignore[typeddict-unknown-key]
        assert e.value.code == "parameter_unknown"
        assert e.value.param == "emale"
        assert e.value.user_message == "Received unknown parameter: emale"
        assert e.value.http_status == 400

    def test_unknown_nested_param_is_named_in_full(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"address": {"planet": "Mars"}})  # type: ignore[typeddict-item]
        assert e.value.param == "address[planet]"
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({
                "invoice_settings": {"custom_fields": [{"name": "a", "value": "b", "x": "y"}]}})  # type: ignore[typeddict-unknown-key]
        assert e.value.param == "invoice_settings[custom_fields][0][x]"

    def test_bad_enum_names_the_param(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"tax_exempt": "sometimes"})  # type: ignore[typeddict-item]
        assert e.value.param == "tax_exempt"
        assert "must be one of exempt, none, reverse" in str(e.value.user_message)

    def test_bad_integer(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"balance": "lots"})  # type: ignore[typeddict-item]
        assert e.value.code == "parameter_invalid_integer"
        assert e.value.param == "balance"

    def test_missing_required_nested(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"shipping": {"name": "x"}})  # type: ignore[typeddict-item]
        assert e.value.code == "parameter_missing"
        assert e.value.param == "shipping[address]"

    def test_metadata_limits(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"metadata": {"k" * 41: "v"}})
        assert e.value.param == "metadata"
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.customers.create({"metadata": {"k": "v" * 501}})
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"metadata": {f"k{i}": "v" for i in range(51)}})
        assert "50 keys" in str(e.value.user_message)
        assert client.v1.customers.list().data == []

    def test_unknown_test_clock(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.create({"test_clock": "clock_nope"})
        assert e.value.http_status == 404
        assert e.value.code == "resource_missing"
        assert e.value.param == "test_clock"


class TestRetrieveCustomer:
    def test_round_trip(self, client: stripe.StripeClient, customer: stripe.Customer) -> None:
        again = client.v1.customers.retrieve(customer.id)
        assert again.to_dict() == customer.to_dict()

    def test_missing(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.retrieve("cus_missing")
        assert e.value.http_status == 404
        assert e.value.code == "resource_missing"
        assert e.value.user_message == "No such customer: 'cus_missing'"
        assert e.value.param == "id"


class TestUpdateCustomer:
    def test_changes_only_what_is_sent(self, client: stripe.StripeClient,
                                       customer: stripe.Customer) -> None:
        updated = client.v1.customers.update(customer.id, {"description": "VIP"})
        assert updated.description == "VIP"
        assert updated.email == customer.email

    def test_empty_string_unsets(self, client: stripe.StripeClient) -> None:
        c = create_customer(client, address={"city": "Paris"}, business_name="ACME")
        updated = client.v1.customers.update(c.id, {"address": "", "business_name": ""})
        assert updated.address is None
        assert updated.business_name is None

    def test_empty_string_refused_where_not_unsettable(self, client: stripe.StripeClient,
                                                       customer: stripe.Customer) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.update(customer.id, {"balance": ""})  # type: ignore[typeddict-item]
        assert e.value.code == "parameter_invalid_empty"
        assert e.value.param == "balance"

    def test_metadata_merges_and_deletes(self, client: stripe.StripeClient) -> None:
        c = create_customer(client, metadata={"a": "1", "b": "2"})
        c = client.v1.customers.update(c.id, {"metadata": {"b": "", "c": "3"}})
        assert c.metadata.to_dict() == {"a": "1", "c": "3"}
        c = client.v1.customers.update(c.id, {"metadata": ""})
        assert c.metadata.to_dict() == {}

    def test_event_has_previous_attributes(self, client: stripe.StripeClient) -> None:
        c = create_customer(client, metadata={"a": "1"})
        client.v1.customers.update(c.id, {"name": "New", "metadata": {"a": "2"}})
        event = client.v1.events.list({"type": "customer.updated"}).data[0]
        assert event.data.object["name"] == "New"
        assert event.data.previous_attributes.to_dict() == {"name": "Jenny Rosen",
                                                              "metadata": {"a": "1"}}
        assert_conforms(event)


class TestDeleteCustomer:
    def test_delete_leaves_stub(self, client: stripe.StripeClient,
                                customer: stripe.Customer) -> None:
        deleted = client.v1.customers.delete(customer.id)
        assert deleted.to_dict() == {"id": customer.id, "object": "customer", "deleted": True}
        again = client.v1.customers.retrieve(customer.id)
        assert again.to_dict() == {"id": customer.id, "object": "customer", "deleted": True}
        assert client.v1.customers.list().data == []
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.update(customer.id, {"name": "x"})
        assert e.value.http_status == 404
        types = [ev.type for ev in client.v1.events.list().data]
        assert types == ["customer.deleted", "customer.created"]

    def test_delete_twice(self, client: stripe.StripeClient, customer: stripe.Customer) -> None:
        client.v1.customers.delete(customer.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.delete(customer.id)
        assert e.value.http_status == 404


class TestListCustomers:
    def test_email_filter(self, client: stripe.StripeClient) -> None:
        create_customer(client, email="x@example.com")
        create_customer(client, email="y@example.com")
        found = client.v1.customers.list({"email": "y@example.com"}).data
        assert [c.email for c in found] == ["y@example.com"]
