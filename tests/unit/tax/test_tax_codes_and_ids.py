"""The tax code catalogue and tax id format checks."""

from __future__ import annotations

import pytest

from stripe_emulator.areas.tax.engine.code_catalog import all_tax_codes, category_of, get_tax_code
from stripe_emulator.areas.tax.engine.tax_ids import is_valid_format

REQUIRED = ["txcd_00000000", "txcd_10000000", "txcd_10103000", "txcd_10103001",
            "txcd_10302000", "txcd_20030000", "txcd_30011000", "txcd_92010001", "txcd_99999999"]


class TestTaxCodes:
    def test_required_codes_present(self) -> None:
        ids = [code.id for code in all_tax_codes()]
        assert ids == sorted(ids)
        assert set(REQUIRED) <= set(ids)

    def test_stripe_shape(self) -> None:
        code = get_tax_code("txcd_92010001")
        assert code is not None
        assert code.to_dict() == {"id": "txcd_92010001", "object": "tax_code", "name": "Shipping",
                                  "description": code.description, "requirements": None}

    def test_categories(self) -> None:
        assert category_of("txcd_10103001") == "saas_business"
        assert category_of("txcd_00000000") == "nontaxable"
        assert category_of("txcd_12345678") is None


class TestTaxIds:
    @pytest.mark.parametrize("tax_type,value", [
        ("eu_vat", "DE123456789"), ("eu_vat", "EL123456789"), ("gb_vat", "GB123456789"),
        ("au_abn", "12345678912"), ("ch_vat", "CHE-123.456.789 MWST"), ("no_vat", "123456789MVA"),
        ("in_gst", "12ABCDE3456FGZH"), ("ca_bn", "123456789"), ("za_vat", "4123456789"),
        ("unknown", "anything"),
    ])
    def test_documented_examples_accepted(self, tax_type: str, value: str) -> None:
        assert is_valid_format(tax_type, value)

    @pytest.mark.parametrize("tax_type,value", [
        ("eu_vat", "DE12"), ("eu_vat", "XX123456789"), ("eu_vat", "US123456789"),
        ("gb_vat", "GB12"), ("au_abn", "123"), ("za_vat", "123"), ("eu_vat", ""),
    ])
    def test_malformed_rejected(self, tax_type: str, value: str) -> None:
        assert not is_valid_format(tax_type, value)
