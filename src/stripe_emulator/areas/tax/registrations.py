"""Tax registrations (`/v1/tax/registrations`): create, retrieve, update (to schedule or end),
list. Never deleted; `status` follows the clock: scheduled -> active -> expired."""

from __future__ import annotations

import functools
from typing import Any

import orjson

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing
from stripe_emulator.api.listing import ListPage, page_in_memory
from stripe_emulator.api.objects import EVERY, Filter
from stripe_emulator.areas.tax import engine
from stripe_emulator.areas.tax.api_errors import invalid_country
from stripe_emulator.areas.tax.engine.jurisdictions import normalize_state
from stripe_emulator.areas.tax.models import REGISTRATION, is_country
from stripe_emulator.areas.tax.sdk_params import (
    RegistrationCreateParams,
    RegistrationCreateParamsCountryOptions,
    RegistrationListParams,
    RegistrationUpdateParams,
)
from stripe_emulator.areas.tax.settings import load as load_settings

__all__ = ["active_on", "create", "list_registrations", "retrieve", "status_at", "update"]

_URL = "/v1/tax/registrations"
#: Every country key of `country_options` (the wire always shows all of them, null but one).
COUNTRY_KEYS = tuple(sorted(f.alias or name for name, f in
                            RegistrationCreateParamsCountryOptions.model_fields.items()))
#: Countries whose option object carries `standard{place_of_supply_scheme}` (from the SDK).
_WITH_STANDARD = frozenset({
    "ae", "at", "au", "be", "bg", "ch", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gb",
    "gr", "hr", "hu", "ie", "it", "jp", "lt", "lu", "lv", "mt", "nl", "no", "nz", "pl", "pt",
    "ro", "se", "sg", "si", "sk",
})
#: US registration types that name a local jurisdiction in a hash of the same name.
_US_LOCAL = ("admissions_tax", "attendance_tax", "entertainment_tax", "gross_receipts_tax",
             "hospitality_tax", "local_amusement_tax", "local_lease_tax", "luxury_tax",
             "mass_transit_parking_tax", "parking_tax", "resort_tax", "tourism_tax",
             "utility_users_tax")
#: A client's "now" may trail ours by a moment; an active_from this recent counts as now.
_CLOCK_SKEW = 60


def status_at(doc: dict[str, Any], now: int) -> str:
    """`scheduled` before active_from, `expired` from expires_at on, else `active`."""
    expires_at = doc.get("expires_at")
    if expires_at is not None and expires_at <= now:
        return "expired"
    if doc["active_from"] > now:
        return "scheduled"
    return "active"


def _render(doc: dict[str, Any], now: int) -> dict[str, Any]:
    doc["status"] = status_at(doc, now)
    return doc


def _subdivision(country: str, raw: str, param: str) -> str:
    import pycountry

    code = normalize_state(country, raw) or ""
    if pycountry.subdivisions.get(code=f"{country}-{code}") is None:  # type: ignore[no-untyped-call]
        raise InvalidRequestError(f"Invalid {'state' if country == 'US' else 'province'}: "
                                  f"{raw}", param=param)
    return code


def _options(country: str, p: RegistrationCreateParams) -> dict[str, Any]:
    """The one country's options as the wire shows them, checked (spec 4)."""
    chosen = [(f.alias or name) for name, f in
              RegistrationCreateParamsCountryOptions.model_fields.items()
              if name in p.country_options.model_fields_set]
    key = country.lower()
    if not chosen:
        raise ParameterMissing(f"country_options[{key}]")
    if chosen != [key]:
        raise InvalidRequestError(
            f"country_options must hold exactly one country, `{key}` (the registration's "
            f"country), but got: {', '.join(chosen)}.", param="country_options")
    given = getattr(p.country_options, {"in": "in_", "is": "is_"}.get(key, key))
    kind = given.type
    prefix = f"country_options[{key}]"
    if key == "us":
        out: dict[str, Any] = {name: None for name in _US_LOCAL}
        out["state"] = _subdivision("US", given.state, f"{prefix}[state]")
        for name in _US_LOCAL:
            value = getattr(given, name)
            if value is not None:
                out[name] = {"jurisdiction": value.jurisdiction}
        if kind in _US_LOCAL and out[kind] is None:
            raise ParameterMissing(f"{prefix}[{kind}]")
        sales = given.state_sales_tax
        out["state_sales_tax"] = None if sales is None else {"elections": [
            {"jurisdiction": e.jurisdiction, "type": e.type} for e in sales.elections]}
        out["type"] = kind
        return dict(sorted(out.items()))
    if key == "ca":
        province = given.province_standard
        if kind == "province_standard" and province is None:
            raise ParameterMissing(f"{prefix}[province_standard]")
        return {"province_standard": None if province is None or kind != "province_standard"
                else {"province": _subdivision("CA", province.province,
                                               f"{prefix}[province_standard][province]")},
                "type": kind}
    if key in _WITH_STANDARD:
        standard = getattr(given, "standard", None)
        scheme = standard.place_of_supply_scheme if standard is not None else None
        return {"standard": {"place_of_supply_scheme": scheme or "standard"}
                if kind == "standard" else None, "type": kind}
    return {"type": kind}


