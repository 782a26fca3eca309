"""Tax codes through the official SDK: the shipped catalogue, paged in id order."""

from __future__ import annotations

import pytest
import stripe

from tests.conformance import assert_conforms

REQUIRED = ["txcd_00000000", "txcd_10000000", "txcd_10103000", "txcd_10103001",
            "txcd_10302000", "txcd_20030000", "txcd_30011000", "txcd_92010001",
            "txcd_99999999"]


class TestListTaxCodes:
    def test_catalogue(self, client: stripe.StripeClient) -> None:
        codes = list(client.v1.tax_codes.list({"limit": 3}).auto_paging_iter())
        ids = [c.id for c in codes]
        assert set(REQUIRED) <= set(ids)
        assert ids == sorted(ids)
        for code in codes:
            assert_conforms(code)

    def test_first_page(self, client: stripe.StripeClient) -> None:
        page = client.v1.tax_codes.list()
        assert page.url == "/v1/tax_codes"
        assert page.data[0].id == "txcd_00000000"
        assert page.data[0].name == "Nontaxable"

    def test_cursors(self, client: stripe.StripeClient) -> None:
        first = client.v1.tax_codes.list({"limit": 2})
        assert first.has_more
        after = client.v1.tax_codes.list({"limit": 2, "starting_after": first.data[1].id})
        before = client.v1.tax_codes.list({"limit": 1, "ending_before": after.data[0].id})
        assert before.data[0].id == first.data[1].id

    def test_bad_limit(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax_codes.list({"limit": 101})
        assert e.value.param == "limit"

    def test_unknown_cursor(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax_codes.list({"starting_after": "txcd_nope"})
        assert (e.value.code, e.value.param) == ("resource_missing", "starting_after")


class TestRetrieveTaxCode:
    def test_retrieve(self, client: stripe.StripeClient) -> None:
        code = client.v1.tax_codes.retrieve("txcd_10103001")
        assert (code.id, code.object) == ("txcd_10103001", "tax_code")
        assert code.name and code.description
        assert_conforms(code)

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax_codes.retrieve("txcd_12345678")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert str(e.value.user_message) == "No such tax code: 'txcd_12345678'"
