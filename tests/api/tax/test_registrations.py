"""Tax registrations through the official SDK: every country_options shape, the status the
clock gives them, ending them, listing by status."""

from __future__ import annotations

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.tax.conftest import Clock, register
from tests.conformance import assert_conforms

DAY = 24 * 3600


class TestCreateRegistration:
    def test_eu_standard(self, client: stripe.StripeClient,
                         active: stripe.tax.Settings) -> None:
        r = register(client, "DE", standard={"place_of_supply_scheme": "small_seller"})
        assert r.id.startswith("taxreg_")
        assert (r.object, r.country, r.status, r.expires_at) == (
            "tax.registration", "DE", "active", None)
        assert r.country_options.de.to_dict() == {
            "standard": {"place_of_supply_scheme": "small_seller"}, "type": "standard"}
        assert r.country_options.fr is None
        assert r.active_from == r.created
        assert_conforms(r)

    def test_eu_standard_scheme_defaults_to_standard(self, client: stripe.StripeClient,
                                                     active: stripe.tax.Settings) -> None:
        r = register(client, "FR")
        assert r.country_options.fr.to_dict() == {
            "standard": {"place_of_supply_scheme": "standard"}, "type": "standard"}

    @pytest.mark.parametrize("kind", ["oss_union", "oss_non_union", "ioss"])
    def test_eu_schemes(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                        kind: str) -> None:
        r = register(client, "IE", kind)
        assert r.country_options.ie.to_dict() == {"standard": None, "type": kind}
        assert_conforms(r)

    def test_us_state_sales_tax(self, client: stripe.StripeClient,
                                active: stripe.tax.Settings) -> None:
        r = register(client, "US", "state_sales_tax", state="ca",
                     state_sales_tax={"elections": [{"type": "local_use_tax",
                                                     "jurisdiction": "06037"}]})
        us = r.country_options.us
        assert (us.type, us.state) == ("state_sales_tax", "CA")
        assert us.state_sales_tax.elections[0].to_dict() == {"jurisdiction": "06037",
                                                             "type": "local_use_tax"}
        assert us.local_amusement_tax is None
        assert_conforms(r)

    def test_us_local_tax_with_jurisdiction(self, client: stripe.StripeClient,
                                            active: stripe.tax.Settings) -> None:
        r = register(client, "US", "local_amusement_tax", state="IL",
                     local_amusement_tax={"jurisdiction": "14000"})
        assert r.country_options.us.local_amusement_tax.jurisdiction == "14000"

    def test_us_local_tax_needs_jurisdiction(self, client: stripe.StripeClient,
                                             active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "US", "local_amusement_tax", state="IL")
        assert (e.value.code, e.value.param) == (
            "parameter_missing", "country_options[us][local_amusement_tax]")

    @pytest.mark.parametrize("kind", ["digital_excise_tax", "state_communications_tax",
                                      "state_retail_delivery_fee"])
    def test_us_types_without_options(self, client: stripe.StripeClient,
                                      active: stripe.tax.Settings, kind: str) -> None:
        assert register(client, "US", kind, state="CO").country_options.us.type == kind

    def test_us_needs_state(self, client: stripe.StripeClient,
                            active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "US", "state_sales_tax")
        assert (e.value.code, e.value.param) == ("parameter_missing",
                                                 "country_options[us][state]")

    def test_us_unknown_state(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "US", "state_sales_tax", state="ZZ")
        assert e.value.param == "country_options[us][state]"

    def test_ca_types(self, client: stripe.StripeClient, active: stripe.tax.Settings) -> None:
        gst = register(client, "CA", "standard")
        assert gst.country_options.ca.to_dict() == {"province_standard": None,
                                                    "type": "standard"}
        qst = register(client, "CA", "province_standard",
                       province_standard={"province": "QC"})
        assert qst.country_options.ca.province_standard.province == "QC"
        assert register(client, "CA", "simplified").country_options.ca.type == "simplified"
        assert_conforms(qst)

    def test_ca_province_standard_needs_province(self, client: stripe.StripeClient,
                                                 active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "CA", "province_standard")
        assert e.value.param == "country_options[ca][province_standard]"

    @pytest.mark.parametrize(("country", "kind"), [
        ("GB", "standard"), ("NO", "standard"), ("CH", "standard"), ("AU", "standard"),
        ("NZ", "standard"), ("JP", "standard"), ("SG", "standard"), ("AE", "standard"),
        ("IS", "standard"), ("ZA", "standard"), ("IN", "simplified"), ("MX", "simplified"),
        ("KR", "simplified"), ("TR", "simplified"), ("SA", "simplified"), ("TH", "simplified"),
    ])
    def test_other_countries(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                             country: str, kind: str) -> None:
        r = register(client, country, kind)
        assert r.country == country
        assert getattr(r.country_options, country.lower() + ("_" if country in ("IN", "IS")
                                                             else "")).type == kind
        assert_conforms(r)

    def test_type_not_allowed_for_country(self, client: stripe.StripeClient,
                                          active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "GB", "oss_union")
        assert (e.value.http_status, e.value.param) == (400, "country_options[gb][type]")

    def test_options_for_another_country(self, client: stripe.StripeClient,
                                         active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.create({
                "country": "DE", "active_from": "now",
                "country_options": {"fr": {"type": "standard"}}})
        assert e.value.param == "country_options"

    def test_two_countries_refused(self, client: stripe.StripeClient,
                                   active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.create({
                "country": "DE", "active_from": "now",
                "country_options": {"de": {"type": "standard"}, "fr": {"type": "standard"}}})
        assert e.value.param == "country_options"

    def test_unknown_country(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.create({
                "country": "XX", "active_from": "now",
                "country_options": {"de": {"type": "standard"}}})
        assert e.value.param == "country"

    def test_needs_head_office(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "DE")
        assert e.value.http_status == 400
        assert e.value.error.type == "invalid_request_error"
        assert "set your head office address first" in str(e.value.user_message)

    def test_scheduled(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                       clock: Clock) -> None:
        start = clock.now() + DAY
        r = register(client, "DE", active_from=start)
        assert (r.status, r.active_from) == ("scheduled", start)
        clock.advance(DAY)
        assert client.v1.tax.registrations.retrieve(r.id).status == "active"

    def test_with_expiry(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                         clock: Clock) -> None:
        end = clock.now() + DAY
        r = register(client, "DE", expires_at=end)
        assert (r.status, r.expires_at) == ("active", end)
        clock.advance(DAY)
        assert client.v1.tax.registrations.retrieve(r.id).status == "expired"

    def test_active_from_in_the_past(self, client: stripe.StripeClient,
                                     active: stripe.tax.Settings, clock: Clock) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "DE", active_from=clock.now() - DAY)
        assert e.value.param == "active_from"

    def test_expiry_before_start(self, client: stripe.StripeClient,
                                 active: stripe.tax.Settings, clock: Clock) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            register(client, "DE", active_from=clock.now() + 2 * DAY,
                     expires_at=clock.now() + DAY)
        assert e.value.param == "expires_at"

    def test_no_event(self, client: stripe.StripeClient, active: stripe.tax.Settings) -> None:
        register(client, "DE")
        assert [e.type for e in client.v1.events.list().data] == ["tax.settings.updated"]


class TestRetrieveRegistration:
    def test_retrieve(self, client: stripe.StripeClient, de: stripe.tax.Registration) -> None:
        got = client.v1.tax.registrations.retrieve(de.id)
        assert got.to_dict() == de.to_dict()
        assert_conforms(got)

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.retrieve("taxreg_nope")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert str(e.value.user_message) == "No such registration: 'taxreg_nope'"

    def test_other_account(self, de: stripe.tax.Registration, account: Account) -> None:
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            other.v1.tax.registrations.retrieve(de.id)
        assert e.value.http_status == 404


class TestUpdateRegistration:
    def test_expire_now(self, client: stripe.StripeClient, de: stripe.tax.Registration,
                        clock: Clock) -> None:
        before = clock.now()
        r = client.v1.tax.registrations.update(de.id, {"expires_at": "now"})
        assert r.status == "expired"
        assert before <= r.expires_at <= clock.now()
        assert_conforms(r)
        assert client.v1.tax.registrations.retrieve(de.id).status == "expired"

    def test_schedule_and_clear_expiry(self, client: stripe.StripeClient,
                                       de: stripe.tax.Registration, clock: Clock) -> None:
        end = clock.now() + DAY
        r = client.v1.tax.registrations.update(de.id, {"expires_at": end})
        assert (r.status, r.expires_at) == ("active", end)
        r = client.v1.tax.registrations.update(de.id, {"expires_at": ""})
        assert (r.status, r.expires_at) == ("active", None)

    def test_expired_is_final(self, client: stripe.StripeClient,
                              de: stripe.tax.Registration) -> None:
        client.v1.tax.registrations.update(de.id, {"expires_at": "now"})
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.update(de.id, {"expires_at": ""})
        assert (e.value.http_status, e.value.param) == (400, "expires_at")

    def test_move_scheduled_start(self, client: stripe.StripeClient,
                                  active: stripe.tax.Settings, clock: Clock) -> None:
        r = register(client, "DE", active_from=clock.now() + DAY)
        before = clock.now()
        r = client.v1.tax.registrations.update(r.id, {"active_from": "now"})
        assert r.status == "active"
        assert before <= r.active_from <= clock.now()

    def test_start_of_active_registration_fixed(self, client: stripe.StripeClient,
                                                de: stripe.tax.Registration,
                                                clock: Clock) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.update(de.id, {"active_from": clock.now() + DAY})
        assert e.value.param == "active_from"

    def test_expiry_in_the_past(self, client: stripe.StripeClient,
                                de: stripe.tax.Registration, clock: Clock) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.update(de.id, {"expires_at": clock.now() - DAY})
        assert e.value.param == "expires_at"

    def test_other_params_refused(self, http: httpx.Client, client: stripe.StripeClient,
                                  de: stripe.tax.Registration) -> None:
        r = http.post(f"/v1/tax/registrations/{de.id}", data={"country": "FR"})
        assert (r.status_code, r.json()["error"]["param"]) == (400, "country")


class TestListRegistrations:
    def test_by_status(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                       clock: Clock) -> None:
        live = register(client, "DE")
        later = register(client, "FR", active_from=clock.now() + DAY)
        gone = register(client, "IT")
        client.v1.tax.registrations.update(gone.id, {"expires_at": "now"})

        def ids(status: str | None = None) -> list[str]:
            params = {"status": status} if status else {}
            return [r.id for r in client.v1.tax.registrations.list(params).data]  # type: ignore[arg-type]

        assert ids() == [gone.id, later.id, live.id]
        assert ids("all") == [gone.id, later.id, live.id]
        assert ids("active") == [live.id]
        assert ids("scheduled") == [later.id]
        assert ids("expired") == [gone.id]
        clock.advance(DAY)
        assert ids("active") == [later.id, live.id]
        for r in client.v1.tax.registrations.list().data:
            assert_conforms(r)

    def test_pages(self, client: stripe.StripeClient, active: stripe.tax.Settings) -> None:
        made = [register(client, c).id for c in ("DE", "FR", "IT", "ES", "NL")]
        first = client.v1.tax.registrations.list({"limit": 2})
        assert [r.id for r in first.data] == made[::-1][:2] and first.has_more
        rest = client.v1.tax.registrations.list({"limit": 10,
                                                 "starting_after": first.data[-1].id})
        assert [r.id for r in rest.data] == made[::-1][2:] and not rest.has_more
        back = client.v1.tax.registrations.list({"limit": 2, "ending_before": made[1]})
        assert [r.id for r in back.data] == [made[3], made[2]]
        assert [r.id for r in client.v1.tax.registrations.list(
            {"limit": 2}).auto_paging_iter()] == made[::-1]
        assert first.url == "/v1/tax/registrations"

    def test_unknown_cursor(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.list({"starting_after": "taxreg_nope"})
        assert (e.value.code, e.value.param) == ("resource_missing", "starting_after")

    def test_bad_status(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.registrations.list({"status": "gone"})  # type: ignore[typeddict-item]
        assert e.value.param == "status"

    def test_empty_for_another_account(self, de: stripe.tax.Registration,
                                       account: Account) -> None:
        other = account.server.new_account().client(max_network_retries=0)
        assert other.v1.tax.registrations.list().data == []
