"""Suppliers (`climate.supplier`) through the official SDK: the shipped catalogue, read-only."""

from __future__ import annotations

import pytest
import stripe

from tests.api.climate.conftest import FIXTURE_SUPPLIERS
from tests.conformance import assert_conforms

CHARM = {
    "id": "climsup_charm_industrial",
    "info_url": "https://frontierclimate.com/portfolio/charm-industrial",
    "livemode": False,
    "locations": [{"city": "San Francisco", "country": "US", "latitude": 37.7480408,
                   "longitude": -122.4057404, "region": "CA"}],
    "name": "Charm Industrial",
    "object": "climate.supplier",
    "removal_pathway": "biomass_carbon_removal_and_storage",
}


class TestRetrieveSupplier:
    def test_matches_stripes_example(self, client: stripe.StripeClient) -> None:
        supplier = client.v1.climate.suppliers.retrieve("climsup_charm_industrial")
        assert supplier.to_dict() == CHARM
        assert_conforms(supplier)

    def test_unknown_supplier(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.suppliers.retrieve("climsup_nope")
        assert err.value.http_status == 404
        assert err.value.code == "resource_missing"
        assert err.value.user_message == "No such supplier: 'climsup_nope'"

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.suppliers.retrieve("climsup_heirloom",
                                                 {"colour": "green"})  # type: ignore[typeddict-unknown-key]
        assert (err.value.code, err.value.param) == ("parameter_unknown", "colour")


class TestListSuppliers:
    def test_lists_the_catalogue(self, client: stripe.StripeClient) -> None:
        page = client.v1.climate.suppliers.list({"limit": 100})
        ids = [s.id for s in page.data]
        assert ids[:5] == FIXTURE_SUPPLIERS and not page.has_more
        assert {s.removal_pathway for s in page.data} == {
            "biomass_carbon_removal_and_storage", "direct_air_capture",
            "enhanced_weathering", "marine_carbon_removal"}
        for supplier in page.data:
            assert_conforms(supplier)

    def test_pages_forward_and_back(self, client: stripe.StripeClient) -> None:
        every = [s.id for s in client.v1.climate.suppliers.list({"limit": 100}).data]
        first = client.v1.climate.suppliers.list({"limit": 2})
        assert [s.id for s in first.data] == every[:2] and first.has_more
        second = client.v1.climate.suppliers.list({"limit": 2, "starting_after": every[1]})
        assert [s.id for s in second.data] == every[2:4]
        back = client.v1.climate.suppliers.list({"limit": 2, "ending_before": every[3]})
        assert [s.id for s in back.data] == every[1:3] and back.has_more
        walked = [s.id for s in client.v1.climate.suppliers.list(
            {"limit": 2}).auto_paging_iter()]
        assert walked == every

    def test_both_cursors_refused(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.suppliers.list({"starting_after": "climsup_lithos",
                                              "ending_before": "climsup_heirloom"})
        assert err.value.code == "parameters_exclusive"

    def test_unknown_cursor(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.suppliers.list({"starting_after": "climsup_nope"})
        assert (err.value.http_status, err.value.param) == (400, "starting_after")

    @pytest.mark.parametrize("limit", [0, 101])
    def test_limit_out_of_range(self, client: stripe.StripeClient, limit: int) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.suppliers.list({"limit": limit})
        assert err.value.param == "limit"
