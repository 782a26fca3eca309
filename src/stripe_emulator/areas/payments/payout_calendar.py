"""Payout dates, pure: when an account's next automatic payout runs on its schedule, when a
payout arrives in the bank, and the timeline a payout follows once created.

[local] choices, documented in the README: automatic payouts run at the account's start of
day (00:00 UTC, or `settlement_timing.start_of_day` in its time zone); `daily` means every
business day (Monday to Friday, as Stripe's weekly days are); a payout arrives at 00:00 UTC
of the next business day after its creation (no bank holidays).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["WEEKDAYS", "Timeline", "arrival_date", "next_automatic_payout", "timeline"]

#: Stripe's payout days of the week (`weekly_payout_days`), Monday first.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")
DAY = 86400
#: How far ahead a schedule is searched (a monthly schedule always matches within it).
_HORIZON_DAYS = 400


def _runs_on(day: date, schedule: dict[str, Any]) -> bool:
    interval = schedule.get("interval")
    if interval == "daily":
        return day.weekday() < 5
    if interval == "weekly":
        return day.weekday() < 5 and \
            WEEKDAYS[day.weekday()] in (schedule.get("weekly_payout_days") or [])
    if interval == "monthly":
        last = calendar.monthrange(day.year, day.month)[1]
        # Days past the end of a shorter month run on its last day.
        return day.day in {min(d, last) for d in schedule.get("monthly_payout_days") or []}
    return False


def next_automatic_payout(after: int, schedule: dict[str, Any],
                          start_of_day: dict[str, Any] | None) -> int | None:
    """The first time strictly after `after` at which `schedule` (BalanceSettings'
    `payments.payouts.schedule`) pays out; None for a manual schedule."""
    if schedule.get("interval") not in ("daily", "weekly", "monthly"):
        return None
    if start_of_day:
        zone: Any = ZoneInfo(start_of_day["timezone"])
        hour, minute = int(start_of_day["hour"]), int(start_of_day["minutes"])
    else:
        zone, hour, minute = UTC, 0, 0
    today = datetime.fromtimestamp(after, zone).date()
    for offset in range(_HORIZON_DAYS):
        day = today + timedelta(days=offset)
        if not _runs_on(day, schedule):
            continue
        at = int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).timestamp())
        if at > after:
            return at
    return None


def arrival_date(created: int) -> int:
    """00:00 UTC of the first business day after the day of `created`."""
    day = datetime.fromtimestamp(created, UTC).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


@dataclass(slots=True, frozen=True)
class Timeline:
    """Seconds from creation to `in_transit`, from then to `paid` (or `failed`; None: at the
    payout's arrival date), and from then to an automatic payout's reconciliation."""

    submit: int
    arrive: int | None
    reconcile: int

    def arrival(self, in_transit_at: int, arrival: int) -> int:
        """When a payout that went in transit at `in_transit_at` is paid (or fails)."""
        return max(in_transit_at, arrival) if self.arrive is None else in_transit_at + self.arrive


def timeline(setting: str) -> Timeline:
    """The `payout_timeline` setting: "test", "arrival_date" or "submit,arrive,reconcile"
    seconds."""
    if setting == "test":
        return Timeline(submit=1, arrive=2, reconcile=1)
    if setting == "arrival_date":
        return Timeline(submit=0, arrive=None, reconcile=0)
    parts = setting.split(",")
    try:
        submit, arrive, reconcile = (int(p) for p in parts)
    except ValueError:
        raise ValueError(f"payout_timeline {setting!r}: expected test, arrival_date or "
                         "three whole numbers of seconds (submit,arrive,reconcile)") from None
    if min(submit, arrive, reconcile) < 0:
        raise ValueError(f"payout_timeline {setting!r}: seconds cannot be negative")
    return Timeline(submit=submit, arrive=arrive, reconcile=reconcile)
