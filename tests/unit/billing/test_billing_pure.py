"""Billing's pure helpers: card numbers, billing periods, what a price costs."""

from __future__ import annotations

import datetime

import pytest

from stripe_emulator.api.errors import CardError
from stripe_emulator.areas.billing.periods import add_interval, next_period_end
from stripe_emulator.areas.core.prices import amount_for
from stripe_emulator.areas.payments import cards, testmode_cards

JAN31 = 1_769_817_600  # 2026-01-31T00:00:00Z


def _ts(y: int, m: int, d: int) -> int:
    return int(datetime.datetime(y, m, d, tzinfo=datetime.UTC).timestamp())


class TestCards:
    def test_catalogue_numbers_pass_luhn_and_match_their_brand(self) -> None:
        for card in testmode_cards._CARDS:
            assert cards.luhn_ok(card.number), card.brand
            assert cards.brand_of(card.number) == card.brand, card.number[-4:]

    def test_luhn_failure(self) -> None:
        with pytest.raises(CardError) as e:
            cards.check_number("4242 4242 4242 4241")
        assert e.value.code == "incorrect_number"

    def test_expiry(self) -> None:
        today = datetime.date(2026, 5, 10)
        assert cards.check_expiry(5, 26, today) == (5, 2026)
        with pytest.raises(CardError) as e:
            cards.check_expiry(4, 2026, today)
        assert e.value.code == "invalid_expiry_month"
        with pytest.raises(CardError) as e:
            cards.check_expiry(1, 2025, today)
        assert e.value.code == "invalid_expiry_year"

    def test_magic_ids_and_tokens(self) -> None:
        card = testmode_cards.by_magic_id("pm_card_chargeCustomerFail")
        assert card is not None and card.decline is None and card.charge_decline is not None
        assert testmode_cards.by_magic_id("tok_visa") is testmode_cards.by_magic_id("pm_card_visa")


class TestPeriods:
    def test_month_end_anchor_is_clamped_then_restored(self) -> None:
        assert add_interval(JAN31, "month") == _ts(2026, 2, 28)
        assert next_period_end(JAN31, "month", 1, _ts(2026, 2, 28)) == _ts(2026, 3, 31)

    def test_weeks_days_years(self) -> None:
        assert add_interval(JAN31, "week", 2) == JAN31 + 14 * 86400
        assert add_interval(_ts(2024, 2, 29), "year") == _ts(2025, 2, 28)
        assert next_period_end(JAN31, "day", 3, JAN31 + 7 * 86400) == JAN31 + 9 * 86400


def _price(**kw: object) -> dict[str, object]:
    price: dict[str, object] = {"billing_scheme": "per_unit", "unit_amount_decimal": "1000",
                                "transform_quantity": None, "tiers_mode": None}
    price.update(kw)
    return price


class TestAmounts:
    def test_per_unit_and_decimal(self) -> None:
        assert amount_for(_price(), 3) == 3000
        assert amount_for(_price(unit_amount_decimal="0.5"), 3) == 2  # 1.5 rounds half up

    def test_transform_quantity(self) -> None:
        price = _price(transform_quantity={"divide_by": 10, "round": "up"})
        assert amount_for(price, 11) == 2000

    def test_tiers(self) -> None:
        tiers = [{"up_to": 5, "unit_amount_decimal": "100", "flat_amount_decimal": "50"},
                 {"up_to": None, "unit_amount_decimal": "80", "flat_amount_decimal": None}]
        graduated = _price(billing_scheme="tiered", tiers_mode="graduated")
        volume = _price(billing_scheme="tiered", tiers_mode="volume")
        assert amount_for(graduated, 7, tiers) == 5 * 100 + 50 + 2 * 80
        assert amount_for(volume, 7, tiers) == 7 * 80
        assert amount_for(volume, 5, tiers) == 5 * 100 + 50
