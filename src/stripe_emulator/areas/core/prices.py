"""Prices: create (with `product_data`), retrieve, update (mutable fields only), list;
lookup keys unique per account; what a price costs for a quantity; `price.*` events.

What Stripe shows only expanded (`tiers`, `currency_options`) is kept off the document, in
the price's `price.private` record.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing, ParametersExclusive
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import check_currency, merge_metadata
from stripe_emulator.areas.core import new_products
from stripe_emulator.areas.core.sdk_params import (
    PriceCreateParams,
    PriceListParams,
    PriceUpdateParams,
)
from stripe_emulator.events import changed_attributes, emit

__all__ = ["amount_for", "create", "create_inline", "list_prices", "retrieve", "tiers_of",
           "update"]

#: Longest recurring interval (SDK 16.1.0: "three years (3 years, 36 months, or 156 weeks)").
MAX_INTERVAL = {"day": 1095, "week": 156, "month": 36, "year": 3}
LOOKUP_KEY_MAX = 200


def _p(prefix: str, name: str) -> str:
    """The wire name of `name` under `prefix` (`default_price_data[currency]`)."""
    return f"{prefix}[{name}]" if prefix else name


def _decimal_str(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _recurring(p: Any, prefix: str = "recurring") -> dict[str, Any] | None:
    if p is None:
        return None
    count = p.interval_count if p.interval_count is not None else 1
    if count < 1:
        raise InvalidRequestError("Invalid integer: interval_count must be at least 1.",
                                  param=f"{prefix}[interval_count]")
    if count > MAX_INTERVAL[p.interval]:
        raise InvalidRequestError(
            "The maximum billing interval is three years (3 years, 36 months, 156 weeks or "
            f"1095 days); you requested {count} {p.interval}s.",
            param=f"{prefix}[interval_count]")
    usage = getattr(p, "usage_type", None) or "licensed"
    meter = getattr(p, "meter", None)
    if usage == "metered" and not meter:
        raise ParameterMissing(f"{prefix}[meter]",
                               "Metered prices must be backed by a meter: "
                               f"{prefix}[meter] is required.")
    trial = getattr(p, "trial_period_days", None)
    if trial is not None and not 0 <= trial <= 730:
        raise InvalidRequestError("The trial period must be between 0 and 730 days.",
                                  param=f"{prefix}[trial_period_days]")
    return {"interval": p.interval, "interval_count": count, "meter": meter,
            "trial_period_days": trial, "usage_type": usage}


def _tiers(p: Any) -> list[dict[str, Any]] | None:
    if not p.tiers:
        return None
    tiers = []
    for i, t in enumerate(p.tiers):
        last = i == len(p.tiers) - 1
        if (t.up_to == "inf") != last:
            raise InvalidRequestError("Only the last tier may (and must) have `up_to=inf`.",
                                      param=f"tiers[{i}][up_to]")
        unit = t.unit_amount_decimal if t.unit_amount_decimal is not None else (
            Decimal(t.unit_amount) if t.unit_amount is not None else None)
        flat = t.flat_amount_decimal if t.flat_amount_decimal is not None else (
            Decimal(t.flat_amount) if t.flat_amount is not None else None)
        tiers.append({
            "flat_amount": int(flat) if flat is not None and flat == int(flat) else None,
            "flat_amount_decimal": _decimal_str(flat) if flat is not None else None,
            "unit_amount": int(unit) if unit is not None and unit == int(unit) else None,
            "unit_amount_decimal": _decimal_str(unit) if unit is not None else None,
            "up_to": None if t.up_to == "inf" else t.up_to,
        })
    return tiers


def _unit_amount(p: Any) -> tuple[int | None, str | None]:
    if p.unit_amount is not None and getattr(p, "unit_amount_decimal", None) is not None:
        raise ParametersExclusive("unit_amount", "unit_amount_decimal")
    if p.unit_amount is not None:
        if p.unit_amount < 0:
            raise InvalidRequestError("This value must be greater than or equal to 0.",
                                      param="unit_amount")
        return p.unit_amount, str(p.unit_amount)
    decimal = getattr(p, "unit_amount_decimal", None)
    if decimal is not None:
        if decimal < 0:
            raise InvalidRequestError("This value must be greater than or equal to 0.",
                                      param="unit_amount_decimal")
        whole = int(decimal) if decimal == int(decimal) else None
        return whole, _decimal_str(decimal)
    return None, None


async def _claim_lookup_key(ctx: Context, key: str, *, transfer: bool, keep: str | None,
                            now: int) -> None:
    """Make `key` free for a price: refuse when taken, or move it with `transfer`."""
    if len(key) > LOOKUP_KEY_MAX:
        raise InvalidRequestError(
            f"Invalid lookup_key: must be at most {LOOKUP_KEY_MAX} characters.",
            param="lookup_key")
    other = await ctx.objects.find("price", Filter("lookup_key", key))
    if other is None or other["id"] == keep:
        return
    if not transfer:
        raise InvalidRequestError(
            f"A price ({other['id']}) already uses that lookup key. Pass "
            "transfer_lookup_key=true to move it to this price.", param="lookup_key")
    after = dict(other, lookup_key=None)
    await ctx.objects.save(after)
    await emit(ctx, "price.updated", after, previous_attributes={"lookup_key": key},
               created=now)


async def _build(ctx: Context, p: Any, *, product: str, now: int, active: bool = True,
                 prefix: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    """(price document, private extras) from any params carrying a price's fields."""
    billing_scheme = getattr(p, "billing_scheme", None) or "per_unit"
    unit_amount, unit_amount_decimal = _unit_amount(p)
    custom = getattr(p, "custom_unit_amount", None)
    custom_doc = None
    if custom is not None and custom.enabled:
        if unit_amount_decimal is not None:
            raise ParametersExclusive("custom_unit_amount", "unit_amount")
        custom_doc = {"maximum": custom.maximum, "minimum": custom.minimum,
                      "preset": custom.preset}
    tiers = None
    tiers_mode = None
    if billing_scheme == "tiered":
        tiers = _tiers(p)
        if tiers is None:
            raise ParameterMissing(_p(prefix, "tiers"))
        tiers_mode = getattr(p, "tiers_mode", None)
        if tiers_mode is None:
            raise ParameterMissing(_p(prefix, "tiers_mode"))
        if unit_amount_decimal is not None:
            raise InvalidRequestError("Tiered prices take their amounts from `tiers`, not "
                                      "`unit_amount`.", param=_p(prefix, "unit_amount"))
    elif unit_amount_decimal is None and custom_doc is None:
        raise ParameterMissing(
            _p(prefix, "unit_amount"),
            "You must specify either `unit_amount`, `unit_amount_decimal` or "
            "`custom_unit_amount` for a per-unit price.")
    recurring = _recurring(getattr(p, "recurring", None), _p(prefix, "recurring"))
    transform = getattr(p, "transform_quantity", None)
    if transform is not None and transform.divide_by < 1:
        raise InvalidRequestError("This value must be greater than or equal to 1.",
                                  param=_p(prefix, "transform_quantity") + "[divide_by]")
    price = {
        "id": ctx.new_id("price"),
        "object": "price",
        "active": active if getattr(p, "active", None) is None else p.active,
        "billing_scheme": billing_scheme,
        "created": now,
        "currency": check_currency(p.currency, _p(prefix, "currency")),
        "custom_unit_amount": custom_doc,
        "livemode": False,
        "lookup_key": getattr(p, "lookup_key", None),
        "metadata": getattr(p, "metadata", None) or {},
        "nickname": getattr(p, "nickname", None),
        "product": product,
        "recurring": recurring,
        "tax_behavior": getattr(p, "tax_behavior", None) or "unspecified",
        "tiers_mode": tiers_mode,
        "transform_quantity": None if transform is None else {
            "divide_by": transform.divide_by, "round": transform.round},
        "type": "recurring" if recurring else "one_time",
        "unit_amount": unit_amount,
        "unit_amount_decimal": unit_amount_decimal,
    }
    extras: dict[str, Any] = {"tiers": tiers}
    options = getattr(p, "currency_options", None)
    if options:
        extras["currency_options"] = {
            check_currency(code, _p(prefix, "currency_options")): _currency_option(o)
            for code, o in options.items()}
    return price, extras


