"""One test per rule of spec 7.5 (a-k), plus location, rounding and totals rules."""

from __future__ import annotations

import pytest
from tax_engine_factories import DE_HEAD_OFFICE, TAX_DATE, Calc, make_request

from stripe_emulator.areas.tax.engine import Address, Registration, ShippingCost, TaxId, calculate
from stripe_emulator.areas.tax.engine.errors import (
    CustomerTaxLocationInvalid,
    InvalidTaxCode,
    TaxIdInvalid,
)

GOODS = "txcd_99999999"
SAAS_B2B = "txcd_10103001"
SAAS_B2C = "txcd_10103000"
EBOOK = "txcd_10302000"
DIGITAL = "txcd_10000000"
CLOTHING = "txcd_30011000"
SHIPPING = "txcd_92010001"
NONTAXABLE = "txcd_00000000"
SERVICES = "txcd_20030000"

NC = Address(country="US", postal_code="28202")  # Charlotte, Mecklenburg County
NC_REG = Registration(country="US", type="state_sales_tax", state="NC")


def us(state: str) -> Registration:
    return Registration(country="US", type="state_sales_tax", state=state)


def reasons(result: object) -> list[str]:
    line = result.line_items[0]  # type: ignore[attr-defined]
    return [entry.taxability_reason for entry in line.tax_breakdown]


class TestExcludedTerritory:
    """a. excluded territories -> not_supported."""

    @pytest.mark.parametrize("address", [
        Address(country="ES", postal_code="35001"),  # Las Palmas, Canary Islands
        Address(country="ES", postal_code="51001"),  # Ceuta
        Address(country="FR", postal_code="97400"),  # Réunion
        Address(country="FI", postal_code="22100"),  # Åland
        Address(country="PT", postal_code="9000-001"),  # Madeira
        Address(country="GB", postal_code="JE2 3AB"),  # Jersey
        Address(country="US", postal_code="00901"),  # Puerto Rico
    ])
    def test_not_supported(self, calc: Calc, address: Address) -> None:
        regs = [Registration(country=address.country, type="standard"), us("PR")]
        result = calc(address, [(1000, GOODS)], registrations=regs)
        assert reasons(result) == ["not_supported"]
        assert result.line_items[0].tax_breakdown[0].tax_rate_details is None
        assert result.tax_amount_exclusive == 0

    def test_unsupported_country(self, calc: Calc) -> None:
        result = calc(Address(country="BR"), [(1000, DIGITAL)])
        assert reasons(result) == ["not_supported"]
        assert result.line_items[0].tax_breakdown[0].jurisdiction.display_name == "Brazil"

    def test_category_outside_country_support(self, calc: Calc) -> None:
        regs = [Registration(country="IN", type="simplified")]
        india = Address(country="IN", postal_code="110001")
        assert reasons(calc(india, [(1000, GOODS)], registrations=regs)) == ["not_supported"]
        assert reasons(calc(india, [(1000, DIGITAL)], registrations=regs)) == ["standard_rated"]


class TestNoTaxJurisdiction:
    """b. a level that levies no sales tax -> not_subject_to_tax, no rate details."""

    @pytest.mark.parametrize("zip_code,state", [("97201", "OR"), ("19901", "DE"),
                                                ("59601", "MT"), ("03301", "NH")])
    def test_no_state_sales_tax(self, calc: Calc, zip_code: str, state: str) -> None:
        result = calc(Address(country="US", postal_code=zip_code), [(1000, GOODS)],
                      registrations=[us(state)])
        entry = result.line_items[0].tax_breakdown[0]
        assert entry.taxability_reason == "not_subject_to_tax"
        assert entry.tax_rate_details is None and entry.amount == 0

    def test_county_without_local_tax(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="17101"), [(10000, GOODS)],
                      registrations=[us("PA")])  # Harrisburg, Dauphin County
        assert reasons(result) == ["standard_rated", "not_subject_to_tax"]
        assert result.line_items[0].amount_tax == 600


