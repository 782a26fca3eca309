"""The rules of spec 7.5: which jurisdictions tax a category, at what rate, and why.

A ``Plan`` holds one decision per jurisdiction of the destination for one category; it is
pure in its inputs, so plans are memoised across calculations (``plan``).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .code_catalog import Category
from .jurisdictions import (
    EU_COUNTRIES,
    RATE_UNITS_PER_PERCENT,
    Jurisdiction,
    JurisdictionRates,
    LocalCoverage,
    Location,
    RateRow,
    format_percentage,
    rate_table,
)
from .types import (
    LineTaxBreakdown,
    LineTaxRateDetails,
    Registration,
    TaxabilityOverride,
    TaxabilityReason,
)

__all__ = ["Context", "Decision", "GroupKey", "Plan", "intern_context", "plan"]

_GOODS = frozenset({"tangible", "clothing", "shipping"})
#: Reasons whose breakdown entry still names the rate (percentage 0.0) and the net amount.
DETAILED_ZERO = frozenset({"reverse_charge", "customer_exempt", "zero_rated"})
# Category treatments a county/city/district inherits from its state.
_INHERITED = frozenset({"not_taxed", "exempt", "zero", "portion_exempt", "exempt_below",
                        "reduced_basis", "unsupported"})



@dataclass(frozen=True, slots=True)
class Decision:
    """What one jurisdiction does with one category, before amounts are known."""

    jurisdiction: Jurisdiction
    tax_type: str | None
    reason: TaxabilityReason
    rate_units: int = 0
    details: LineTaxRateDetails | None = None
    threshold: int = 0  # minor units per unit, for portion_exempt / exempt_below
    basis_percent: int = 100
    treatment: str = ""
    local_coverage: LocalCoverage | None = None

    @property
    def collects(self) -> bool:
        return self.rate_units > 0


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a plan depends on; hashable, so plans are memoised across calculations."""

    location: Location
    day: dt.date
    home: str | None  # the head office country
    business: bool
    override: TaxabilityOverride
    exponent: int
    registrations: tuple[Registration, ...]  # those active on the tax date
    ioss_ok: bool
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # hashed once: the plan cache looks a context up for every category of a calculation
        object.__setattr__(self, "_hash", hash((
            self.location, self.day, self.home, self.business, self.override, self.exponent,
            self.registrations, self.ioss_ok)))

    def __hash__(self) -> int:
        return self._hash


def _zero_details(row: RateRow) -> LineTaxRateDetails:
    return LineTaxRateDetails(display_name=row.display_name, percentage_decimal="0.0",
                              tax_type=row.tax_type)


def _rate_details(row: RateRow) -> LineTaxRateDetails:
    assert row.rate is not None
    return LineTaxRateDetails(display_name=row.display_name,
                              percentage_decimal=format_percentage(row.rate),
                              tax_type=row.tax_type)


def _has(ctx: Context, country: str, types: tuple[str, ...], *, state: str | None = None,
         scheme: str | None = None) -> bool:
    for reg in ctx.registrations:
        if reg.country != country or reg.type not in types:
            continue
        if state is not None and reg.state != state:
            continue
        if scheme is not None and reg.place_of_supply_scheme != scheme:
            continue
        return True
    return False


def _eu_taxing_country(ctx: Context, category: Category) -> str | None:
    """The EU country whose VAT applies, or None when no registration covers the sale."""
    dest = ctx.location.country
    home = ctx.home
    if _has(ctx, dest, ("standard",)):
        return dest
    if home == dest:
        return None  # domestic sales need a standard registration; OSS does not cover them
    if ctx.business and any(reg.country in EU_COUNTRIES for reg in ctx.registrations):
        return dest  # cross-border B2B: reverse charge, decided later
    if home in EU_COUNTRIES and _has(ctx, home, ("standard",), scheme="small_seller"):
        return home
    if any(reg.type in ("oss_union", "oss_non_union") for reg in ctx.registrations):
        return dest
    if (category in _GOODS and home not in EU_COUNTRIES and ctx.ioss_ok
            and any(reg.type == "ioss" for reg in ctx.registrations)):
        return dest
    return None