def _currency_option(o: Any) -> dict[str, Any]:
    unit_amount, unit_amount_decimal = _unit_amount(o)
    custom = o.custom_unit_amount
    return {"custom_unit_amount": None if custom is None or not custom.enabled else {
                "maximum": custom.maximum, "minimum": custom.minimum, "preset": custom.preset},
            "tax_behavior": o.tax_behavior or "unspecified",
            "tiers": _tiers(o),
            "unit_amount": unit_amount, "unit_amount_decimal": unit_amount_decimal}


async def _insert(ctx: Context, price: dict[str, Any], extras: dict[str, Any], *,
                  transfer: bool, now: int) -> dict[str, Any]:
    if price["lookup_key"] is not None:
        await _claim_lookup_key(ctx, price["lookup_key"], transfer=transfer, keep=None, now=now)
    await ctx.objects.insert(price)
    if any(v is not None for v in extras.values()):
        await ctx.objects.insert({"id": _private_id(price["id"]), "object": PRIVATE,
                                  "created": 0, **extras})
    await emit(ctx, "price.created", price, created=now)
    return price


async def create(ctx: Context, p: PriceCreateParams) -> dict[str, Any]:
    """Create a price for `product`, or for a product made from `product_data`."""
    if p.product is not None and p.product_data is not None:
        raise ParametersExclusive("product", "product_data")
    if p.product is None and p.product_data is None:
        raise ParameterMissing("product", "You must specify either `product` or "
                                          "`product_data` when creating a price.")
    now = ctx.now()
    price, extras = await _build(ctx, p, product="", now=now)
    if p.product is not None:
        await ctx.objects.load("product", p.product, param="product")
        price["product"] = p.product
    elif p.product_data is not None:
        price["product"] = (await new_products.insert(ctx, p.product_data))["id"]
    return await _insert(ctx, price, extras, transfer=bool(p.transfer_lookup_key), now=now)