class TestNontaxableCode:
    """c. txcd_00000000 -> not_collecting, even where registered."""

    def test_not_collecting(self, calc: Calc) -> None:
        result = calc(NC, [(1000, NONTAXABLE)], registrations=[NC_REG])
        assert set(reasons(result)) == {"not_collecting"}
        assert result.tax_breakdown[0].tax_rate_details.percentage_decimal == "0.0"


class TestRegistrationGating:
    """d. no active registration covering the jurisdiction -> not_collecting."""

    def test_unregistered_state(self, calc: Calc) -> None:
        result = calc(NC, [(1000, GOODS)], registrations=[us("CA")])
        assert set(reasons(result)) == {"not_collecting"}
        assert result.amount_total == 1000

    def test_registration_not_yet_active(self, calc: Calc) -> None:
        later = Registration(country="US", type="state_sales_tax", state="NC",
                             active_from=TAX_DATE + 1)
        assert set(reasons(calc(NC, [(1000, GOODS)], registrations=[later]))) == {
            "not_collecting"}

    def test_registration_expired(self, calc: Calc) -> None:
        gone = Registration(country="US", type="state_sales_tax", state="NC",
                            expires_at=TAX_DATE)
        assert set(reasons(calc(NC, [(1000, GOODS)], registrations=[gone]))) == {
            "not_collecting"}

    def test_eu_domestic_needs_standard(self, calc: Calc) -> None:
        oss = Registration(country="DE", type="oss_union")
        result = calc(Address(country="DE", postal_code="10115"), [(1000, DIGITAL)],
                      registrations=[oss], head_office=DE_HEAD_OFFICE)
        assert reasons(result) == ["not_collecting"]

    def test_eu_oss_covers_cross_border_b2c(self, calc: Calc) -> None:
        oss = Registration(country="DE", type="oss_union")
        result = calc(Address(country="FR", postal_code="75001"), [(1000, DIGITAL)],
                      registrations=[oss], head_office=DE_HEAD_OFFICE)
        assert reasons(result) == ["standard_rated"]
        assert result.line_items[0].amount_tax == 200  # French 20%

    def test_eu_small_seller_taxes_at_home_rate(self, calc: Calc) -> None:
        home = Registration(country="DE", type="standard", place_of_supply_scheme="small_seller")
        result = calc(Address(country="FR", postal_code="75001"), [(1000, DIGITAL)],
                      registrations=[home], head_office=DE_HEAD_OFFICE)
        entry = result.line_items[0].tax_breakdown[0]
        assert entry.jurisdiction.country == "DE" and entry.amount == 190

    def test_canada_province_needs_province_standard(self, calc: Calc) -> None:
        bc = Address(country="CA", postal_code="V6B 1A1")
        result = calc(bc, [(10000, GOODS)], registrations=[
            Registration(country="CA", type="standard")])
        assert reasons(result) == ["standard_rated", "not_collecting"]
        both = calc(bc, [(10000, GOODS)], registrations=[
            Registration(country="CA", type="standard"),
            Registration(country="CA", type="province_standard", state="BC")])
        assert both.line_items[0].amount_tax == 1200


class TestCustomerExempt:
    """e. taxability_override=customer_exempt."""

    def test_customer_exempt(self, calc: Calc) -> None:
        result = calc(NC, [(1000, GOODS)], registrations=[NC_REG], override="customer_exempt")
        assert set(reasons(result)) == {"customer_exempt"}
        entry = result.line_items[0].tax_breakdown[0]
        assert entry.taxable_amount == 1000 and entry.tax_rate_details.percentage_decimal == "0.0"


