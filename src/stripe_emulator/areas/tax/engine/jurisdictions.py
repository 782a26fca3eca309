"""The shipped rate table, read once, and the customer-location rules of the tax engine.

Pure: the CSVs under ``rates/`` are parsed on first use and cached; nothing here reads the
clock or the network. ``rates/README.md`` says where every row comes from.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Literal

from .errors import CustomerTaxLocationInvalid

__all__ = [
    "EU_COUNTRIES",
    "Jurisdiction",
    "JurisdictionRates",
    "LocalCoverage",
    "Location",
    "RateRow",
    "RateTable",
    "format_percentage",
    "rate_table",
    "resolve_location",
]

Level = Literal["city", "country", "county", "district", "state"]
Treatment = Literal[
    "standard",  # the row's rate applies: standard_rated
    "reduced",  # a lower rate for this category: reduced_rated
    "zero",  # zero_rated
    "exempt",  # product_exempt
    "not_taxed",  # the category is outside the tax base: not_subject_to_tax
    "portion_exempt",  # the first `threshold` of each unit is exempt: portion_product_exempt
    "exempt_below",  # units priced under `threshold` are exempt, others fully taxable
    "reduced_basis",  # only basis_percent of the amount is taxable: taxable_basis_reduced
    "no_tax",  # the jurisdiction levies no such tax at all: not_subject_to_tax
    "unsupported",  # we (like Stripe) do not calculate this category here: not_supported
]
#: How much of a US address's local (county, city, district) tax the table covers.
LocalCoverage = Literal[
    "not_applicable",  # not a US address
    "no_local_taxes",  # the state allows no general local sales tax: state level is complete
    "included",  # local rates for this ZIP are in the table and were applied
    "state_only",  # the state has local taxes the table does not cover: state rate only
]

EU_COUNTRIES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})
#: 1% expressed in rate units; rates are stored as integers of 1/10,000 of a percent.
RATE_UNITS_PER_PERCENT = 10_000

_CA_PROVINCE_BY_LETTER = {
    "A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON",
    "L": "ON", "M": "ON", "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC",
    "X": "NT", "Y": "YT",
}
_NUNAVUT_PREFIXES = ("X0A", "X0B", "X0C")
_NON_STATE_US_CODES = frozenset({"AA", "AE", "AP", "AS", "FM", "GU", "MH", "MP", "PR", "PW", "VI"})


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """The authority imposing a tax, shaped like ``tax_breakdown[].jurisdiction``."""

    country: str
    display_name: str
    level: Level
    state: str | None

    def to_dict(self) -> dict[str, object]:
        return {"country": self.country, "display_name": self.display_name,
                "level": self.level, "state": self.state}


@dataclass(frozen=True, slots=True)
class RateRow:
    """One row of ``rates/rates.csv``."""

    country: str
    state: str
    county: str
    level: Level
    jurisdiction_name: str
    tax_type: str
    category: str
    treatment: Treatment
    rate: Decimal | None
    threshold: Decimal | None
    basis_percent: int | None
    effective_from: dt.date
    effective_to: dt.date | None
    display_name: str
    source_url: str

    @property
    def rate_units(self) -> int:
        """The rate in 1/10,000ths of a percent (9.975% -> 99750); 0 when the row has none."""
        return int(self.rate * RATE_UNITS_PER_PERCENT) if self.rate is not None else 0

    def active_on(self, day: dt.date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to)


@dataclass(frozen=True, slots=True)
class JurisdictionRates:
    """Every dated row of one jurisdiction and tax type, by category (``*`` = general)."""

    jurisdiction: Jurisdiction
    tax_type: str
    rows: dict[str, tuple[RateRow, ...]]

    def row_for(self, category: str, day: dt.date) -> RateRow | None:
        """The category's row in force on ``day``, else the general row.

        A date before the table's first row uses the earliest row (the table starts in 2023,
        2016 for EU standard rates); the API only accepts tax dates near today anyway.
        """
        specific = _pick(self.rows.get(category, ()), day, fallback=False)
        if specific is not None:
            return specific
        return _pick(self.rows.get("*", ()), day, fallback=True)


def _pick(rows: tuple[RateRow, ...], day: dt.date, *, fallback: bool) -> RateRow | None:
    for row in rows:
        if row.active_on(day):
            return row
    if fallback and rows and day < rows[0].effective_from:
        return rows[0]
    return None


@dataclass(frozen=True, slots=True)
class UsState:
    state: str
    name: str
    local_taxes: bool
    local_coverage: Literal["county", "none"]


@dataclass(frozen=True, slots=True)
class RateTable:
    """The parsed rate data: jurisdictions by place, US ZIP lookups and US state metadata."""

    by_place: dict[tuple[str, str, str], tuple[JurisdictionRates, ...]]
    zip_ranges: tuple[tuple[int, int, str], ...]
    zip_counties: dict[str, tuple[str, str]]
    us_states: dict[str, UsState]
    version: str

    def place(self, country: str, state: str = "", county: str = "",
              ) -> tuple[JurisdictionRates, ...]:
        return self.by_place.get((country, state, county), ())

    def state_for_zip(self, zip5: str) -> str | None:
        number = int(zip5)
        low, high = 0, len(self.zip_ranges)
        while low < high:
            mid = (low + high) // 2
            first, last, state = self.zip_ranges[mid]
            if number < first:
                high = mid
            elif number > last:
                low = mid + 1
            else:
                return state
        return None


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("rates", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def rate_table() -> RateTable:
    """Parse the shipped tables (once per process)."""
    grouped: dict[tuple[str, str, str, Level, str, str], dict[str, list[RateRow]]] = {}
    for raw in _read("rates.csv"):
        row = RateRow(
            country=raw["country"], state=raw["state"], county=raw["county"],
            level=raw["level"],  # type: ignore[arg-type]
            jurisdiction_name=raw["jurisdiction_name"], tax_type=raw["tax_type"],
            category=raw["category"], treatment=raw["treatment"],  # type: ignore[arg-type]
            rate=Decimal(raw["rate"]) if raw["rate"] else None,
            threshold=Decimal(raw["threshold"]) if raw["threshold"] else None,
            basis_percent=int(raw["basis_percent"]) if raw["basis_percent"] else None,
            effective_from=dt.date.fromisoformat(raw["effective_from"]),
            effective_to=(dt.date.fromisoformat(raw["effective_to"])
                          if raw["effective_to"] else None),
            display_name=raw["display_name"], source_url=raw["source_url"],
        )
        key = (row.country, row.state, row.county, row.level, row.jurisdiction_name, row.tax_type)
        grouped.setdefault(key, {}).setdefault(row.category, []).append(row)
    by_place: dict[tuple[str, str, str], list[JurisdictionRates]] = {}
    for (country, state, county, level, name, tax_type), categories in grouped.items():
        # CA HST rows are keyed by province but belong to the federal (country-level) jurisdiction.
        jurisdiction_state = state if level != "country" else None
        jurisdiction = Jurisdiction(country=country, display_name=name, level=level,
                                    state=jurisdiction_state or None)
        rates = JurisdictionRates(
            jurisdiction=jurisdiction, tax_type=tax_type,
            rows={cat: tuple(sorted(rows, key=lambda r: r.effective_from))
                  for cat, rows in categories.items()},
        )
        by_place.setdefault((country, state, county), []).append(rates)
    level_order = {"country": 0, "state": 1, "county": 2, "city": 3, "district": 4}
    places = {key: tuple(sorted(value, key=lambda j: level_order[j.jurisdiction.level]))
              for key, value in by_place.items()}
    ranges = tuple((int(r["first_zip"]), int(r["last_zip"]), r["state"])
                   for r in _read("us_zip_ranges.csv"))
    counties = {r["zip"]: (r["state"], r["county"]) for r in _read("us_zip_counties.csv")}
    states = {r["state"]: UsState(state=r["state"], name=r["name"],
                                  local_taxes=r["local_taxes"] == "yes",
                                  local_coverage=r["local_coverage"])  # type: ignore[arg-type]
              for r in _read("us_states.csv")}
    manifest = resources.files(__package__).joinpath("rates", "manifest.json").read_text("utf-8")
    version = manifest.split('"version": "', 1)[1].split('"', 1)[0]
    return RateTable(by_place=places, zip_ranges=ranges, zip_counties=counties,
                     us_states=states, version=version)


def format_percentage(rate: Decimal) -> str:
    """Stripe's ``percentage_decimal``: ``"19.0"``, ``"8.1"``, ``"9.975"``."""
    text = format(rate.normalize(), "f")
    return text if "." in text else f"{text}.0"


