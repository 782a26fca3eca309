"""Balance settings (`GET/POST /v1/balance_settings`): one per account, the payout schedule
(default: daily automatic payouts) and the settlement timing; every update emits
`balance_settings.updated`.

What each setting does here: `payments.payouts.schedule` drives automatic payouts (see
`payouts`); `settlement_timing.delay_days_override` is how many days later charge funds
become available (default 2, Stripe's US minimum); `settlement_timing.start_of_day` is when
the account's automatic payouts run (default 00:00 UTC); `payments.payouts.statement_descriptor`
is the automatic payouts' descriptor. [local] Minimum balances and automatic transfers to a
FinancialAccount are refused (not served).
"""

from __future__ import annotations

import copy
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing
from stripe_emulator.areas.payments.sdk_params import (
    BalanceSettingsUpdateParams,
    BalanceSettingsUpdateParamsPaymentsPayoutsSchedule,
    BalanceSettingsUpdateParamsPaymentsSettlementTiming,
)
from stripe_emulator.events import emit

__all__ = ["DEFAULT_DELAY_DAYS", "delay_days", "load", "retrieve", "statement_descriptor",
           "update"]

#: The stored object's type and (fixed, per account) id; the id is dropped when shown.
SETTINGS = "balance_settings"
#: Days charge funds stay pending: Stripe's minimum for US accounts.
DEFAULT_DELAY_DAYS = 2
MAX_DELAY_DAYS = 31
_SCHEDULE = "payments[payouts][schedule]"
_TIMING = "payments[settlement_timing]"


def _default() -> dict[str, Any]:
    return {
        "object": SETTINGS,
        "payments": {
            "debit_negative_balances": True,
            "payouts": {
                # {} rather than null: the SDK cannot read a null map of rules.
                "automatic_transfer_rules_by_currency": {},
                "minimum_balance_by_currency": None,
                "schedule": {"interval": "daily", "monthly_payout_days": None,
                             "weekly_payout_days": None},
                "statement_descriptor": None,
                "status": "enabled",
            },
            "settlement_timing": {"delay_days": DEFAULT_DELAY_DAYS,
                                  "delay_days_override": None, "start_of_day": None},
        },
    }


async def _stored(ctx: Context) -> dict[str, Any] | None:
    return await ctx.objects.get(SETTINGS, SETTINGS)


def _shown(stored: dict[str, Any] | None) -> dict[str, Any]:
    if stored is None:
        return _default()
    stored.pop("id", None)
    return stored


async def load(ctx: Context) -> dict[str, Any]:
    """The account's settings as the wire shows them (the defaults until first updated)."""
    return _shown(await _stored(ctx))


async def retrieve(ctx: Context) -> dict[str, Any]:
    """The balance settings object."""
    return await load(ctx)


async def delay_days(ctx: Context) -> int:
    """Days a charge's funds stay pending before they become available."""
    stored = await _stored(ctx)
    if stored is None:
        return DEFAULT_DELAY_DAYS
    return int(stored["payments"]["settlement_timing"]["delay_days"])


def statement_descriptor(settings: dict[str, Any]) -> str | None:
    """The statement descriptor of the account's automatic payouts."""
    value: str | None = settings["payments"]["payouts"]["statement_descriptor"]
    return value


def _schedule(current: dict[str, Any],
              p: BalanceSettingsUpdateParamsPaymentsPayoutsSchedule) -> dict[str, Any]:
    interval = p.interval if p.interval is not None else current["interval"]
    weekly = p.weekly_payout_days if p.sent("weekly_payout_days") else None
    monthly = p.monthly_payout_days if p.sent("monthly_payout_days") else None
    if weekly is not None and interval != "weekly":
        raise InvalidRequestError("weekly_payout_days can only be set when interval is weekly.",
                                  param=f"{_SCHEDULE}[weekly_payout_days]")
    if monthly is not None and interval != "monthly":
        raise InvalidRequestError("monthly_payout_days can only be set when interval is "
                                  "monthly.", param=f"{_SCHEDULE}[monthly_payout_days]")
    out: dict[str, Any] = {"interval": interval, "monthly_payout_days": None,
                           "weekly_payout_days": None}
    if interval == "weekly":
        days = weekly if weekly is not None else current["weekly_payout_days"]
        if not days:
            raise ParameterMissing(f"{_SCHEDULE}[weekly_payout_days]",
                                   "weekly_payout_days is required when interval is weekly.")
        order = ("monday", "tuesday", "wednesday", "thursday", "friday")
        out["weekly_payout_days"] = sorted(set(days), key=order.index)
    elif interval == "monthly":
        mdays = monthly if monthly is not None else current["monthly_payout_days"]
        if not mdays:
            raise ParameterMissing(f"{_SCHEDULE}[monthly_payout_days]",
                                   "monthly_payout_days is required when interval is monthly.")
        if any(not 1 <= d <= 31 for d in mdays):
            raise InvalidRequestError("monthly_payout_days must be days of the month, between "
                                      "1 and 31.", param=f"{_SCHEDULE}[monthly_payout_days]")
        out["monthly_payout_days"] = sorted(set(mdays))
    return out