class TestReverseCharge:
    """f. reverse charge: override, or a business customer across a border."""

    def test_eu_cross_border_b2b(self, calc: Calc) -> None:
        result = calc(Address(country="FR"), [(1000, DIGITAL)],
                      registrations=[Registration(country="DE", type="standard")],
                      head_office=DE_HEAD_OFFICE, tax_ids=[TaxId("eu_vat", "FRAB123456789")])
        assert reasons(result) == ["reverse_charge"]
        assert result.tax_breakdown[0].tax_rate_details.tax_type == "vat"
        assert result.tax_breakdown[0].taxable_amount == 1000

    def test_domestic_b2b_is_taxed(self, calc: Calc) -> None:
        result = calc(Address(country="DE"), [(1000, DIGITAL)],
                      registrations=[Registration(country="DE", type="standard")],
                      head_office=DE_HEAD_OFFICE, tax_ids=[TaxId("eu_vat", "DE123456789")])
        assert reasons(result) == ["standard_rated"]

    def test_override(self, calc: Calc) -> None:
        result = calc(Address(country="GB"), [(1000, DIGITAL)],
                      registrations=[Registration(country="GB", type="standard")],
                      override="reverse_charge")
        assert reasons(result) == ["reverse_charge"]

    def test_foreign_seller_to_australian_business(self, calc: Calc) -> None:
        result = calc(Address(country="AU"), [(1000, DIGITAL)],
                      registrations=[Registration(country="AU", type="standard")],
                      tax_ids=[TaxId("au_abn", "12345678912")])
        assert reasons(result) == ["reverse_charge"]


class TestNotInTaxBase:
    """g. category outside the tax base -> not_subject_to_tax."""

    @pytest.mark.parametrize("zip_code,state", [("94105", "CA"), ("46204", "IN"),
                                                ("83702", "ID"), ("07102", "NJ")])
    def test_saas_not_taxed(self, calc: Calc, zip_code: str, state: str) -> None:
        result = calc(Address(country="US", postal_code=zip_code), [(1000, SAAS_B2B)],
                      registrations=[us(state)])
        assert reasons(result) == ["not_subject_to_tax"]

    def test_county_inherits_state_rule(self, calc: Calc) -> None:
        result = calc(NC, [(1000, SAAS_B2B)], registrations=[NC_REG])
        assert set(reasons(result)) == {"not_subject_to_tax"}

    def test_separately_stated_shipping(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="21201"), [(1000, GOODS)],
                      registrations=[us("MD")], shipping=ShippingCost(amount=500))
        assert result.shipping_cost is not None
        assert result.shipping_cost.tax_breakdown[0].taxability_reason == "not_subject_to_tax"
        taxed = calc(Address(country="US", postal_code="40202"), [(1000, GOODS)],
                     registrations=[us("KY")], shipping=ShippingCost(amount=500))
        assert taxed.shipping_cost is not None and taxed.shipping_cost.amount_tax == 30


class TestExemptAndZeroRated:
    """h. product_exempt (clothing in PA, NJ) and zero_rated (UK e-books)."""

    @pytest.mark.parametrize("zip_code,state", [("19103", "PA"), ("07102", "NJ")])
    def test_clothing_exempt(self, calc: Calc, zip_code: str, state: str) -> None:
        result = calc(Address(country="US", postal_code=zip_code), [(5000, CLOTHING)],
                      registrations=[us(state)])
        assert set(reasons(result)) == {"product_exempt"}
        assert result.line_items[0].amount_tax == 0

    def test_uk_ebook_zero_rated(self, calc: Calc) -> None:
        result = calc(Address(country="GB"), [(1000, EBOOK)],
                      registrations=[Registration(country="GB", type="standard")])
        assert reasons(result) == ["zero_rated"]
        assert result.line_items[0].tax_breakdown[0].taxable_amount == 1000


class TestPortionExempt:
    """i. MA clothing: only the part of each unit above 175 USD is taxable."""

    def test_excess_is_taxable(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="02108"),
                      [(40000, CLOTHING, "exclusive", 2)], registrations=[us("MA")])
        entry = result.line_items[0].tax_breakdown[0]
        assert entry.taxability_reason == "portion_product_exempt"
        assert entry.taxable_amount == 5000  # (200 - 175) x 2
        assert entry.amount == 313  # 6.25% of 50.00, half up

    def test_cheap_item_fully_exempt(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="02108"), [(17500, CLOTHING)],
                      registrations=[us("MA")])
        assert reasons(result) == ["product_exempt"]

    def test_ny_under_threshold_exempt(self, calc: Calc) -> None:
        ny = Address(country="US", postal_code="10001")
        assert reasons(calc(ny, [(10999, CLOTHING)], registrations=[us("NY")])) == [
            "product_exempt"]
        assert reasons(calc(ny, [(11000, CLOTHING)], registrations=[us("NY")])) == [
            "standard_rated"]


