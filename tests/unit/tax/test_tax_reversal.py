"""Reversal arithmetic of spec section 9."""

from __future__ import annotations

import pytest

from stripe_emulator.areas.tax.engine.errors import ReversalInvalid
from stripe_emulator.areas.tax.engine.reversal import (
    MAX_PARTIAL_REVERSALS,
    SHIPPING,
    OriginalLine,
    ReversalRequest,
    check_partial_reversal_count,
    flat_amount_reversal,
    full_reversal,
    partial_reversal,
)

LINES = (
    OriginalLine("li_a", amount=10000, amount_tax=725),
    OriginalLine("li_b", amount=5375, amount_tax=375, tax_behavior="inclusive"),
    OriginalLine(SHIPPING, amount=500, amount_tax=36),
)


class TestFullReversal:
    def test_negates_everything(self) -> None:
        out = full_reversal(LINES)
        assert [(r.key, r.amount, r.amount_tax) for r in out] == [
            ("li_a", -10000, -725), ("li_b", -5375, -375), (SHIPPING, -500, -36)]

    def test_does_not_net_earlier_partials(self) -> None:
        line = OriginalLine("li_a", 1000, 70, reversed_amount=-500, reversed_amount_tax=-35)
        assert full_reversal([line])[0].amount == -1000


class TestPartialReversal:
    def test_records_given_amounts(self) -> None:
        out = partial_reversal(LINES, [ReversalRequest("li_a", -4000, -290, "line_items[0]")])
        assert (out[0].amount, out[0].amount_tax) == (-4000, -290)

    def test_refuses_more_than_left(self) -> None:
        line = OriginalLine("li_a", 1000, 70, reversed_amount=-800, reversed_amount_tax=-56)
        with pytest.raises(ReversalInvalid) as caught:
            partial_reversal([line], [ReversalRequest("li_a", -201, -14, "line_items[0]")])
        assert caught.value.param == "line_items[0][amount]"
        with pytest.raises(ReversalInvalid) as caught:
            partial_reversal([line], [ReversalRequest("li_a", -200, -15, "line_items[0]")])
        assert caught.value.param == "line_items[0][amount_tax]"

    def test_refuses_positive_amounts(self) -> None:
        with pytest.raises(ReversalInvalid):
            partial_reversal(LINES, [ReversalRequest(SHIPPING, 100, 0, "shipping_cost")])

    def test_refuses_unknown_line(self) -> None:
        with pytest.raises(ReversalInvalid) as caught:
            partial_reversal(LINES, [ReversalRequest("li_x", -1, 0, "line_items[0]")])
        assert caught.value.param == "line_items[0][original_line_item]"

    def test_inclusive_tax_within_amount(self) -> None:
        with pytest.raises(ReversalInvalid):
            partial_reversal(LINES, [ReversalRequest("li_b", -100, -200, "line_items[0]")])

    def test_limit_of_partials(self) -> None:
        check_partial_reversal_count(MAX_PARTIAL_REVERSALS - 1)
        with pytest.raises(ReversalInvalid):
            check_partial_reversal_count(MAX_PARTIAL_REVERSALS)


class TestFlatAmountReversal:
    def test_proportional_split_adds_up(self) -> None:
        out = flat_amount_reversal(LINES, -5000)
        assert sum(r.amount + (r.amount_tax if r.key != "li_b" else 0) for r in out) == -5000
        by_key = {r.key: r for r in out}
        # shares 3223.4 / 1615.5 / 161.1 round to 4999: the spare unit goes to the largest (li_a)
        assert (by_key["li_a"].amount, by_key["li_a"].amount_tax) == (-3006, -218)
        # li_b is inclusive: its amount carries the whole share, tax included
        assert by_key["li_b"].amount == -1615 and by_key["li_b"].amount_tax == -113

    def test_full_flat_amount_empties_every_line(self) -> None:
        out = flat_amount_reversal(LINES, -(10725 + 5375 + 536))
        assert [(r.amount, r.amount_tax) for r in out] == [(-10000, -725), (-5375, -375),
                                                           (-500, -36)]

    def test_fully_refunded_line_gets_zero(self) -> None:
        done = OriginalLine("li_done", 1000, 70, reversed_amount=-1000, reversed_amount_tax=-70)
        out = flat_amount_reversal([done, LINES[0]], -100)
        assert (out[0].amount, out[0].amount_tax) == (0, 0)

    def test_refuses_more_than_left(self) -> None:
        with pytest.raises(ReversalInvalid) as caught:
            flat_amount_reversal(LINES, -(10725 + 5375 + 536 + 1))
        assert caught.value.param == "flat_amount"
