"""The shipped rate table: coverage, provenance and internal consistency."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from importlib import resources

import pytest

from stripe_emulator.areas.tax.engine.jurisdictions import (
    EU_COUNTRIES,
    rate_table,
    resolve_location,
)

RATES = resources.files("stripe_emulator.areas.tax.engine").joinpath("rates")


def rows() -> list[dict[str, str]]:
    return list(csv.DictReader(RATES.joinpath("rates.csv").read_text("utf-8").splitlines()))


def test_every_row_has_a_source_and_valid_fields() -> None:
    for row in rows():
        assert row["source_url"].startswith("https://"), row
        assert row["level"] in {"country", "state", "county", "city", "district"}
        dt.date.fromisoformat(row["effective_from"])
        if row["effective_to"]:
            assert dt.date.fromisoformat(row["effective_to"]) >= dt.date.fromisoformat(
                row["effective_from"])
        if row["rate"]:
            assert Decimal("0") <= Decimal(row["rate"]) < Decimal("30")


def test_date_windows_do_not_overlap() -> None:
    windows: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for row in rows():
        key = (row["country"], row["state"], row["county"], row["level"], row["tax_type"],
               row["category"])
        windows.setdefault(key, []).append((row["effective_from"], row["effective_to"]))
    for key, spans in windows.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end and end < start, key


@pytest.mark.parametrize("country", sorted(EU_COUNTRIES | {"GB", "NO", "CH", "IS", "AU", "NZ",
                                                           "JP", "SG", "IN", "CA"}))
def test_country_has_a_general_rate(country: str) -> None:
    places = rate_table().place(country)
    assert places and places[0].row_for("*", dt.date(2026, 11, 2)) is not None


def test_every_us_state_and_dc() -> None:
    table = rate_table()
    assert len(table.us_states) == 51
    for state in table.us_states:
        assert table.place("US", state), state


@pytest.mark.parametrize("province,expected", [("ON", "13"), ("NS", "14"), ("NB", "15"),
                                               ("NL", "15"), ("PE", "15")])
def test_canada_hst(province: str, expected: str) -> None:
    hst = rate_table().place("CA", province)[0].row_for("*", dt.date(2026, 11, 2))
    assert hst is not None and hst.rate == Decimal(expected)


def test_zip_tables() -> None:
    table = rate_table()
    assert table.state_for_zip("90210") == "CA"
    assert table.state_for_zip("10001") == "NY"
    assert table.zip_counties["28202"] == ("NC", "Mecklenburg County")
    assert resolve_location("US", None, "28202-1234").county == "Mecklenburg County"


def test_manifest_records_version() -> None:
    assert rate_table().version