class TestReducedRates:
    """j. reduced_rated: DE/FR e-books, CT business SaaS; and Texas' reduced basis."""

    @pytest.mark.parametrize("country,tax", [("DE", 700), ("FR", 550)])
    def test_ebook(self, calc: Calc, country: str, tax: int) -> None:
        result = calc(Address(country=country), [(10000, EBOOK)],
                      registrations=[Registration(country=country, type="standard")],
                      head_office=Address(country=country))
        assert reasons(result) == ["reduced_rated"]
        assert result.line_items[0].amount_tax == tax

    def test_connecticut_business_saas(self, calc: Calc) -> None:
        ct = Address(country="US", postal_code="06103")
        business = calc(ct, [(10000, SAAS_B2B)], registrations=[us("CT")])
        personal = calc(ct, [(10000, SAAS_B2C)], registrations=[us("CT")])
        assert reasons(business) == ["reduced_rated"] and business.line_items[0].amount_tax == 100
        assert reasons(personal) == ["standard_rated"] and personal.line_items[0].amount_tax == 635

    def test_texas_saas_basis(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="78701"), [(10000, SAAS_B2B)],
                      registrations=[us("TX")])
        entry = result.line_items[0].tax_breakdown[0]
        assert entry.taxability_reason == "taxable_basis_reduced"
        assert (entry.taxable_amount, entry.amount) == (8000, 500)


class TestStandardRated:
    """k. everything else: standard_rated, state + local combined at the top level."""

    def test_state_county_district(self, calc: Calc) -> None:
        result = calc(NC, [(1000, GOODS)], registrations=[NC_REG])
        line = result.line_items[0]
        assert [e.jurisdiction.level for e in line.tax_breakdown] == ["state", "county",
                                                                      "district"]
        assert [e.amount for e in line.tax_breakdown] == [48, 20, 5]
        top = result.tax_breakdown[0]
        assert top.tax_rate_details.percentage_decimal == "7.25"
        assert (top.amount, top.taxable_amount, top.tax_rate_details.state) == (73, 1000, "NC")
        assert result.local_coverage == "included"

    def test_state_only_flag(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="94105"), [(1000, GOODS)],
                      registrations=[us("CA")])
        assert result.local_coverage == "state_only"
        assert result.line_items[0].tax_breakdown[0].local_coverage == "state_only"

    def test_no_local_taxes_flag(self, calc: Calc) -> None:
        result = calc(Address(country="US", postal_code="02108"), [(1000, GOODS)],
                      registrations=[us("MA")])
        assert result.local_coverage == "no_local_taxes"

    def test_hst_province(self, calc: Calc) -> None:
        result = calc(Address(country="CA", postal_code="M5V 1A1"), [(10000, GOODS)],
                      registrations=[Registration(country="CA", type="standard")])
        top = result.tax_breakdown[0].tax_rate_details
        assert (top.tax_type, top.percentage_decimal, top.state) == ("hst", "13.0", "ON")

    def test_services_taxed_only_where_services_are(self, calc: Calc) -> None:
        hawaii = calc(Address(country="US", postal_code="96813"), [(1000, SERVICES)],
                      registrations=[us("HI")])
        texas = calc(Address(country="US", postal_code="78701"), [(1000, SERVICES)],
                     registrations=[us("TX")])
        assert reasons(hawaii) == ["standard_rated"]
        assert reasons(texas) == ["not_subject_to_tax"]