def _covered(ctx: Context, rates: JurisdictionRates) -> bool:
    country = rates.jurisdiction.country
    if country == "US":
        return _has(ctx, "US", ("state_sales_tax",), state=ctx.location.state)
    if country == "CA":
        if rates.tax_type in ("gst", "hst"):
            return _has(ctx, "CA", ("standard", "simplified"))
        return _has(ctx, "CA", ("province_standard",), state=ctx.location.state)
    return any(reg.country == country for reg in ctx.registrations)


def _reverse_charge(ctx: Context, country: str) -> bool:
    if country == "US":
        return False  # no reverse charge in US sales tax
    if ctx.override == "reverse_charge":
        return True
    return ctx.business and ctx.home != country


def _decide(ctx: Context, rates: JurisdictionRates, category: Category, *,
            state_row: RateRow | None = None, coverage: LocalCoverage | None = None,
            covered: bool | None = None) -> Decision:
    """Rules b-k of spec 7.5 for one jurisdiction (a, excluded territories, is the caller's)."""
    jurisdiction = rates.jurisdiction
    row = rates.row_for(category, ctx.day)
    if row is None:
        return Decision(jurisdiction, None, "not_supported", local_coverage=coverage)
    treatment = row.treatment
    rule_row = row
    if (state_row is not None and row.category == "*" and state_row.category == category
            and state_row.treatment in _INHERITED):
        treatment = state_row.treatment  # a county follows its state's category rule
        rule_row = state_row
    if treatment == "unsupported":
        return Decision(jurisdiction, None, "not_supported", local_coverage=coverage)
    if treatment == "no_tax":
        return Decision(jurisdiction, None, "not_subject_to_tax", local_coverage=coverage)
    if category == "nontaxable":
        return Decision(jurisdiction, None, "not_collecting", local_coverage=coverage)
    if not (covered if covered is not None else _covered(ctx, rates)):
        return Decision(jurisdiction, None, "not_collecting", local_coverage=coverage)
    if ctx.override == "customer_exempt":
        return Decision(jurisdiction, row.tax_type, "customer_exempt",
                         details=_zero_details(row), local_coverage=coverage)
    if _reverse_charge(ctx, ctx.location.country):
        return Decision(jurisdiction, row.tax_type, "reverse_charge",
                         details=_zero_details(row), local_coverage=coverage)
    if treatment == "not_taxed":
        return Decision(jurisdiction, None, "not_subject_to_tax", local_coverage=coverage)
    if treatment == "exempt":
        return Decision(jurisdiction, None, "product_exempt", local_coverage=coverage)
    if treatment == "zero":
        return Decision(jurisdiction, row.tax_type, "zero_rated", details=_zero_details(row),
                         local_coverage=coverage)
    rated = row
    if row.rate is None:  # threshold and basis rules charge the jurisdiction's general rate
        general = rates.row_for("*", ctx.day)
        if general is None or general.rate is None:
            return Decision(jurisdiction, None, "not_supported", local_coverage=coverage)
        rated = general
    base = Decision(jurisdiction, row.tax_type, "standard_rated", rate_units=rated.rate_units,
                     details=_rate_details(rated), treatment=treatment, local_coverage=coverage)
    if treatment in ("portion_exempt", "exempt_below"):
        threshold = rule_row.threshold if rule_row.threshold is not None else 0
        return replace(base, reason=("portion_product_exempt" if treatment == "portion_exempt"
                                     else "standard_rated"),
                       threshold=int(threshold * 10 ** ctx.exponent))
    if treatment == "reduced":
        return replace(base, reason="reduced_rated")
    if treatment == "reduced_basis":
        return replace(base, reason="taxable_basis_reduced",
                       basis_percent=rule_row.basis_percent or 100)
    return base


def _decisions(ctx: Context, category: Category) -> tuple[Decision, ...]:
    """The decisions for every jurisdiction of the destination."""
    location = ctx.location
    table = rate_table()
    decisions: list[Decision]
    if location.excluded_territory is not None:
        jurisdiction = Jurisdiction(location.country, location.excluded_territory, "country", None)
        decisions = [Decision(jurisdiction, None, "not_supported")]
    elif location.country == "US":
        decisions = _us_plan(ctx, category)
    elif location.country in EU_COUNTRIES:
        taxing = _eu_taxing_country(ctx, category)
        places = table.place(taxing or location.country)
        decisions = [_decide(ctx, rates, category, covered=taxing is not None)
                     for rates in places]
    else:
        places = table.place(location.country)
        if location.country == "CA" and location.state:
            provincial = table.place("CA", location.state)
            if any(r.tax_type == "hst" for r in provincial):
                places = ()
            places = places + provincial
        decisions = [_decide(ctx, rates, category) for rates in places]
    if not decisions:
        name = _country_name(location.country)
        decisions = [Decision(Jurisdiction(location.country, name, "country", None), None,
                               "not_supported")]
    return tuple(decisions)


