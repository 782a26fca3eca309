"""Rebuild the tax engine's shipped rate tables from PyPI data packages and curated CSVs.

Run it in a scratch virtualenv that has the generator-only packages (never runtime deps):

    python -m venv /tmp/taxrates && /tmp/taxrates/bin/pip install \
        eu-vat-rates-data duty27-eu-vat zipcodes
    /tmp/taxrates/bin/python tools/build_tax_rates.py --version 2026-11-24

Inputs: ``src/stripe_emulator/areas/tax/engine/rates/curated/*.csv`` (hand-maintained, every row
with a source URL) plus the three packages. Outputs, next to them: ``rates.csv``,
``us_states.csv``, ``us_zip_ranges.csv``, ``us_zip_counties.csv`` and ``manifest.json``.
See ``rates/README.md`` for what each source contributes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

RATES_DIR = Path(__file__).resolve().parent.parent / "src/stripe_emulator/areas/tax/engine/rates"
CURATED = RATES_DIR / "curated"

COLUMNS = [
    "country", "state", "county", "level", "jurisdiction_name", "tax_type", "category",
    "treatment", "rate", "threshold", "basis_percent", "effective_from", "effective_to",
    "display_name", "source_url",
]
EU_27 = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}
# Non-EU VAT countries whose current standard rate comes from eu-vat-rates-data.
EUROPE_NON_EU = {"GB", "NO", "CH", "IS"}
DUTY27_URL = "https://duty27.com/vat-rates/history"
VATNODE_URL = "https://github.com/vatnode/eu-vat-rates-data"
PA_URL = (
    "https://www.revenue.pa.gov/GeneralTaxInformation/Current%20Tax%20Rates/Pages/"
    "Consumption%20Tax%20Rates.aspx"
)
# States whose local rates the table covers by county (ZIP -> county from `zipcodes`).
COUNTY_COVERED = {"NC", "PA"}
# us_taxability.csv column -> engine categories it decides.
TAXABILITY_COLUMNS = {
    "saas_business": ("saas_business",),
    "saas_personal": ("saas_personal",),
    "digital_goods": ("digital_service", "ebook"),
    "clothing": ("clothing",),
    "shipping": ("shipping",),
    "services": ("service",),
}
SOURCE_COLUMN = {
    "saas_business": "saas_source", "saas_personal": "saas_source",
    "digital_goods": "digital_source", "clothing": "clothing_source",
    "shipping": "shipping_source", "services": "services_source",
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def row(**values: str) -> dict[str, str]:
    out = {column: "" for column in COLUMNS}
    for key, value in values.items():
        if key not in out:
            raise KeyError(key)
        out[key] = value
    return out


def day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def vat_display_name(info: dict[str, object]) -> str:
    return f"{info['vat_name']} ({info['vat_abbr']})"


def european_rows() -> Iterator[dict[str, str]]:
    """EU-27 standard-rate history from duty27; GB/NO/CH/IS current rate from eu-vat-rates-data."""
    import duty27_eu_vat
    import eu_vat_rates_data

    rates = eu_vat_rates_data.get_all_rates()
    for country in sorted(EU_27):
        eu_code = duty27_eu_vat.normalize_country(country)  # GR -> EL
        windows = duty27_eu_vat.get_rate_history(eu_code)
        info = rates[country]
        latest = windows[-1].rate
        if Decimal(str(info["standard"])) != latest:
            sys.exit(f"{country}: duty27 says {latest}, eu-vat-rates-data says {info['standard']}")
        for index, window in enumerate(windows):
            following = windows[index + 1] if index + 1 < len(windows) else None
            until = day_before(following.effective_from.isoformat()) if following else ""
            yield row(country=country, level="country", jurisdiction_name=str(info["country"]),
                      tax_type="vat", category="*", treatment="standard",
                      rate=format(window.rate.normalize(), "f"),
                      effective_from=window.effective_from.isoformat(), effective_to=until,
                      display_name=vat_display_name(info), source_url=DUTY27_URL)
    for country in sorted(EUROPE_NON_EU):
        info = rates[country]
        yield row(country=country, level="country", jurisdiction_name=str(info["country"]),
                  tax_type="vat", category="*", treatment="standard",
                  rate=format(Decimal(str(info["standard"])).normalize(), "f"),
                  effective_from=eu_vat_rates_data.data_version,
                  display_name=vat_display_name(info),
                  source_url=VATNODE_URL)


def us_taxability_rows(states: dict[str, dict[str, str]],
                       taxability: list[dict[str, str]]) -> Iterator[dict[str, str]]:
    """Expand the per-state taxability matrix into category rows."""
    for entry in taxability:
        state = entry["state"]
        name = states[state]["jurisdiction_name"]
        for column, categories in TAXABILITY_COLUMNS.items():
            value = entry[column]
            if value in ("taxable", "na"):
                continue  # the state's general row applies (or the state levies nothing)
            kind, _, arg = value.partition(":")
            fields: dict[str, str]
            if kind == "not_taxed":
                fields = {"treatment": "not_taxed"}
            elif kind == "exempt":
                fields = {"treatment": "exempt"}
            elif kind == "reduced":
                fields = {"treatment": "reduced", "rate": arg}
            elif kind == "basis":
                fields = {"treatment": "reduced_basis", "basis_percent": arg}
            elif kind == "portion":
                fields = {"treatment": "portion_exempt", "threshold": arg}
            elif kind == "below":
                fields = {"treatment": "exempt_below", "threshold": arg}
            else:
                sys.exit(f"{state}: unknown taxability value {value!r} in {column}")
            for category in categories:
                yield row(country="US", state=state, level="state", jurisdiction_name=name,
                          tax_type="sales_tax", category=category, effective_from="2023-01-01",
                          display_name="Sales and Use Tax", source_url=entry[SOURCE_COLUMN[column]],
                          **fields)


def zip_tables(covered_counties: dict[str, set[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """ZIP -> state as ranges over real ZIPs; ZIP -> county for county-covered states."""
    import zipcodes

    records = sorted(zipcodes.list_all(), key=lambda r: r["zip_code"])
    ranges: list[list[str]] = []
    for record in records:
        zip_code, state = record["zip_code"], record["state"]
        if ranges and ranges[-1][2] == state:
            ranges[-1][1] = zip_code
        else:
            ranges.append([zip_code, zip_code, state])
    counties = [[r["zip_code"], r["state"], r["county"]] for r in records
                if r["state"] in COUNTY_COVERED and r["county"]]
    for _, state, county in counties:
        if county not in covered_counties.get(state, set()):
            sys.exit(f"{state}: ZIP county {county!r} has no row in the rate table")
    return ranges, counties


def pa_no_tax_rows(zip_counties: Iterable[str], taxed: set[str]) -> Iterator[dict[str, str]]:
    for county in sorted(set(zip_counties) - taxed):
        yield row(country="US", state="PA", county=county, level="county",
                  jurisdiction_name=county, tax_type="sales_tax", category="*", treatment="no_tax",
                  effective_from="2023-01-01", display_name="Local Sales and Use Tax",
                  source_url=PA_URL)


def write_csv(path: Path, header: list[str], rows: Iterable[Iterable[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=dt.date.today().isoformat(),
                        help="table version to record in manifest.json (default: today)")
    args = parser.parse_args(argv)

    import duty27_eu_vat
    import eu_vat_rates_data
    import zipcodes

    european = list(european_rows())
    names = {r["country"]: r["jurisdiction_name"] for r in european}
    vat_names = {r["country"]: r["display_name"] for r in european}
    us_states = read_csv(CURATED / "us_state_rates.csv")
    state_info = {r["state"]: r for r in us_states}
    taxability = read_csv(CURATED / "us_taxability.csv")
    other = read_csv(CURATED / "other_rates.csv")
    for entry in other:  # e-book rows name their country by placeholder
        if entry["jurisdiction_name"] == "@NAME":
            entry["jurisdiction_name"] = names[entry["country"]]
        if entry["display_name"] == "@VATNAME":
            entry["display_name"] = vat_names[entry["country"]]

    covered: dict[str, set[str]] = {}
    for entry in other:
        if entry["country"] == "US" and entry["county"]:
            covered.setdefault(entry["state"], set()).add(entry["county"])
    all_pa = {r["county"] for r in zipcodes.list_all() if r["state"] == "PA" and r["county"]}
    pa_rows = list(pa_no_tax_rows(all_pa, covered.get("PA", set())))
    covered.setdefault("PA", set()).update(all_pa)
    ranges, zip_counties = zip_tables(covered)

    rows = european + us_states + list(us_taxability_rows(state_info, taxability)) + other + pa_rows
    for entry in rows:
        if not entry["source_url"].startswith("https://"):
            sys.exit(f"row without an https source: {entry}")
    rows.sort(key=lambda r: (r["country"], r["state"], r["level"] != "state", r["county"],
                             r["level"], r["tax_type"], r["category"], r["effective_from"]))

    hashes = {
        "rates.csv": write_csv(RATES_DIR / "rates.csv", COLUMNS,
                               ([r[c] for c in COLUMNS] for r in rows)),
        "us_states.csv": write_csv(
            RATES_DIR / "us_states.csv",
            ["state", "name", "local_taxes", "local_coverage", "source_url"],
            ([t["state"], state_info[t["state"]]["jurisdiction_name"], t["local_taxes"],
              "county" if t["state"] in COUNTY_COVERED else "none", t["local_source"]]
             for t in taxability)),
        "us_zip_ranges.csv": write_csv(RATES_DIR / "us_zip_ranges.csv",
                                       ["first_zip", "last_zip", "state"], ranges),
        "us_zip_counties.csv": write_csv(RATES_DIR / "us_zip_counties.csv",
                                         ["zip", "state", "county"], zip_counties),
    }
    manifest = {
        "version": args.version,
        "generator": "tools/build_tax_rates.py",
        "packages": {
            "eu-vat-rates-data": {"data_version": eu_vat_rates_data.data_version,
                                  "license": "MIT", "url": VATNODE_URL},
            "duty27-eu-vat": {"data_as_of": duty27_eu_vat.DATA_AS_OF.isoformat(),
                              "attribution": duty27_eu_vat.ATTRIBUTION},
            "zipcodes": {"version": zipcodes.__version__, "license": "MIT",
                         "url": "https://github.com/seanpianka/zipcodes"},
        },
        "row_counts": {"rates.csv": len(rows), "us_zip_ranges.csv": len(ranges),
                       "us_zip_counties.csv": len(zip_counties)},
        "sha256": hashes,
    }
    (RATES_DIR / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n",
                                             encoding="utf-8")
    print(json.dumps(manifest["row_counts"]))


if __name__ == "__main__":
    main()