# --------------------------------------------------------------------------- location


@dataclass(frozen=True, slots=True)
class Location:
    """Where tax is owed: the normalised destination and what the table knows about it."""

    country: str
    state: str | None
    postal_code: str | None
    county: str | None
    excluded_territory: str | None
    local_coverage: LocalCoverage


@functools.cache
def _subdivisions(country: str) -> dict[str, str]:
    """ISO 3166-2 suffix and upper-cased English name -> suffix, for one country."""
    import pycountry

    codes: dict[str, str] = {}
    subdivisions = pycountry.subdivisions.get(country_code=country)  # type: ignore[no-untyped-call]
    for sub in subdivisions or ():
        suffix = sub.code.split("-", 1)[1]
        codes[suffix] = suffix
        codes[sub.name.upper()] = suffix
    return codes


@functools.cache
def _is_country(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None


def normalize_state(country: str, raw: str | None) -> str | None:
    """An ISO 3166-2 suffix ("CA", "QC") for a code or English name; unknown text upper-cased."""
    if not raw or not raw.strip():
        return None
    text = raw.strip().upper()
    if text.startswith(f"{country}-"):
        text = text[len(country) + 1:]
    return _subdivisions(country).get(text, text)


def _excluded_territory(country: str, state: str | None, postal: str) -> str | None:
    """Name of a territory outside the country's VAT area (Stripe calculates no tax there)."""
    digits = postal.replace(" ", "").upper()
    if country == "ES":
        if state in ("CN", "GC", "TF") or digits[:2] in ("35", "38"):
            return "Canary Islands"
        if state == "CE" or digits[:2] == "51":
            return "Ceuta"
        if state == "ML" or digits[:2] == "52":
            return "Melilla"
    elif country == "FR":
        if digits[:2] in ("97", "98") or state in ("GF", "PF", "GP", "MQ", "YT", "NC", "RE", "BL",
                                                   "MF", "PM", "WF", "971", "972", "973", "974",
                                                   "976"):
            return "French overseas territory"
    elif country == "DK":
        if digits[:2] == "39" and len(digits) == 4:
            return "Greenland"
        if len(digits) == 3:
            return "Faroe Islands"
    elif country == "FI":
        if state == "01" or digits[:2] == "22":
            return "Åland Islands"
    elif country == "IT":
        if digits == "00120":
            return "Vatican City"
    elif country == "NL":
        if state in ("BQ1", "BQ2", "BQ3", "BQ", "AW", "CW", "SX"):
            return "Caribbean Netherlands"
    elif country == "NO":
        if state in ("21", "22") or digits in ("9170", "9171", "9173", "9174", "9175", "9176",
                                               "9178", "8099"):
            return "Svalbard and Jan Mayen"
    elif country == "PT":
        if state in ("20", "30") or (digits[:1] == "9" and len(digits) >= 4):
            return "Azores and Madeira"
    elif country == "GB":
        outward = digits[:2]
        if outward in ("GY", "JE", "IM"):
            return "Channel Islands and Isle of Man"
        if digits.startswith("GX11"):
            return "Gibraltar"
        if digits.startswith("VG11"):
            return "British Virgin Islands"
        if digits.startswith("FIQQ"):
            return "Falkland Islands"
    return None


def resolve_location(country: str, state: str | None, postal_code: str | None) -> Location:
    """Normalise a customer address and apply the spec's precision rules (section 7.2)."""
    country = (country or "").strip().upper()
    if len(country) != 2 or not _is_country(country):
        raise CustomerTaxLocationInvalid(
            f"The country '{country}' is not a valid ISO 3166-1 country code.")
    postal = (postal_code or "").strip() or None
    norm_state = normalize_state(country, state)
    if country == "US":
        return _resolve_us(norm_state, postal)
    if country == "CA":
        if norm_state is None:
            if postal is None:
                raise CustomerTaxLocationInvalid(
                    "A Canadian address needs a postal code or a province.")
            compact = postal.replace(" ", "").upper()
            norm_state = ("NU" if compact.startswith(_NUNAVUT_PREFIXES)
                          else _CA_PROVINCE_BY_LETTER.get(compact[:1]))
            if norm_state is None:
                raise CustomerTaxLocationInvalid(
                    f"The postal code '{postal}' is not a Canadian postal code.")
    elif country in ("IN", "UA") and postal is None and (country == "UA" or norm_state is None):
        raise CustomerTaxLocationInvalid("This country needs a postal code to calculate tax.")
    excluded = _excluded_territory(country, norm_state, postal or "")
    return Location(country=country, state=norm_state, postal_code=postal, county=None,
                    excluded_territory=excluded, local_coverage="not_applicable")


def _resolve_us(state: str | None, postal: str | None) -> Location:
    if postal is None:
        raise CustomerTaxLocationInvalid("A US address needs a postal code (ZIP) to calculate tax.")
    zip5 = postal[:5]
    if len(zip5) != 5 or not zip5.isdigit():
        raise CustomerTaxLocationInvalid(f"The postal code '{postal}' is not a valid US ZIP code.")
    table = rate_table()
    zip_state = table.state_for_zip(zip5)
    if zip_state is not None and state is not None and state != zip_state:
        raise CustomerTaxLocationInvalid(
            f"The postal code '{zip5}' belongs to {zip_state}, not to the state '{state}'.")
    resolved = zip_state or state
    if resolved is None:
        raise CustomerTaxLocationInvalid(
            f"The postal code '{zip5}' could not be matched to a US state.")
    info = table.us_states.get(resolved)
    county: str | None = None
    coverage: LocalCoverage
    if info is None:
        coverage = "state_only"
    elif not info.local_taxes:
        coverage = "no_local_taxes"
    else:
        match = table.zip_counties.get(zip5) if info.local_coverage == "county" else None
        if match is not None and match[0] == resolved:
            county = match[1]
            coverage = "included"
        else:
            coverage = "state_only"
    excluded = "US territory or military address" if resolved in _NON_STATE_US_CODES else None
    return Location(country="US", state=resolved, postal_code=zip5, county=county,
                    excluded_territory=excluded, local_coverage=coverage)