class TestAmounts:
    def test_exclusive_rounds_half_up_per_jurisdiction(self, calc: Calc) -> None:
        result = calc(NC, [(10, GOODS)], registrations=[NC_REG])  # 0.475, 0.2, 0.05
        assert [e.amount for e in result.line_items[0].tax_breakdown] == [0, 0, 0]
        result = calc(NC, [(100, GOODS)], registrations=[NC_REG])  # 4.75, 2.0, 0.5
        assert [e.amount for e in result.line_items[0].tax_breakdown] == [5, 2, 1]

    def test_inclusive_back_calculation(self, calc: Calc) -> None:
        qc = Address(country="CA", state="QC")
        regs = [Registration(country="CA", type="standard"),
                Registration(country="CA", type="province_standard", state="QC")]
        result = calc(qc, [(11498, GOODS, "inclusive")], registrations=regs)
        line = result.line_items[0]
        assert line.amount_tax == 1498
        assert [e.amount for e in line.tax_breakdown] == [500, 998]
        assert {e.taxable_amount for e in line.tax_breakdown} == {10000}
        assert result.tax_amount_inclusive == 1498 and result.amount_total == 11498

    def test_zero_decimal_currency(self, calc: Calc) -> None:
        result = calc(Address(country="JP"), [(1005, DIGITAL)], currency="jpy",
                      registrations=[Registration(country="JP", type="standard")])
        assert result.line_items[0].amount_tax == 101

    def test_totals(self, calc: Calc) -> None:
        result = calc(NC, [(1000, GOODS), (1073, GOODS, "inclusive")],
                      registrations=[NC_REG], shipping=ShippingCost(amount=500))
        assert result.tax_amount_exclusive == 73 + 37
        assert result.tax_amount_inclusive == 73
        assert result.amount_total == 1000 + 1073 + 500 + 110

    def test_rate_change_follows_tax_date(self, calc: Calc) -> None:
        dc = Address(country="US", postal_code="20001")
        before = calc(dc, [(10000, GOODS)], registrations=[us("DC")], tax_date=1_759_000_000)
        after = calc(dc, [(10000, GOODS)], registrations=[us("DC")])  # 2026-11-02
        assert before.line_items[0].amount_tax == 600  # 2025-09-27: 6% until 2025-09-30
        assert after.line_items[0].amount_tax == 700  # 7% from 2026-10-01

    def test_to_dict_shape(self, calc: Calc) -> None:
        result = calc(NC, [(1000, GOODS)], registrations=[NC_REG],
                      shipping=ShippingCost(amount=100))
        data = result.to_dict()
        assert set(data) == {"amount_total", "currency", "shipping_cost",
                             "tax_amount_exclusive", "tax_amount_inclusive", "tax_breakdown"}
        entry = data["tax_breakdown"][0]  # type: ignore[index]
        assert set(entry["tax_rate_details"]) == {"country", "flat_amount", "percentage_decimal",
                                                  "rate_type", "state", "tax_type"}


class TestInputErrors:
    def test_us_needs_zip(self) -> None:
        with pytest.raises(CustomerTaxLocationInvalid) as caught:
            calculate(make_request(Address(country="US", state="CA"), [(100, GOODS)]))
        assert caught.value.param == "customer_details[address]"

    def test_zip_state_mismatch(self) -> None:
        with pytest.raises(CustomerTaxLocationInvalid):
            calculate(make_request(Address(country="US", state="NY", postal_code="94105"),
                                   [(100, GOODS)]))

    def test_canada_needs_postal_or_province(self) -> None:
        with pytest.raises(CustomerTaxLocationInvalid):
            calculate(make_request(Address(country="CA"), [(100, GOODS)]))

    def test_canada_province_from_postal_code(self, calc: Calc) -> None:
        result = calc(Address(country="CA", postal_code="H2X 1Y4"), [(100, GOODS)])
        assert result.location.state == "QC"

    def test_unknown_tax_code(self) -> None:
        with pytest.raises(InvalidTaxCode) as caught:
            calculate(make_request(NC, [(100, GOODS), (100, "txcd_12345678")]))
        assert caught.value.param == "line_items[1][tax_code]"
        assert caught.value.message == "Invalid tax code"

    def test_bad_tax_id(self) -> None:
        with pytest.raises(TaxIdInvalid) as caught:
            calculate(make_request(Address(country="DE"), [(100, GOODS)],
                                   tax_ids=[TaxId("eu_vat", "DE12")]))
        assert caught.value.param == "customer_details[tax_ids][0][value]"
        assert caught.value.code == "tax_id_invalid"

    def test_state_names_normalised(self, calc: Calc) -> None:
        result = calc(Address(country="US", state="North Carolina", postal_code="28202"),
                      [(100, GOODS)])
        assert result.location.state == "NC"