def _timing(current: dict[str, Any],
            p: BalanceSettingsUpdateParamsPaymentsSettlementTiming) -> dict[str, Any]:
    out = dict(current)
    if p.sent("delay_days_override"):
        override = p.delay_days_override
        if override is not None and not DEFAULT_DELAY_DAYS <= override <= MAX_DELAY_DAYS:
            raise InvalidRequestError(
                f"delay_days_override must be between {DEFAULT_DELAY_DAYS} (the minimum for "
                f"this account) and {MAX_DELAY_DAYS}.",
                param=f"{_TIMING}[delay_days_override]")
        out["delay_days_override"] = override
        out["delay_days"] = override if override is not None else DEFAULT_DELAY_DAYS
    if p.sent("start_of_day"):
        start = p.start_of_day
        if start is None:
            out["start_of_day"] = None
        else:
            merged = dict(current["start_of_day"] or {})
            merged.update({k: getattr(start, k) for k in ("hour", "minutes", "timezone")
                           if start.sent(k)})
            for key in ("hour", "minutes", "timezone"):
                if merged.get(key) is None:
                    raise ParameterMissing(f"{_TIMING}[start_of_day][{key}]")
            if not 0 <= merged["hour"] <= 23:
                raise InvalidRequestError("hour must be between 0 and 23.",
                                          param=f"{_TIMING}[start_of_day][hour]")
            if merged["minutes"] not in (0, 30):
                raise InvalidRequestError("minutes must be either 0 or 30.",
                                          param=f"{_TIMING}[start_of_day][minutes]")
            try:
                ZoneInfo(merged["timezone"])
            except (ZoneInfoNotFoundError, ValueError):
                raise InvalidRequestError(
                    f"Invalid timezone: {merged['timezone']}. It must be an IANA time zone "
                    "name, such as America/New_York.",
                    param=f"{_TIMING}[start_of_day][timezone]") from None
            out["start_of_day"] = {"hour": merged["hour"], "minutes": merged["minutes"],
                                   "timezone": merged["timezone"]}
    return out


def _previous(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """`previous_attributes` of a nested object: the old values of what changed, nested."""
    out: dict[str, Any] = {}
    for key, old in before.items():
        new = after.get(key)
        if old == new:
            continue
        out[key] = _previous(old, new) if isinstance(old, dict) and isinstance(new, dict) \
            else old
    return out


async def update(ctx: Context, p: BalanceSettingsUpdateParams) -> dict[str, Any]:
    """Change the payout schedule, settlement timing or other balance settings."""
    # Concurrent first updates would both find no row and both insert it: one at a time.
    await ctx.objects.lock(SETTINGS)
    stored = await _stored(ctx)
    before = _shown(copy.deepcopy(stored))
    after = copy.deepcopy(before)
    payments = p.payments
    if payments is not None:
        if payments.debit_negative_balances is not None:
            after["payments"]["debit_negative_balances"] = payments.debit_negative_balances
        payouts = payments.payouts
        if payouts is not None:
            target = after["payments"]["payouts"]
            if payouts.minimum_balance_by_currency:
                raise InvalidRequestError(
                    "Minimum balances for automatic payouts are not available for this "
                    "account.", param="payments[payouts][minimum_balance_by_currency]")
            if payouts.automatic_transfer_rules_by_currency:
                raise InvalidRequestError(
                    "Automatic transfers to a FinancialAccount are not available for this "
                    "account.", param="payments[payouts][automatic_transfer_rules_by_currency]")
            if payouts.schedule is not None:
                target["schedule"] = _schedule(target["schedule"], payouts.schedule)
            if payouts.sent("statement_descriptor"):
                descriptor = payouts.statement_descriptor
                if descriptor is not None and len(descriptor) > 22:
                    raise InvalidRequestError(
                        "The statement descriptor must be at most 22 characters long.",
                        param="payments[payouts][statement_descriptor]")
                target["statement_descriptor"] = descriptor or None
        if payments.settlement_timing is not None:
            after["payments"]["settlement_timing"] = _timing(
                after["payments"]["settlement_timing"], payments.settlement_timing)
    if stored is not None:
        await ctx.objects.save({"id": SETTINGS, **after})
    else:
        await ctx.objects.insert({"id": SETTINGS, **after}, created=ctx.now())
    await emit(ctx, "balance_settings.updated", after,
               previous_attributes=_previous(before, after))
    return after
