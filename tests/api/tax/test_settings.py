"""Tax settings through the official SDK: pending until a head office exists, defaults,
`tax.settings.updated`."""

from __future__ import annotations

import concurrent.futures

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.tax.conftest import DE_ADDRESS, activate
from tests.conformance import assert_conforms


class TestRetrieveSettings:
    def test_pending_without_head_office(self, client: stripe.StripeClient) -> None:
        s = client.v1.tax.settings.retrieve()
        assert s.object == "tax.settings"
        assert s.status == "pending"
        assert s.status_details.pending.missing_fields == ["head_office"]
        assert s.head_office is None
        assert s.defaults.to_dict() == {"provider": "stripe", "tax_behavior": None,
                                        "tax_code": None}
        assert s.livemode is False
        assert_conforms(s)

    def test_has_no_id(self, client: stripe.StripeClient) -> None:
        assert "id" not in client.v1.tax.settings.retrieve()

    def test_accounts_apart(self, client: stripe.StripeClient, account: Account) -> None:
        activate(client)
        other = account.server.new_account().client(max_network_retries=0)
        assert other.v1.tax.settings.retrieve().status == "pending"


class TestUpdateSettings:
    def test_head_office_activates(self, client: stripe.StripeClient) -> None:
        s = activate(client)
        assert s.status == "active"
        assert s.status_details.to_dict() == {"active": {}, "pending": None}
        assert s.head_office.address.to_dict() == {
            "city": "Berlin", "country": "DE", "line1": None, "line2": None,
            "postal_code": "10115", "state": None}
        assert_conforms(s)
        assert client.v1.tax.settings.retrieve().to_dict() == s.to_dict()

    def test_racing_first_updates_all_apply(self, account: Account) -> None:
        def post(index: int) -> int:
            return httpx.post(f"{account.url}/v1/tax/settings",
                              data={"defaults[tax_code]": "txcd_10000000"},
                              auth=(account.api_key, "")).status_code

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            codes = list(pool.map(post, range(12)))
        assert codes == [200] * 12
        events = account.client().v1.events.list({"type": "tax.settings.updated", "limit": 20})
        assert len(events.data) == 12

    def test_country_upper_cased(self, client: stripe.StripeClient) -> None:
        s = activate(client, country="fr")
        assert s.head_office.address.country == "FR"

    def test_head_office_without_country_stays_pending(self,
                                                       client: stripe.StripeClient) -> None:
        s = client.v1.tax.settings.update({"head_office": {"address": {"city": "Berlin"}}})
        assert s.status == "pending"
        assert s.head_office.address.city == "Berlin"

    def test_unknown_country(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            activate(client, country="XX")
        assert e.value.http_status == 400
        assert e.value.param == "head_office[address][country]"
        assert "Country 'XX' is unknown" in str(e.value.user_message)

    def test_defaults(self, client: stripe.StripeClient) -> None:
        s = client.v1.tax.settings.update(
            {"defaults": {"tax_behavior": "inferred_by_currency", "tax_code": "txcd_10103001"}})
        assert s.defaults.to_dict() == {"provider": "stripe",
                                        "tax_behavior": "inferred_by_currency",
                                        "tax_code": "txcd_10103001"}
        assert s.status == "pending"  # defaults alone do not activate Stripe Tax

    def test_defaults_kept_when_head_office_changes(self, client: stripe.StripeClient) -> None:
        client.v1.tax.settings.update({"defaults": {"tax_behavior": "exclusive"}})
        s = activate(client)
        assert s.defaults.tax_behavior == "exclusive"

    def test_unknown_default_tax_code(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.settings.update({"defaults": {"tax_code": "txcd_12345678"}})
        assert (e.value.http_status, e.value.param) == (400, "defaults[tax_code]")
        assert str(e.value.user_message) == "Invalid tax code"

    def test_bad_tax_behavior(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.settings.update(
                {"defaults": {"tax_behavior": "sometimes"}})  # type: ignore[typeddict-item]
        assert e.value.param == "defaults[tax_behavior]"

    def test_tax_behavior_cannot_be_unset(self, client: stripe.StripeClient) -> None:
        client.v1.tax.settings.update({"defaults": {"tax_behavior": "inclusive"}})
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.settings.update(
                {"defaults": {"tax_behavior": ""}})  # type: ignore[typeddict-item]
        assert (e.value.code, e.value.param) == ("parameter_invalid_empty",
                                                 "defaults[tax_behavior]")
        assert client.v1.tax.settings.retrieve().defaults.tax_behavior == "inclusive"

    def test_event(self, client: stripe.StripeClient) -> None:
        activate(client)
        events = client.v1.events.list({"type": "tax.settings.updated"}).data
        assert len(events) == 1
        event = events[0]
        assert event.data.object.object == "tax.settings"
        assert event.data.object.status == "active"
        assert event.data.previous_attributes.to_dict()["status"] == "pending"
        assert event.data.previous_attributes.to_dict()["head_office"] is None

    def test_every_update_emits(self, client: stripe.StripeClient) -> None:
        activate(client)
        activate(client, **{**DE_ADDRESS, "postal_code": "80331"})
        events = client.v1.events.list({"type": "tax.settings.updated"}).data
        assert len(events) == 2
        assert events[0].data.previous_attributes.to_dict() == {
            "head_office": {"address": {**{"line1": None, "line2": None, "state": None},
                                        **DE_ADDRESS}}}
