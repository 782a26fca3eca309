"""Tax calculations through the official SDK. Expected amounts are worked out by hand from
the published rates (DE 19%, FR 20%, NC 4.75% + Mecklenburg 2% + transit 0.5%, ...), never
taken from the engine."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.core.conftest import create_customer, create_product
from tests.api.tax.conftest import DE_ADDRESS, Clock, calculate, register
from tests.conformance import assert_conforms

DAY = 24 * 3600
NC = {"country": "US", "postal_code": "28202", "line1": "600 E 4th St", "city": "Charlotte"}
GOODS = "txcd_99999999"


def reasons(calc: Any) -> list[tuple[str, int, int]]:
    """(taxability_reason, amount, taxable_amount) of each top-level breakdown entry."""
    return [(b.taxability_reason, b.amount, b.taxable_amount) for b in calc.tax_breakdown]


def lines_of(client: stripe.StripeClient, calc: Any) -> list[Any]:
    return list(client.v1.tax.calculations.line_items.list(calc.id).data)


class TestCreateCalculation:
    def test_de_exclusive(self, client: stripe.StripeClient,
                          de: stripe.tax.Registration) -> None:
        calc = calculate(client)  # EUR 100.00 to a German consumer, 19%
        assert calc.id.startswith("taxcalc_")
        assert (calc.amount_total, calc.tax_amount_exclusive, calc.tax_amount_inclusive) == (
            11900, 1900, 0)
        assert calc.currency == "eur"
        [entry] = calc.tax_breakdown
        assert entry.to_dict() == {
            "amount": 1900, "inclusive": False, "taxability_reason": "standard_rated",
            "taxable_amount": 10000,
            "tax_rate_details": {"country": "DE", "flat_amount": None,
                                 "percentage_decimal": "19.0", "rate_type": "percentage",
                                 "state": None, "tax_type": "vat"}}
        assert calc.expires_at == calc.tax_date + 90 * DAY
        assert calc.customer is None and calc.shipping_cost is None
        assert calc.customer_details.to_dict() == {
            "address": {"city": "Berlin", "country": "DE", "line1": None, "line2": None,
                        "postal_code": "10115", "state": None},
            "address_source": "billing", "ip_address": None, "tax_ids": [],
            "taxability_override": "none"}
        assert "line_items" not in calc
        assert_conforms(calc)

    def test_line_item_fields(self, client: stripe.StripeClient,
                              de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 10000, "reference": "sku-1", "quantity": 2,
                                         "metadata": {"k": "v"},
                                         "performance_location": "DE-BE"}])
        [line] = lines_of(client, calc)
        assert line.id.startswith("tax_li_")
        assert (line.amount, line.amount_tax, line.quantity, line.reference) == (
            10000, 1900, 2, "sku-1")
        assert (line.tax_behavior, line.tax_code, line.product) == (
            "exclusive", "txcd_10000000", None)
        assert line.metadata.to_dict() == {"k": "v"}
        assert line.performance_location == "DE-BE"
        [b] = line.tax_breakdown
        assert b.to_dict() == {
            "amount": 1900, "sourcing": "destination", "taxability_reason": "standard_rated",
            "taxable_amount": 10000,
            "jurisdiction": {"country": "DE", "display_name": "Germany", "level": "country",
                             "state": None},
            "tax_rate_details": {"display_name": "Mehrwertsteuer (MwSt)",
                                 "percentage_decimal": "19.0", "tax_type": "vat"}}
        assert_conforms(line)

    def test_de_inclusive(self, client: stripe.StripeClient,
                          de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 11900, "tax_behavior": "inclusive"}])
        assert (calc.amount_total, calc.tax_amount_exclusive, calc.tax_amount_inclusive) == (
            11900, 0, 1900)
        assert calc.tax_breakdown[0].inclusive is True
        assert reasons(calc) == [("standard_rated", 1900, 10000)]

    def test_rounds_half_up(self, client: stripe.StripeClient,
                            de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 50}, {"amount": 150, "reference": "b"}])
        # 0.50 * 19% = 0.095 -> 0.10; 1.50 * 19% = 0.285 -> 0.29, per line, never on the total
        assert [li.amount_tax for li in lines_of(client, calc)] == [10, 29]
        assert calc.tax_amount_exclusive == 39

    def test_mixed_lines_and_shipping(self, client: stripe.StripeClient,
                                      de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 10000, "reference": "a"},
                                        {"amount": 5000, "reference": "b",
                                         "tax_behavior": "inclusive"}],
                         shipping_cost={"amount": 500})
        # a: 1900; b: 5000 - round(5000 / 1.19) = 5000 - 4202 = 798; shipping 95
        assert (calc.tax_amount_exclusive, calc.tax_amount_inclusive) == (1995, 798)
        assert calc.amount_total == 10000 + 5000 + 500 + 1995
        assert calc.shipping_cost.to_dict() | {"tax_breakdown": None} == {
            "amount": 500, "amount_tax": 95, "shipping_rate": None,
            "tax_behavior": "exclusive", "tax_breakdown": None, "tax_code": "txcd_92010001"}
        assert calc.shipping_cost.tax_breakdown[0].amount == 95
        assert sorted(reasons(calc)) == [("standard_rated", 798, 4202),
                                         ("standard_rated", 1995, 10500)]
        assert_conforms(calc)

    def test_inclusive_shipping_with_code(self, client: stripe.StripeClient,
                                          de: stripe.tax.Registration) -> None:
        calc = calculate(client, shipping_cost={"amount": 1190, "tax_behavior": "inclusive",
                                                "tax_code": "txcd_92010001"})
        assert (calc.shipping_cost.amount_tax, calc.tax_amount_inclusive) == (190, 190)

    def test_not_registered(self, client: stripe.StripeClient,
                            active: stripe.tax.Settings) -> None:
        calc = calculate(client)
        assert (calc.amount_total, calc.tax_amount_exclusive) == (10000, 0)
        [entry] = calc.tax_breakdown
        assert (entry.taxability_reason, entry.amount) == ("not_collecting", 0)
        assert entry.tax_rate_details.percentage_decimal == "0.0"
        [line] = lines_of(client, calc)
        assert line.tax_breakdown[0].tax_rate_details is None
        assert_conforms(calc)

    def test_scheduled_registration_does_not_collect(self, client: stripe.StripeClient,
                                                     active: stripe.tax.Settings,
                                                     clock: Clock) -> None:
        register(client, "DE", active_from=clock.now() + DAY)
        assert calculate(client).tax_amount_exclusive == 0
        # ... but it does for a tax date on which it is active
        assert calculate(client, tax_date=clock.now() + 2 * DAY).tax_amount_exclusive == 1900

    def test_expired_registration_does_not_collect(self, client: stripe.StripeClient,
                                                   de: stripe.tax.Registration) -> None:
        client.v1.tax.registrations.update(de.id, {"expires_at": "now"})
        assert calculate(client).tax_amount_exclusive == 0

    def test_nontaxable_code(self, client: stripe.StripeClient,
                             de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 10000, "tax_code": "txcd_00000000"}])
        assert reasons(calc) == [("not_collecting", 0, 0)]

    def test_ebook_reduced_rate(self, client: stripe.StripeClient,
                                de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 1000, "tax_code": "txcd_10302000"}])
        assert reasons(calc) == [("reduced_rated", 70, 1000)]  # DE e-books 7%

    def test_customer_exempt(self, client: stripe.StripeClient,
                             de: stripe.tax.Registration) -> None:
        calc = calculate(client, customer_details={"address": DE_ADDRESS,
                                                   "taxability_override": "customer_exempt"})
        assert calc.tax_amount_exclusive == 0
        assert reasons(calc) == [("customer_exempt", 0, 10000)]
        assert calc.customer_details.taxability_override == "customer_exempt"

    def test_reverse_charge_override(self, client: stripe.StripeClient,
                                     de: stripe.tax.Registration) -> None:
        calc = calculate(client, customer_details={"address": DE_ADDRESS,
                                                   "taxability_override": "reverse_charge"})
        assert reasons(calc) == [("reverse_charge", 0, 10000)]

    def test_eu_b2b_cross_border_is_reverse_charge(self, client: stripe.StripeClient,
                                                   de: stripe.tax.Registration) -> None:
        register(client, "DE", "oss_union")
        calc = calculate(client, customer_details={
            "address": {"country": "FR", "postal_code": "75001"},
            "tax_ids": [{"type": "eu_vat", "value": "FR40303265045"}]})
        assert reasons(calc) == [("reverse_charge", 0, 10000)]
        assert calc.customer_details.tax_ids[0].to_dict() == {"type": "eu_vat",
                                                              "value": "FR40303265045"}

    def test_eu_b2c_cross_border_under_oss(self, client: stripe.StripeClient,
                                           de: stripe.tax.Registration) -> None:
        register(client, "DE", "oss_union")
        calc = calculate(client, {"country": "FR", "postal_code": "75001"})
        assert reasons(calc) == [("standard_rated", 2000, 10000)]  # FR 20%

    def test_domestic_b2b_taxed(self, client: stripe.StripeClient,
                                de: stripe.tax.Registration) -> None:
        calc = calculate(client, customer_details={
            "address": DE_ADDRESS, "tax_ids": [{"type": "eu_vat", "value": "DE123456789"}]})
        assert calc.tax_amount_exclusive == 1900

    def test_us_state_county_and_district(self, client: stripe.StripeClient,
                                          active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="NC")
        calc = calculate(client, NC, currency="usd",
                         lines=[{"amount": 10000, "tax_code": GOODS}])
        [line] = lines_of(client, calc)
        assert [(b.jurisdiction.level, b.amount) for b in line.tax_breakdown] == [
            ("state", 475), ("county", 200), ("district", 50)]
        [entry] = calc.tax_breakdown  # one combined entry
        assert (entry.amount, entry.tax_rate_details.percentage_decimal,
                entry.tax_rate_details.state) == (725, "7.25", "NC")
        assert calc.amount_total == 10725
        assert_conforms(calc)
        assert_conforms(line)

    def test_us_zip_decides_the_state(self, client: stripe.StripeClient,
                                      active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="NC")
        calc = calculate(client, {"country": "US", "postal_code": "28202-1234"},
                         currency="usd", lines=[{"amount": 10000, "tax_code": GOODS}])
        assert calc.tax_amount_exclusive == 725

    def test_us_state_without_sales_tax(self, client: stripe.StripeClient,
                                        active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="OR")
        calc = calculate(client, {"country": "US", "postal_code": "97201"}, currency="usd",
                         lines=[{"amount": 10000, "tax_code": GOODS}])
        assert reasons(calc) == [("not_subject_to_tax", 0, 0)]

    def test_texas_saas_on_80_percent(self, client: stripe.StripeClient,
                                      active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="TX")
        calc = calculate(client, {"country": "US", "postal_code": "78701"}, currency="usd",
                         lines=[{"amount": 10000, "tax_code": "txcd_10103001"}])
        assert reasons(calc) == [("taxable_basis_reduced", 500, 8000)]  # 6.25% of 80.00

    def test_massachusetts_clothing_above_175(self, client: stripe.StripeClient,
                                              active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="MA")
        calc = calculate(client, {"country": "US", "postal_code": "02108"}, currency="usd",
                         lines=[{"amount": 20000, "tax_code": "txcd_30011000"}])
        # only the 25.00 above 175.00 is taxed: 6.25% of 2500 = 156.25 -> 156
        assert reasons(calc) == [("portion_product_exempt", 156, 2500)]

    def test_pennsylvania_clothing_exempt(self, client: stripe.StripeClient,
                                          active: stripe.tax.Settings) -> None:
        register(client, "US", "state_sales_tax", state="PA")
        calc = calculate(client, {"country": "US", "postal_code": "17101"}, currency="usd",
                         lines=[{"amount": 10000, "tax_code": "txcd_30011000"}])
        assert calc.tax_amount_exclusive == 0
        assert reasons(calc)[0][0] == "product_exempt"

    def test_canada_gst_and_qst(self, client: stripe.StripeClient,
                                active: stripe.tax.Settings) -> None:
        register(client, "CA", "standard")
        register(client, "CA", "province_standard", province_standard={"province": "QC"})
        calc = calculate(client, {"country": "CA", "postal_code": "H2X 1Y4"}, currency="cad")
        # GST 5% = 500; QST 9.975% of 100.00 = 9.975 -> 9.98
        assert sorted((b.tax_rate_details.tax_type, b.amount) for b in calc.tax_breakdown) == [
            ("gst", 500), ("qst", 998)]
        assert calc.amount_total == 11498

    def test_canada_without_provincial_registration(self, client: stripe.StripeClient,
                                                    active: stripe.tax.Settings) -> None:
        register(client, "CA", "standard")
        calc = calculate(client, {"country": "CA", "state": "QC"}, currency="cad")
        assert calc.tax_amount_exclusive == 500
        assert ("not_collecting", 0, 0) in reasons(calc)

    def test_ontario_hst(self, client: stripe.StripeClient,
                         active: stripe.tax.Settings) -> None:
        register(client, "CA", "standard")
        calc = calculate(client, {"country": "CA", "postal_code": "M5V 2T6"}, currency="cad")
        assert reasons(calc) == [("standard_rated", 1300, 10000)]

    def test_zero_decimal_currency(self, client: stripe.StripeClient,
                                   active: stripe.tax.Settings) -> None:
        register(client, "JP")
        calc = calculate(client, {"country": "JP", "postal_code": "100-0001"}, currency="jpy",
                         lines=[{"amount": 1005}])
        assert calc.tax_amount_exclusive == 101  # 100.5 yen -> 101

    def test_gb_ebook_zero_rated(self, client: stripe.StripeClient,
                                 active: stripe.tax.Settings) -> None:
        register(client, "GB")
        calc = calculate(client, {"country": "GB", "postal_code": "SW1A 1AA"}, currency="gbp",
                         lines=[{"amount": 1000, "tax_code": "txcd_10302000"}])
        assert reasons(calc) == [("zero_rated", 0, 1000)]

    def test_excluded_territory(self, client: stripe.StripeClient,
                                active: stripe.tax.Settings) -> None:
        register(client, "ES")
        calc = calculate(client, {"country": "ES", "postal_code": "35001"})  # Canary Islands
        assert reasons(calc) == [("not_supported", 0, 0)]

    def test_product_tax_code(self, client: stripe.StripeClient,
                              de: stripe.tax.Registration) -> None:
        book = create_product(client, tax_code="txcd_10302000")
        calc = calculate(client, lines=[{"amount": 1000, "product": book.id}])
        [line] = lines_of(client, calc)
        assert (line.product, line.tax_code, line.amount_tax) == (book.id, "txcd_10302000", 70)

    def test_line_code_wins_over_product(self, client: stripe.StripeClient,
                                         de: stripe.tax.Registration) -> None:
        book = create_product(client, tax_code="txcd_10302000")
        calc = calculate(client, lines=[{"amount": 1000, "product": book.id,
                                         "tax_code": GOODS}])
        assert lines_of(client, calc)[0].amount_tax == 190

    def test_settings_default_tax_code(self, client: stripe.StripeClient,
                                       de: stripe.tax.Registration) -> None:
        client.v1.tax.settings.update({"defaults": {"tax_code": "txcd_10302000"}})
        calc = calculate(client, lines=[{"amount": 1000}])
        assert lines_of(client, calc)[0].tax_code == "txcd_10302000"
        assert calc.tax_amount_exclusive == 70

    def test_settings_default_behavior_not_used(self, client: stripe.StripeClient,
                                                de: stripe.tax.Registration) -> None:
        client.v1.tax.settings.update({"defaults": {"tax_behavior": "inclusive"}})
        assert lines_of(client, calculate(client))[0].tax_behavior == "exclusive"

    def test_customer_billing_address(self, client: stripe.StripeClient,
                                      de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        calc = client.v1.tax.calculations.create({
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 10000}]})
        assert calc.customer == customer.id
        assert calc.customer_details.address.country == "DE"
        assert calc.customer_details.address_source == "billing"
        assert calc.tax_amount_exclusive == 1900
        assert_conforms(calc)

    def test_customer_shipping_address_first(self, client: stripe.StripeClient,
                                             de: stripe.tax.Registration) -> None:
        register(client, "DE", "oss_union")
        customer = create_customer(client, address=DE_ADDRESS, shipping={
            "name": "Jenny", "address": {"country": "FR", "postal_code": "75001"}})
        calc = client.v1.tax.calculations.create({
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 10000}]})
        assert calc.customer_details.address_source == "shipping"
        assert calc.tax_amount_exclusive == 2000  # FR 20% under OSS

    def test_customer_tax_exempt(self, client: stripe.StripeClient,
                                 de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS, tax_exempt="exempt")
        calc = client.v1.tax.calculations.create({
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 10000}]})
        assert calc.customer_details.taxability_override == "customer_exempt"
        assert calc.tax_amount_exclusive == 0

    def test_details_override_the_customer(self, client: stripe.StripeClient,
                                           de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address={"country": "FR"})
        calc = client.v1.tax.calculations.create({
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 10000}],
            "customer_details": {"address": DE_ADDRESS, "address_source": "shipping"}})
        assert calc.customer_details.address.country == "DE"
        assert calc.tax_amount_exclusive == 1900

    def test_customer_tax_ids(self, client: stripe.StripeClient, account: Account,
                              de: stripe.tax.Registration) -> None:
        from tests.api.tax.conftest import put_object

        register(client, "DE", "oss_union")
        customer = create_customer(client, address={"country": "FR", "postal_code": "75001"})
        put_object(account, {"id": "txi_test1", "object": "tax_id", "country": "FR",
                             "created": 1, "customer": customer.id, "type": "eu_vat",
                             "value": "FR40303265045"})
        calc = client.v1.tax.calculations.create({
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 10000}]})
        assert [t.to_dict() for t in calc.customer_details.tax_ids] == [
            {"type": "eu_vat", "value": "FR40303265045"}]
        assert reasons(calc) == [("reverse_charge", 0, 10000)]

    def test_ship_from_and_tax_date(self, client: stripe.StripeClient,
                                    de: stripe.tax.Registration, clock: Clock) -> None:
        when = clock.now() - 3 * DAY
        calc = calculate(client, tax_date=when,
                         ship_from_details={"address": {"country": "DE", "postal_code": "80331"}})
        assert calc.tax_date == when
        assert calc.ship_from_details.address.to_dict() == {
            "city": None, "country": "DE", "line1": None, "line2": None,
            "postal_code": "80331", "state": None}
        assert_conforms(calc)

    def test_reference_defaults_to_line_id(self, client: stripe.StripeClient,
                                           de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 100}])
        [line] = lines_of(client, calc)
        assert line.reference == line.id

    def test_expand_line_items(self, client: stripe.StripeClient,
                               de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 100 + i, "reference": f"r{i}"}
                                        for i in range(12)], expand=["line_items"])
        assert [li.reference for li in calc.line_items.data] == [f"r{i}" for i in range(10)]
        assert calc.line_items.has_more is True
        assert calc.line_items.url == f"/v1/tax/calculations/{calc.id}/line_items"
        assert_conforms(calc)

    def test_no_event(self, client: stripe.StripeClient, de: stripe.tax.Registration) -> None:
        calculate(client)
        assert [e.type for e in client.v1.events.list().data] == ["tax.settings.updated"]


class TestCalculationErrors:
    def _error(self, fn: Any, *args: Any, **kwargs: Any) -> stripe.InvalidRequestError:
        with pytest.raises(stripe.InvalidRequestError) as e:
            fn(*args, **kwargs)
        return e.value

    def test_settings_pending(self, client: stripe.StripeClient) -> None:
        e = self._error(calculate, client)
        assert e.http_status == 400
        assert "head office" in str(e.user_message)

    def test_us_without_zip(self, client: stripe.StripeClient,
                            active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, {"country": "US", "state": "CA"}, currency="usd")
        assert (e.http_status, e.code, e.param) == (
            400, "customer_tax_location_invalid", "customer_details[address]")
        assert e.error.doc_url == "https://stripe.com/docs/error-codes/customer-tax-location-invalid"

    def test_us_country_only(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, {"country": "US"}, currency="usd")
        assert e.code == "customer_tax_location_invalid"

    def test_us_zip_of_another_state(self, client: stripe.StripeClient,
                                     active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, {"country": "US", "state": "CA",
                                            "postal_code": "28202"}, currency="usd")
        assert e.code == "customer_tax_location_invalid"

    def test_canada_without_postal_code_or_province(self, client: stripe.StripeClient,
                                                    active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, {"country": "CA"}, currency="cad")
        assert (e.code, e.param) == ("customer_tax_location_invalid",
                                     "customer_details[address]")

    def test_unknown_country(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, {"country": "XX"})
        assert e.code == "customer_tax_location_invalid"

    @pytest.mark.parametrize("ip", ["127.0.0.1", "10.1.2.3", "::1"])
    def test_private_ip_only(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings, ip: str) -> None:
        e = self._error(calculate, client, customer_details={"ip_address": ip})
        assert (e.code, e.param) == ("customer_tax_location_invalid",
                                     "customer_details[ip_address]")

    def test_public_ip_only(self, client: stripe.StripeClient,
                            active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, customer_details={"ip_address": "8.8.8.8"})
        assert (e.code, e.param) == ("customer_tax_location_invalid",
                                     "customer_details[ip_address]")
        assert "no IP geolocation data" in str(e.user_message)

    def test_malformed_ip(self, client: stripe.StripeClient,
                          active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, customer_details={"ip_address": "not-an-ip"})
        assert (e.code, e.param) == (None, "customer_details[ip_address]")

    def test_no_customer(self, client: stripe.StripeClient,
                         active: stripe.tax.Settings) -> None:
        e = self._error(client.v1.tax.calculations.create,
                        {"currency": "eur", "line_items": [{"amount": 100}]})
        assert (e.code, e.param) == ("parameter_missing", "customer_details")

    def test_customer_without_address(self, client: stripe.StripeClient,
                                      active: stripe.tax.Settings) -> None:
        customer = create_customer(client)
        e = self._error(client.v1.tax.calculations.create, {
            "currency": "eur", "customer": customer.id, "line_items": [{"amount": 100}]})
        assert e.code == "customer_tax_location_invalid"

    def test_unknown_customer(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        e = self._error(client.v1.tax.calculations.create, {
            "currency": "eur", "customer": "cus_nope", "line_items": [{"amount": 100}]})
        assert (e.http_status, e.code, e.param) == (404, "resource_missing", "customer")

    def test_tax_id_wrong_format(self, client: stripe.StripeClient,
                                 active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, customer_details={
            "address": DE_ADDRESS, "tax_ids": [{"type": "eu_vat", "value": "DE123456789"},
                                               {"type": "eu_vat", "value": "DE12"}]})
        assert (e.http_status, e.code, e.param) == (
            400, "tax_id_invalid", "customer_details[tax_ids][1][value]")

    def test_unknown_tax_code(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 100},
                                                  {"amount": 100, "reference": "b",
                                                   "tax_code": "txcd_12345678"}])
        assert (e.http_status, e.param) == (400, "line_items[1][tax_code]")
        assert str(e.user_message) == "Invalid tax code"
        assert e.error.type == "invalid_request_error"

    def test_unknown_shipping_tax_code(self, client: stripe.StripeClient,
                                       active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, shipping_cost={"amount": 100, "tax_code": "txcd_1"})
        assert e.param == "shipping_cost[tax_code]"

    def test_unknown_product(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 100, "product": "prod_nope"}])
        assert (e.http_status, e.param) == (404, "line_items[0][product]")

    def test_missing_currency(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        e = self._error(client.v1.tax.calculations.create, {
            "line_items": [{"amount": 100}], "customer_details": {"address": DE_ADDRESS}})
        assert (e.code, e.param) == ("parameter_missing", "currency")

    def test_invalid_currency(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, currency="xyz")
        assert e.param == "currency"
        assert str(e.user_message).startswith("Invalid currency: xyz")

    def test_missing_line_items(self, client: stripe.StripeClient,
                                active: stripe.tax.Settings) -> None:
        e = self._error(client.v1.tax.calculations.create, {
            "currency": "eur", "customer_details": {"address": DE_ADDRESS}})
        assert (e.code, e.param) == ("parameter_missing", "line_items")

    def test_missing_amount(self, client: stripe.StripeClient,
                            active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"reference": "x"}])
        assert (e.code, e.param) == ("parameter_missing", "line_items[0][amount]")

    def test_amount_not_an_integer(self, http: httpx.Client, client: stripe.StripeClient,
                                   active: stripe.tax.Settings) -> None:
        r = http.post("/v1/tax/calculations", data={
            "currency": "eur", "line_items[0][amount]": "12.5",
            "customer_details[address][country]": "DE"})
        error = r.json()["error"]
        assert (r.status_code, error["code"], error["param"]) == (
            400, "parameter_invalid_integer", "line_items[0][amount]")

    def test_negative_amount(self, client: stripe.StripeClient,
                             active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": -1}])
        assert (e.code, e.param) == ("parameter_invalid_integer", "line_items[0][amount]")

    def test_negative_shipping(self, client: stripe.StripeClient,
                               active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, shipping_cost={"amount": -5})
        assert e.param == "shipping_cost[amount]"

    def test_zero_quantity(self, client: stripe.StripeClient,
                           active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 100, "quantity": 0}])
        assert e.param == "line_items[0][quantity]"

    def test_more_than_100_lines(self, client: stripe.StripeClient,
                                 active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 1, "reference": f"r{i}"}
                                                  for i in range(101)])
        assert e.param == "line_items"

    def test_100_lines_fine(self, client: stripe.StripeClient,
                            de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 100, "reference": f"r{i}"}
                                        for i in range(100)])
        assert calc.tax_amount_exclusive == 100 * 19

    def test_duplicate_reference(self, client: stripe.StripeClient,
                                 active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 1, "reference": "a"},
                                                  {"amount": 2, "reference": "a"}])
        assert (e.http_status, e.param) == (400, "line_items[1][reference]")

    @pytest.mark.parametrize("days", [-32, 32])
    def test_tax_date_too_far(self, client: stripe.StripeClient, active: stripe.tax.Settings,
                              clock: Clock, days: int) -> None:
        e = self._error(calculate, client, tax_date=clock.now() + days * DAY)
        assert (e.http_status, e.param) == (400, "tax_date")

    def test_shipping_rate_with_amount(self, client: stripe.StripeClient,
                                       active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, shipping_cost={"shipping_rate": "shr_x",
                                                          "amount": 100})
        assert e.code == "parameters_exclusive"

    def test_shipping_without_amount(self, client: stripe.StripeClient,
                                     active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, shipping_cost={"tax_behavior": "exclusive"})
        assert (e.code, e.param) == ("parameter_missing", "shipping_cost[amount]")

    def test_bad_tax_behavior(self, client: stripe.StripeClient,
                              active: stripe.tax.Settings) -> None:
        e = self._error(calculate, client, lines=[{"amount": 1, "tax_behavior": "both"}])
        assert e.param == "line_items[0][tax_behavior]"

    def test_unknown_param(self, http: httpx.Client) -> None:
        r = http.post("/v1/tax/calculations", data={"currency": "eur", "bogus": "1"})
        assert (r.status_code, r.json()["error"]["param"]) == (400, "bogus")


class TestRetrieveCalculation:
    def test_retrieve(self, client: stripe.StripeClient, de: stripe.tax.Registration) -> None:
        calc = calculate(client)
        got = client.v1.tax.calculations.retrieve(calc.id)
        assert got.to_dict() == calc.to_dict()
        assert_conforms(got)

    def test_expand_line_items(self, client: stripe.StripeClient,
                               de: stripe.tax.Registration) -> None:
        calc = calculate(client)
        got = client.v1.tax.calculations.retrieve(calc.id, {"expand": ["line_items"]})
        assert got.line_items.data[0].amount_tax == 1900

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.calculations.retrieve("taxcalc_nope")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert str(e.value.user_message) == "No such calculation: 'taxcalc_nope'"

    def test_expired(self, client: stripe.StripeClient, de: stripe.tax.Registration,
                     clock: Clock) -> None:
        calc = calculate(client)
        clock.advance(calc.expires_at - clock.now() - 5)
        assert client.v1.tax.calculations.retrieve(calc.id).id == calc.id
        clock.advance(5)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.calculations.retrieve(calc.id)
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.calculations.line_items.list(calc.id)
        assert e.value.http_status == 404

    def test_other_account(self, client: stripe.StripeClient, de: stripe.tax.Registration,
                           account: Account) -> None:
        calc = calculate(client)
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            other.v1.tax.calculations.retrieve(calc.id)
        assert e.value.http_status == 404


class TestListCalculationLineItems:
    def test_pages_in_given_order(self, client: stripe.StripeClient,
                                  de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 100 * (i + 1), "reference": f"r{i}"}
                                        for i in range(25)])
        first = client.v1.tax.calculations.line_items.list(calc.id, {"limit": 10})
        assert [li.reference for li in first.data] == [f"r{i}" for i in range(10)]
        assert first.has_more and first.url == f"/v1/tax/calculations/{calc.id}/line_items"
        after = client.v1.tax.calculations.line_items.list(
            calc.id, {"limit": 10, "starting_after": first.data[-1].id})
        assert [li.reference for li in after.data] == [f"r{i}" for i in range(10, 20)]
        before = client.v1.tax.calculations.line_items.list(
            calc.id, {"limit": 3, "ending_before": after.data[0].id})
        assert [li.reference for li in before.data] == ["r7", "r8", "r9"]
        every = list(client.v1.tax.calculations.line_items.list(
            calc.id, {"limit": 7}).auto_paging_iter())
        assert [li.reference for li in every] == [f"r{i}" for i in range(25)]
        assert [li.amount_tax for li in every[:3]] == [19, 38, 57]
        for li in every:
            assert_conforms(li)

    def test_only_its_own(self, client: stripe.StripeClient,
                          de: stripe.tax.Registration) -> None:
        a = calculate(client, lines=[{"amount": 1, "reference": "a"}])
        calculate(client, lines=[{"amount": 2, "reference": "b"}])
        assert [li.reference for li in lines_of(client, a)] == ["a"]

    def test_unknown_calculation(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.tax.calculations.line_items.list("taxcalc_nope")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