def _time(value: Any, now: int) -> int:
    return now if value == "now" else int(value)


async def create(ctx: Context, p: RegistrationCreateParams) -> dict[str, Any]:
    """Register in one country (and state or province); needs a head office first."""
    settings = await load_settings(ctx)
    if settings["status"] != "active":
        raise InvalidRequestError(
            "Your tax settings have no head office address: set your head office address "
            "first (POST /v1/tax/settings with head_office[address][country]), then add "
            "registrations.", param="country")
    country = p.country.strip().upper()
    if not is_country(country):
        raise invalid_country(p.country, "country")
    options = _options(country, p)
    now = ctx.now()
    active_from = _time(p.active_from, now)
    if active_from < now - _CLOCK_SKEW:
        raise InvalidRequestError("active_from must be `now` or a time in the future.",
                                  param="active_from")
    active_from = max(active_from, now)
    if p.expires_at is not None and p.expires_at <= active_from:
        raise InvalidRequestError("expires_at must be later than active_from.",
                                  param="expires_at")
    doc = {
        "id": ctx.new_id("taxreg"),
        "object": REGISTRATION,
        "active_from": active_from,
        "country": country,
        "country_options": {name: (options if name == country.lower() else None)
                            for name in COUNTRY_KEYS},
        "created": now,
        "expires_at": p.expires_at,
        "livemode": False,
        "status": status_at({"active_from": active_from, "expires_at": p.expires_at}, now),
    }
    await ctx.objects.insert(doc)
    return doc


async def retrieve(ctx: Context, registration_id: str) -> dict[str, Any]:
    """One registration, its status as of now."""
    doc = await ctx.objects.load(REGISTRATION, registration_id)
    return _render(doc, ctx.now())


async def update(ctx: Context, registration_id: str,
                 p: RegistrationUpdateParams) -> dict[str, Any]:
    """Move a scheduled start, or set/clear the end; an expiry that happened is final."""
    doc = await ctx.objects.load(REGISTRATION, registration_id)
    now = ctx.now()
    status = status_at(doc, now)
    sent = [name for name in ("active_from", "expires_at") if p.sent(name)]
    if status == "expired" and sent:
        raise InvalidRequestError(
            f"The registration {registration_id} has expired; an expired registration "
            "cannot be changed.", param=sent[0])
    if p.sent("active_from"):
        if status != "scheduled":
            raise InvalidRequestError("active_from can only be changed while the "
                                      "registration is scheduled.", param="active_from")
        start = _time(p.active_from, now)
        if start < now - _CLOCK_SKEW:
            raise InvalidRequestError("active_from must be `now` or a time in the future.",
                                      param="active_from")
        doc["active_from"] = max(start, now)
    if p.sent("expires_at"):
        if p.expires_at is None:
            doc["expires_at"] = None
        else:
            end = _time(p.expires_at, now)
            if end < now - _CLOCK_SKEW:
                raise InvalidRequestError("expires_at must be `now` or a time in the future.",
                                          param="expires_at")
            doc["expires_at"] = max(end, now)
    if doc["expires_at"] is not None and doc["expires_at"] < doc["active_from"]:
        raise InvalidRequestError("expires_at must be later than active_from.",
                                  param="expires_at")
    _render(doc, now)
    await ctx.objects.save(doc)
    return doc


async def list_registrations(ctx: Context, p: RegistrationListParams) -> ListPage:
    """Registrations, newest first; `status` filters by the status as of now."""
    now = ctx.now()
    docs = [_render(doc, now) for doc in await ctx.objects.all(REGISTRATION)]
    if p.status is not None and p.status != "all":
        docs = [doc for doc in docs if doc["status"] == p.status]
    return page_in_memory(docs, p, url=_URL, thing="registration")


@functools.lru_cache(maxsize=4096)
def _engine_registration(stored: str) -> engine.Registration:
    """A stored registration in the engine's terms (memoised by its text: every calculation
    reads all of the account's registrations)."""
    doc = orjson.loads(stored)
    country = doc["country"]
    options = doc["country_options"][country.lower()]
    state = None
    if country == "US":
        state = options["state"]
    elif country == "CA" and options.get("province_standard"):
        state = options["province_standard"]["province"]
    standard = options.get("standard")
    return engine.Registration(
        country=country, type=options["type"], state=state,
        place_of_supply_scheme=standard["place_of_supply_scheme"] if standard else None,
        active_from=doc["active_from"], expires_at=doc["expires_at"])


async def active_on(ctx: Context, when: int) -> tuple[engine.Registration, ...]:
    """The account's registrations active at `when`, in the engine's terms."""
    rows = await ctx.objects.rows(REGISTRATION, limit=EVERY,
                                  filters=[Filter("active_from", when, op="<=")])
    registrations = (_engine_registration(row.data) for row in rows)
    return tuple(r for r in registrations if r.active_at(when))
