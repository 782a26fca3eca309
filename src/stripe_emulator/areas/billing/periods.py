"""Billing periods in UTC: adding day/week/month/year intervals the way Stripe bills them
(a month after Jan 31 is the last day of February; the anchor's day returns after)."""

from __future__ import annotations

import calendar
import datetime

__all__ = ["add_interval", "next_period_end"]

_DAY = 86400


def _add_months(ts: int, months: int) -> int:
    dt = datetime.datetime.fromtimestamp(ts, datetime.UTC)
    month0 = dt.month - 1 + months
    year, month = dt.year + month0 // 12, month0 % 12 + 1
    day = min(dt.day, calendar.monthrange(year, month)[1])
    return int(dt.replace(year=year, month=month, day=day).timestamp())


def add_interval(ts: int, interval: str, count: int = 1) -> int:
    """`ts` plus `count` intervals."""
    if interval == "day":
        return ts + count * _DAY
    if interval == "week":
        return ts + count * 7 * _DAY
    if interval == "month":
        return _add_months(ts, count)
    if interval == "year":
        return _add_months(ts, 12 * count)
    raise ValueError(f"unknown interval {interval!r}")


def next_period_end(anchor: int, interval: str, count: int, after: int) -> int:
    """The first period boundary counted from `anchor` that is later than `after`.

    Boundaries are computed from the anchor (never chained), so a Jan 31 anchor bills on
    Feb 28, then Mar 31.
    """
    n = 1
    if interval in ("day", "week"):
        step = (1 if interval == "day" else 7) * _DAY * count
        n = max(1, (after - anchor) // step + 1)
    end = add_interval(anchor, interval, count * n)
    while end <= after:
        n += 1
        end = add_interval(anchor, interval, count * n)
    return end
