"""Balance settings through the official SDK: the payout schedule (default daily automatic
payouts) and the settlement timing, `balance_settings.updated`, and automatic payouts
following the schedule by wall-clock time."""

from __future__ import annotations

from typing import Any

import pytest
import stripe

from stripe_emulator.areas.payments.payout_calendar import next_automatic_payout
from stripe_emulator.testing import Account
from tests.api.billing.conftest import DAY, T0, clock_customer, subscribe
from tests.api.core.conftest import create_price
from tests.api.payments.conftest import ServerClock, fund, run_automatic_payout
from tests.conformance import assert_conforms
from tests.polling import wait_for


def _update(client: stripe.StripeClient, **payments: Any) -> stripe.BalanceSettings:
    return client.v1.balance_settings.update({"payments": payments})  # type: ignore[typeddict-item]


def _schedule(client: stripe.StripeClient, **schedule: Any) -> stripe.BalanceSettings:
    return _update(client, payouts={"schedule": schedule})


def _error(excinfo: pytest.ExceptionInfo[stripe.StripeError]) -> dict[str, Any]:
    body: dict[str, Any] = excinfo.value.json_body["error"]  # type: ignore[index]
    return body


class TestSettings:
    def test_defaults(self, client: stripe.StripeClient) -> None:
        settings = client.v1.balance_settings.retrieve()
        assert settings.object == "balance_settings"
        payouts = settings.payments.payouts
        assert payouts is not None and payouts.status == "enabled"
        assert payouts.schedule is not None and payouts.schedule.interval == "daily"
        assert payouts.schedule.weekly_payout_days is None
        assert payouts.schedule.monthly_payout_days is None
        timing = settings.payments.settlement_timing
        assert (timing.delay_days, timing.delay_days_override, timing.start_of_day) == (
            2, None, None)
        assert settings.payments.debit_negative_balances is True
        assert_conforms(settings)
        assert client.v1.events.list({"type": "balance_settings.updated"}).data == []

    def test_weekly_schedule_and_its_event(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as missing:
            _schedule(client, interval="weekly")
        assert _error(missing)["param"] == \
            "payments[payouts][schedule][weekly_payout_days]"
        settings = _schedule(client, interval="weekly",
                             weekly_payout_days=["friday", "monday", "friday"])
        schedule = settings.payments.payouts.schedule  # type: ignore[union-attr]
        assert (schedule.interval, schedule.weekly_payout_days) == (  # type: ignore[union-attr]
            "weekly", ["monday", "friday"])
        assert_conforms(settings)
        event = client.v1.events.list({"type": "balance_settings.updated"}).data[0]
        assert event.data.object["payments"]["payouts"]["schedule"]["interval"] == "weekly"
        assert event.data.previous_attributes.to_dict() == {"payments": {"payouts": {"schedule": {  # type: ignore[attr-defined]
            "interval": "daily", "weekly_payout_days": None}}}}
        # Only the days: the interval stays weekly.
        again = _schedule(client, weekly_payout_days=["wednesday"])
        assert again.payments.payouts.schedule.weekly_payout_days == ["wednesday"]  # type: ignore[union-attr]
        retrieved = client.v1.balance_settings.retrieve().payments.payouts.schedule  # type: ignore[union-attr]
        assert (retrieved.interval, retrieved.weekly_payout_days) == ("weekly", ["wednesday"])  # type: ignore[union-attr]
        with pytest.raises(stripe.InvalidRequestError) as bad_day:
            _schedule(client, weekly_payout_days=["saturday"])
        assert _error(bad_day)["param"] == "payments[payouts][schedule][weekly_payout_days][0]"

    def test_monthly_and_manual_schedules(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as weekly_days:
            _schedule(client, interval="monthly", weekly_payout_days=["monday"])
        assert "interval is weekly" in _error(weekly_days)["message"]
        for days in ([0], [32], []):
            with pytest.raises(stripe.InvalidRequestError):
                _schedule(client, interval="monthly", monthly_payout_days=days)
        settings = _schedule(client, interval="monthly", monthly_payout_days=[31, 15])
        schedule = settings.payments.payouts.schedule  # type: ignore[union-attr]
        assert (schedule.monthly_payout_days, schedule.weekly_payout_days) == ([15, 31], None)  # type: ignore[union-attr]
        manual = _schedule(client, interval="manual").payments.payouts.schedule  # type: ignore[union-attr]
        assert (manual.interval, manual.monthly_payout_days) == ("manual", None)  # type: ignore[union-attr]
        assert len(client.v1.events.list({"type": "balance_settings.updated"}).data) == 2

    def test_settlement_timing_delays_charge_funds(self, client: stripe.StripeClient) -> None:
        for override in (1, 32):
            with pytest.raises(stripe.InvalidRequestError) as bad:
                _update(client, settlement_timing={"delay_days_override": override})
            assert _error(bad)["param"] == "payments[settlement_timing][delay_days_override]"
        timing = _update(client, settlement_timing={"delay_days_override": 5}) \
            .payments.settlement_timing
        assert (timing.delay_days, timing.delay_days_override) == (5, 5)
        _, customer = clock_customer(client)
        subscribe(client, customer.id, create_price(client, unit_amount=1500).id)
        txn = client.v1.balance_transactions.list({"type": "charge"}).data[0]
        assert (txn.status, txn.available_on) == ("pending", T0 + 5 * DAY)
        reset = _update(client, settlement_timing={"delay_days_override": ""})
        assert (reset.payments.settlement_timing.delay_days,
                reset.payments.settlement_timing.delay_days_override) == (2, None)

    def test_start_of_day(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as partial:
            _update(client, settlement_timing={"start_of_day": {"hour": 9}})
        assert _error(partial)["param"] == \
            "payments[settlement_timing][start_of_day][minutes]"
        for bad, param in (({"hour": 9, "minutes": 15, "timezone": "Europe/Paris"}, "minutes"),
                           ({"hour": 24, "minutes": 0, "timezone": "Europe/Paris"}, "hour"),
                           ({"hour": 9, "minutes": 0, "timezone": "Mars/Olympus"}, "timezone")):
            with pytest.raises(stripe.InvalidRequestError) as refused:
                _update(client, settlement_timing={"start_of_day": bad})
            assert _error(refused)["param"] == \
                f"payments[settlement_timing][start_of_day][{param}]"
        settings = _update(client, settlement_timing={"start_of_day": {
            "hour": 9, "minutes": 30, "timezone": "America/New_York"}})
        start = settings.payments.settlement_timing.start_of_day
        assert (start.hour, start.minutes, start.timezone) == (  # type: ignore[union-attr]
            9, 30, "America/New_York")
        assert_conforms(settings)
        cleared = _update(client, settlement_timing={"start_of_day": ""})
        assert cleared.payments.settlement_timing.start_of_day is None

    def test_other_settings(self, client: stripe.StripeClient) -> None:
        settings = _update(client, debit_negative_balances=False,
                           payouts={"statement_descriptor": "ACME SWEEP"})
        assert settings.payments.debit_negative_balances is False
        assert settings.payments.payouts.statement_descriptor == "ACME SWEEP"  # type: ignore[union-attr]
        with pytest.raises(stripe.InvalidRequestError) as long:
            _update(client, payouts={"statement_descriptor": "X" * 23})
        assert _error(long)["param"] == "payments[payouts][statement_descriptor]"
        with pytest.raises(stripe.InvalidRequestError) as minimum:
            _update(client, payouts={"minimum_balance_by_currency": {"usd": 1000}})
        assert _error(minimum)["param"] == "payments[payouts][minimum_balance_by_currency]"
        with pytest.raises(stripe.InvalidRequestError) as unknown:
            _update(client, payouts={"speed": "fast"})
        assert _error(unknown)["code"] == "parameter_unknown"


class TestSchedule:
    """Automatic payouts follow the schedule by wall-clock time (the tests move the server's
    clock instead of waiting)."""

    def test_daily_payout_of_what_became_available(self, held_client: stripe.StripeClient,
                                                   held_clock: ServerClock) -> None:
        _update(held_client, payouts={"statement_descriptor": "DAILY SWEEP"})
        fund(held_client, 1800)
        due = next_automatic_payout(held_clock.now(), {"interval": "daily"}, None)
        assert due is not None and due % DAY == 0
        held_clock.advance(due - held_clock.now() + 1)
        [payout] = wait_for(lambda: held_client.v1.payouts.list().data)
        assert (payout.automatic, payout.amount, payout.statement_descriptor) == (
            True, 1800, "DAILY SWEEP")
        assert payout.created >= due

    def test_weekly_at_the_start_of_day(self, held_client: stripe.StripeClient,
                                        held_clock: ServerClock) -> None:
        schedule = {"interval": "weekly", "weekly_payout_days": ["tuesday"]}
        start = {"hour": 6, "minutes": 30, "timezone": "Asia/Tokyo"}
        _update(held_client, payouts={"schedule": schedule},
                settlement_timing={"start_of_day": start})
        fund(held_client, 600)
        due = next_automatic_payout(held_clock.now(), schedule, start)
        assert due is not None
        held_clock.advance(due - held_clock.now() + 1)
        [payout] = wait_for(lambda: held_client.v1.payouts.list().data)
        assert (payout.amount, payout.automatic) == (600, True)
        assert payout.created >= due

    def test_a_changed_schedule_replaces_the_scheduled_run(
            self, held_client: stripe.StripeClient, held_account: Account,
            held_clock: ServerClock) -> None:
        fund(held_client, 900)  # scheduled for the next business day...
        daily = next_automatic_payout(held_clock.now(), {"interval": "daily"}, None)
        monthly = {"interval": "monthly", "monthly_payout_days": [1]}
        _update(held_client, payouts={"schedule": monthly})  # ... then for the 1st
        due = next_automatic_payout(held_clock.now(), monthly, None)
        assert daily is not None and due is not None
        if daily < due:
            # The daily run is gone: past its time, the funds are still there to pay out.
            held_clock.advance(daily - held_clock.now() + 1)
            [payout] = run_automatic_payout(held_account)
            assert payout["amount"] == 900
            fund(held_client, 400)
        held_clock.advance(due - held_clock.now() + 1)
        latest = wait_for(lambda: [p for p in held_client.v1.payouts.list().data
                                   if p.created >= due])
        assert [p.amount for p in latest] == [400 if daily < due else 900]