def _us_plan(ctx: Context, category: Category) -> list[Decision]:
    location = ctx.location
    table = rate_table()
    state = location.state or ""
    coverage = location.local_coverage
    state_places = table.place("US", state)
    if not state_places:
        return [Decision(Jurisdiction("US", state or "United States", "state", location.state),
                          None, "not_supported", local_coverage=coverage)]
    decisions: list[Decision] = []
    state_row: RateRow | None = None
    for rates in state_places:
        state_row = rates.row_for(category, ctx.day)
        decisions.append(_decide(ctx, rates, category, coverage=coverage))
    if location.county is not None:
        for rates in table.place("US", state, location.county):
            decisions.append(_decide(ctx, rates, category, state_row=state_row))
    return decisions


@functools.cache
def _country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country is not None else code


#: (country, state, tax_type, percentage_decimal, taxability_reason) of a calculation-level group.
GroupKey = tuple[str, "str | None", "str | None", str, str]


@dataclass(frozen=True, slots=True, eq=False)
class Plan:
    """The decisions for one category at one destination, plus what every line reuses.

    ``static`` holds the finished breakdown entry of each jurisdiction that never charges and
    whose entry does not depend on the amount; ``group_of``/``group_keys`` fold entries into
    calculation-level groups when no per-unit threshold can change a reason.
    """

    decisions: tuple[Decision, ...]
    static: tuple[LineTaxBreakdown | None, ...]
    thresholds: bool
    group_of: tuple[int, ...]
    group_keys: tuple[GroupKey, ...]


def group_key(location: Location, country: str, tax_type: str | None, reason: str,
              charged_units: int) -> GroupKey:
    """The calculation-level group of one line's entries (spec 7.8)."""
    state = None
    if country == location.country and location.country in ("US", "CA") and (
            tax_type is None or tax_type in ("sales_tax", "pst", "qst", "rst", "hst")):
        state = location.state
    return (country, state, tax_type, percentage(charged_units), reason)


@functools.cache
def percentage(units: int) -> str:
    """Rate units (1/10,000 %) as Stripe's percentage_decimal string."""
    return format_percentage(Decimal(units) / RATE_UNITS_PER_PERCENT)


_INTERNED: dict[Context, Context] = {}


def intern_context(ctx: Context) -> Context:
    """The canonical equal Context, so plan-cache lookups compare by identity (cheap)."""
    if len(_INTERNED) > 4096:
        _INTERNED.clear()
    return _INTERNED.setdefault(ctx, ctx)


@functools.lru_cache(maxsize=4096)
def plan(ctx: Context, category: Category) -> Plan:
    """The memoised ``Plan`` for a category in a context (pure in both)."""
    decisions = _decisions(ctx, category)
    static: list[LineTaxBreakdown | None] = []
    for decision in decisions:
        if decision.collects or decision.reason in DETAILED_ZERO:
            static.append(None)
        else:
            static.append(LineTaxBreakdown(
                amount=0, jurisdiction=decision.jurisdiction, sourcing="destination",
                tax_rate_details=None, taxability_reason=decision.reason, taxable_amount=0,
                local_coverage=decision.local_coverage))
    slots: dict[tuple[str | None, str, str], int] = {}
    charged: list[int] = []
    group_of: list[int] = []
    for decision in decisions:
        collects = decision.collects
        tax_type = decision.tax_type if collects or decision.reason in DETAILED_ZERO else None
        key = (tax_type, decision.reason, decision.jurisdiction.country)
        if key not in slots:
            slots[key] = len(charged)
            charged.append(0)
        group_of.append(slots[key])
        if collects:
            charged[slots[key]] += decision.rate_units
    keys = tuple(group_key(ctx.location, country, tax_type, reason, charged[index])
                 for (tax_type, reason, country), index in slots.items())
    return Plan(decisions=decisions, static=tuple(static),
                thresholds=any(d.collects and d.threshold for d in decisions),
                group_of=tuple(group_of), group_keys=keys)