async def create_inline(ctx: Context, data: Any, *, product: str | None, now: int,
                        prefix: str, active: bool = True) -> dict[str, Any]:
    """A price from `default_price_data` / `items[i][price_data]` (same rules as create)."""
    if product is None:
        product = getattr(data, "product", None)
        if not product:
            raise ParameterMissing(_p(prefix, "product"))
        await ctx.objects.load("product", product, param=_p(prefix, "product"))
    price, extras = await _build(ctx, data, product=product, now=now, active=active,
                                 prefix=prefix)
    return await _insert(ctx, price, extras, transfer=False, now=now)


async def retrieve(ctx: Context, price_id: str) -> Row:
    """A price (prices are never deleted, only archived)."""
    return await ctx.objects.load_row("price", price_id)


async def update(ctx: Context, price_id: str, p: PriceUpdateParams) -> dict[str, Any]:
    """Change what Stripe lets change: active, metadata, nickname, lookup key, tax behavior
    (once), currency options. Amounts, currency and recurrence are fixed for good."""
    now = ctx.now()
    before = await ctx.objects.load("price", price_id)
    after = dict(before)
    if p.sent("active") and p.active is not None:
        after["active"] = p.active
    if p.sent("nickname"):
        after["nickname"] = p.nickname
    if p.sent("tax_behavior") and p.tax_behavior is not None:
        if before["tax_behavior"] not in ("unspecified", p.tax_behavior):
            raise InvalidRequestError(
                "tax_behavior cannot be changed once it is set to exclusive or inclusive.",
                param="tax_behavior")
        after["tax_behavior"] = p.tax_behavior
    if p.sent("lookup_key"):
        if p.lookup_key:
            await _claim_lookup_key(ctx, p.lookup_key, transfer=bool(p.transfer_lookup_key),
                                    keep=price_id, now=now)
        after["lookup_key"] = p.lookup_key or None
    if before["active"] and not after["active"]:
        product = await ctx.objects.get("product", before["product"])
        if product is not None and product.get("default_price") == price_id:
            raise InvalidRequestError(
                "This price cannot be archived because it is the default price of its "
                "product.", param="active")
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    if p.sent("currency_options"):
        await _update_currency_options(ctx, price_id, p)
    previous = changed_attributes(before, after)
    if previous:
        await ctx.objects.save(after)
        await emit(ctx, "price.updated", after, previous_attributes=previous, created=now)
    return after


async def _update_currency_options(ctx: Context, price_id: str, p: PriceUpdateParams) -> None:
    extras = await _extras(ctx, price_id)
    options = {} if p.currency_options is None else {
        check_currency(code, "currency_options"): _currency_option(o)
        for code, o in p.currency_options.items()}
    extras["currency_options"] = options or None
    await _save_extras(ctx, price_id, extras)


