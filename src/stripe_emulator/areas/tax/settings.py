"""Tax settings (`GET/POST /v1/tax/settings`): one per account, `pending` until a head office
address with a country exists; every update emits `tax.settings.updated`."""

from __future__ import annotations

import copy
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.shapes import address
from stripe_emulator.areas.tax import engine
from stripe_emulator.areas.tax.api_errors import TaxNotActive, invalid_country
from stripe_emulator.areas.tax.engine.code_catalog import get_tax_code
from stripe_emulator.areas.tax.models import SETTINGS, SETTINGS_ID, is_country
from stripe_emulator.areas.tax.sdk_params import SettingsUpdateParams
from stripe_emulator.events import emit
from stripe_emulator.events.emitter import changed_attributes

__all__ = ["head_office", "load", "require_active", "retrieve", "update"]


def _default() -> dict[str, Any]:
    return {
        "defaults": {"provider": "stripe", "tax_behavior": None, "tax_code": None},
        "head_office": None,
        "livemode": False,
        "object": SETTINGS,
        "status": "pending",
        "status_details": {"active": None, "pending": {"missing_fields": ["head_office"]}},
    }


def _with_status(settings: dict[str, Any]) -> dict[str, Any]:
    office = settings["head_office"]
    if office is not None and (office.get("address") or {}).get("country"):
        settings["status"] = "active"
        settings["status_details"] = {"active": {}, "pending": None}
    else:
        settings["status"] = "pending"
        settings["status_details"] = {"active": None,
                                      "pending": {"missing_fields": ["head_office"]}}
    return settings


async def _stored(ctx: Context) -> dict[str, Any] | None:
    """The account's stored settings (with the row id), None while never updated."""
    return await ctx.objects.get(SETTINGS, SETTINGS_ID)


def _shown(stored: dict[str, Any] | None) -> dict[str, Any]:
    if stored is None:
        return _default()
    stored.pop("id", None)
    return stored


async def load(ctx: Context) -> dict[str, Any]:
    """The account's settings as the wire shows them (defaults when never updated)."""
    return _shown(await _stored(ctx))


async def retrieve(ctx: Context) -> dict[str, Any]:
    """The settings object."""
    return await load(ctx)


def _check_country(country: str | None) -> str | None:
    if country is None:
        return None
    code = country.strip().upper()
    if not is_country(code):
        raise invalid_country(country, "head_office[address][country]")
    return code


async def update(ctx: Context, p: SettingsUpdateParams) -> dict[str, Any]:
    """Change defaults and/or the head office (set values cannot be unset)."""
    # Concurrent first updates would both find no row and both insert it: one at a time.
    await ctx.objects.lock(SETTINGS_ID)
    stored = await _stored(ctx)
    exists = stored is not None
    before = _shown(stored)
    after = copy.deepcopy(before)
    if p.defaults is not None:
        if p.defaults.sent("tax_behavior"):
            after["defaults"]["tax_behavior"] = p.defaults.tax_behavior
        if p.defaults.sent("tax_code"):
            if get_tax_code(p.defaults.tax_code or "") is None:
                raise InvalidRequestError("Invalid tax code", param="defaults[tax_code]")
            after["defaults"]["tax_code"] = p.defaults.tax_code
    if p.head_office is not None:
        office = address(p.head_office.address, upper_country=True)
        assert office is not None  # `address` is required by the params model
        office["country"] = _check_country(office["country"])
        after["head_office"] = {"address": office}
    _with_status(after)
    if exists:
        await ctx.objects.save({"id": SETTINGS_ID, **after})
    else:
        await ctx.objects.insert({"id": SETTINGS_ID, **after}, created=ctx.now())
    await emit(ctx, "tax.settings.updated", after,
               previous_attributes=changed_attributes(before, after))
    return after


def head_office(settings: dict[str, Any]) -> engine.Address | None:
    """The head office address as the engine takes it (None while pending)."""
    office = settings.get("head_office")
    addr = (office or {}).get("address") or {}
    if not addr.get("country"):
        return None
    return engine.Address(country=addr["country"], state=addr.get("state"),
                          postal_code=addr.get("postal_code"), city=addr.get("city"),
                          line1=addr.get("line1"), line2=addr.get("line2"))


async def require_active(ctx: Context, param: str | None = None) -> dict[str, Any]:
    """The settings, or the 400 for an account whose tax settings are still pending."""
    settings = await load(ctx)
    if settings["status"] != "active":
        raise TaxNotActive(param)
    return settings
