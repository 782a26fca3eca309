"""Payout dates: the next automatic payout on a schedule, arrival dates, timelines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from stripe_emulator.areas.payments.payout_calendar import (
    Timeline,
    arrival_date,
    next_automatic_payout,
    timeline,
)


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def at(stamp: int | None) -> str:
    assert stamp is not None
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="minutes")


def test_daily_runs_every_business_day_at_midnight_utc() -> None:
    daily = {"interval": "daily"}
    assert at(next_automatic_payout(ts("2026-01-01T10:00:00"), daily, None)) == \
        "2026-01-02T00:00+00:00"  # Thursday -> Friday
    assert at(next_automatic_payout(ts("2026-01-02T10:00:00"), daily, None)) == \
        "2026-01-05T00:00+00:00"  # Friday -> Monday
    # Strictly after: at midnight itself, the next day's run.
    assert at(next_automatic_payout(ts("2026-01-05T00:00:00"), daily, None)) == \
        "2026-01-06T00:00+00:00"


def test_weekly_days() -> None:
    weekly = {"interval": "weekly", "weekly_payout_days": ["monday", "thursday"]}
    assert at(next_automatic_payout(ts("2026-01-01T10:00:00"), weekly, None)) == \
        "2026-01-05T00:00+00:00"
    assert at(next_automatic_payout(ts("2026-01-05T10:00:00"), weekly, None)) == \
        "2026-01-08T00:00+00:00"


def test_monthly_days_past_the_end_of_a_shorter_month_run_on_its_last_day() -> None:
    monthly = {"interval": "monthly", "monthly_payout_days": [31]}
    assert at(next_automatic_payout(ts("2026-02-03T00:00:00"), monthly, None)) == \
        "2026-02-28T00:00+00:00"
    assert at(next_automatic_payout(ts("2026-02-28T12:00:00"), monthly, None)) == \
        "2026-03-31T00:00+00:00"
    both = {"interval": "monthly", "monthly_payout_days": [1, 15]}
    assert at(next_automatic_payout(ts("2026-01-02T00:00:00"), both, None)) == \
        "2026-01-15T00:00+00:00"


def test_manual_has_no_automatic_payout() -> None:
    assert next_automatic_payout(ts("2026-01-01T00:00:00"), {"interval": "manual"}, None) \
        is None


def test_start_of_day_in_the_accounts_time_zone() -> None:
    start = {"hour": 9, "minutes": 30, "timezone": "America/New_York"}
    # 2026-01-01 10:00 UTC is 05:00 in New York: that day's 09:30 is still ahead.
    assert at(next_automatic_payout(ts("2026-01-01T10:00:00"), {"interval": "daily"},
                                    start)) == "2026-01-01T14:30+00:00"
    # In summer (EDT, UTC-4).
    assert at(next_automatic_payout(ts("2026-07-01T14:00:00"), {"interval": "daily"},
                                    start)) == "2026-07-02T13:30+00:00"


def test_arrival_is_the_next_business_day() -> None:
    assert at(arrival_date(ts("2026-01-01T22:51:00"))) == "2026-01-02T00:00+00:00"
    assert at(arrival_date(ts("2026-01-02T08:00:00"))) == "2026-01-05T00:00+00:00"
    assert at(arrival_date(ts("2026-01-03T08:00:00"))) == "2026-01-05T00:00+00:00"


def test_timelines() -> None:
    assert timeline("test") == Timeline(submit=1, arrive=2, reconcile=1)
    assert timeline("3600,5,0") == Timeline(submit=3600, arrive=5, reconcile=0)
    on_arrival = timeline("arrival_date")
    assert on_arrival.arrival(100, 5000) == 5000 and on_arrival.arrival(6000, 5000) == 6000
    assert timeline("1,2,3").arrival(100, 5000) == 102
    for bad in ("fast", "1,2", "1,-2,3"):
        with pytest.raises(ValueError, match="payout_timeline"):
            timeline(bad)