async def list_prices(ctx: Context, p: PriceListParams) -> ListPage:
    """Prices, newest first; filters active, product, type, currency, lookup_keys[],
    recurring[interval|usage_type|meter]."""
    filters = []
    if p.active is not None:
        filters.append(Filter("active", p.active))
    if p.product is not None:
        filters.append(Filter("product", p.product))
    if p.type is not None:
        filters.append(Filter("type", p.type))
    if p.currency is not None:
        filters.append(Filter("currency", p.currency.lower()))
    if p.lookup_keys:
        if len(p.lookup_keys) > 10:
            raise InvalidRequestError("You may pass at most 10 lookup_keys.",
                                      param="lookup_keys")
        filters.append(Filter("lookup_key", tuple(p.lookup_keys), op="in"))
    if p.recurring is not None:
        for name in ("interval", "usage_type", "meter"):
            value = getattr(p.recurring, name)
            if value is not None:
                filters.append(Filter(f"recurring.{name}", value))
    return await list_objects(ctx, "price", p, url="/v1/prices", filters=filters)


# -- amounts -----------------------------------------------------------------------------

def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _transformed(price: dict[str, Any], quantity: int) -> int:
    transform = price.get("transform_quantity")
    if not transform:
        return quantity
    q = quantity / int(transform["divide_by"])
    return math.ceil(q) if transform["round"] == "up" else math.floor(q)


def _tier_amount(tier: dict[str, Any], units: int) -> Decimal:
    unit = Decimal(tier["unit_amount_decimal"] or 0)
    flat = Decimal(tier["flat_amount_decimal"] or 0)
    return unit * units + (flat if units else 0)


def amount_for(price: dict[str, Any], quantity: int,
               tiers: list[dict[str, Any]] | None = None) -> int:
    """What `quantity` of `price` costs, in the currency's minor unit."""
    if price["billing_scheme"] == "tiered" and tiers:
        if price["tiers_mode"] == "volume":
            for tier in tiers:
                if tier["up_to"] is None or quantity <= tier["up_to"]:
                    return _round(_tier_amount(tier, quantity))
            return 0
        total, below = Decimal(0), 0
        for tier in tiers:
            upper = tier["up_to"]
            units = (quantity if upper is None else min(quantity, upper)) - below
            if units > 0:
                total += _tier_amount(tier, units)
            if upper is None or quantity <= upper:
                break
            below = upper
        return _round(total)
    unit = Decimal(price["unit_amount_decimal"] or 0)
    return _round(unit * _transformed(price, quantity))


async def tiers_of(ctx: Context, price: dict[str, Any]) -> list[dict[str, Any]] | None:
    """A tiered price's tiers (kept off the document: Stripe shows them only expanded)."""
    if price["billing_scheme"] != "tiered":
        return None
    tiers: list[dict[str, Any]] | None = (await _extras(ctx, price["id"])).get("tiers")
    return tiers


# -- expand-only fields ------------------------------------------------------------------

#: The record of what a price keeps off its document.
PRIVATE = "price.private"


def _private_id(price_id: str) -> str:
    return f"{price_id}.private"


async def _extras(ctx: Context, price_id: str) -> dict[str, Any]:
    return await ctx.objects.get(PRIVATE, _private_id(price_id)) or {}


async def _save_extras(ctx: Context, price_id: str, extras: dict[str, Any]) -> None:
    if extras.get("id"):
        await ctx.objects.save(extras)
    else:
        await ctx.objects.insert({"id": _private_id(price_id), "object": PRIVATE,
                                  "created": 0, **extras})


async def _tiers_field(ctx: Context, price: dict[str, Any]) -> Any:
    return await tiers_of(ctx, price)


async def _currency_options_field(ctx: Context, price: dict[str, Any]) -> Any:
    own = {price["currency"]: {"custom_unit_amount": price["custom_unit_amount"],
                               "tax_behavior": price["tax_behavior"],
                               "tiers": await tiers_of(ctx, price),
                               "unit_amount": price["unit_amount"],
                               "unit_amount_decimal": price["unit_amount_decimal"]}}
    return {**own, **((await _extras(ctx, price["id"])).get("currency_options") or {})}


includable("price", "currency_options", _currency_options_field)
includable("price", "tiers", _tiers_field)
