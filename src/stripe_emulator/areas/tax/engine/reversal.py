"""Reversal arithmetic for ``POST /v1/tax/transactions/create_reversal`` (spec section 9).

Pure functions over what the original transaction recorded and what earlier reversals took.
Amounts follow Stripe's convention: originals are positive, reversal amounts are negative (or
zero). For an inclusive line ``amount`` includes its tax; for an exclusive one it does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .errors import ReversalInvalid

__all__ = [
    "MAX_PARTIAL_REVERSALS",
    "SHIPPING",
    "OriginalLine",
    "ReversalAmount",
    "ReversalRequest",
    "check_partial_reversal_count",
    "flat_amount_reversal",
    "full_reversal",
    "partial_reversal",
]

#: Stripe allows at most this many partial reversals of one transaction.
MAX_PARTIAL_REVERSALS = 30
#: The key that stands for the transaction's shipping cost.
SHIPPING = "shipping_cost"


@dataclass(frozen=True, slots=True)
class OriginalLine:
    """One line (or the shipping cost) of the original transaction and what was reversed so far.

    ``reversed_amount``/``reversed_amount_tax`` are the sums of earlier partial reversals of this
    line, as recorded (zero or negative).
    """

    key: str
    amount: int
    amount_tax: int
    tax_behavior: Literal["exclusive", "inclusive"] = "exclusive"
    reversed_amount: int = 0
    reversed_amount_tax: int = 0

    @property
    def amount_left(self) -> int:
        return self.amount + self.reversed_amount

    @property
    def tax_left(self) -> int:
        return self.amount_tax + self.reversed_amount_tax

    @property
    def total_left(self) -> int:
        """What the customer could still be refunded on this line, tax included."""
        return self.amount_left + (self.tax_left if self.tax_behavior == "exclusive" else 0)


@dataclass(frozen=True, slots=True)
class ReversalRequest:
    """A requested partial reversal of one line: ``param`` prefixes error params
    (``line_items[0]`` or ``shipping_cost``)."""

    key: str
    amount: int
    amount_tax: int
    param: str


@dataclass(frozen=True, slots=True)
class ReversalAmount:
    """The amounts a reversal records for one original line (zero or negative)."""

    key: str
    amount: int
    amount_tax: int


def check_partial_reversal_count(existing_partials: int) -> None:
    """Refuse a partial reversal once the transaction already has the maximum."""
    if existing_partials >= MAX_PARTIAL_REVERSALS:
        raise ReversalInvalid(
            f"A transaction can have at most {MAX_PARTIAL_REVERSALS} partial reversals.",
            param="mode")


def full_reversal(lines: Sequence[OriginalLine]) -> tuple[ReversalAmount, ...]:
    """Negate every original line and the shipping cost (earlier partials are not netted)."""
    return tuple(ReversalAmount(line.key, -line.amount, -line.amount_tax) for line in lines)


def partial_reversal(lines: Sequence[OriginalLine],
                     requests: Sequence[ReversalRequest]) -> tuple[ReversalAmount, ...]:
    """Record exactly the requested amounts, after checking each against what remains."""
    by_key = {line.key: line for line in lines}
    seen: set[str] = set()
    out: list[ReversalAmount] = []
    for request in requests:
        line = by_key.get(request.key)
        if line is None:
            raise ReversalInvalid(f"No such line item on the original transaction: "
                                  f"'{request.key}'.", param=f"{request.param}[original_line_item]")
        if request.key in seen:
            raise ReversalInvalid(f"The line item '{request.key}' is reversed more than once.",
                                  param=f"{request.param}[original_line_item]")
        seen.add(request.key)
        for name, value in (("amount", request.amount), ("amount_tax", request.amount_tax)):
            if value > 0:
                raise ReversalInvalid(f"The {name} to reverse must be zero or negative.",
                                      param=f"{request.param}[{name}]")
        if -request.amount > line.amount_left:
            raise ReversalInvalid(
                f"The amount to reverse ({-request.amount}) exceeds what remains on "
                f"'{request.key}' ({line.amount_left}).", param=f"{request.param}[amount]")
        if -request.amount_tax > line.tax_left:
            raise ReversalInvalid(
                f"The tax to reverse ({-request.amount_tax}) exceeds what remains on "
                f"'{request.key}' ({line.tax_left}).", param=f"{request.param}[amount_tax]")
        if line.tax_behavior == "inclusive" and request.amount_tax < request.amount:
            raise ReversalInvalid("For a tax-inclusive line the amount includes the tax, so "
                                  "amount_tax cannot exceed amount.",
                                  param=f"{request.param}[amount_tax]")
        out.append(ReversalAmount(request.key, request.amount, request.amount_tax))
    return tuple(out)


def _half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def flat_amount_reversal(lines: Sequence[OriginalLine],
                         flat_amount: int) -> tuple[ReversalAmount, ...]:
    """Spread a tax-inclusive refund over every line in proportion to what is left on it.

    share_i = flat * left_i / sum(left), rounded half up, the rounding remainder going to the
    largest share (one unit at a time, never past what a line has left); each share then splits
    into tax (share * tax_left_i / left_i, rounded) and the rest. Lines with nothing left get 0/0.
    """
    if flat_amount > 0:
        raise ReversalInvalid("The flat_amount to reverse must be zero or negative.",
                              param="flat_amount")
    refund = -flat_amount
    lefts = [max(line.total_left, 0) for line in lines]
    total = sum(lefts)
    if refund > total:
        raise ReversalInvalid(f"The flat_amount ({refund}) exceeds what remains on the "
                              f"transaction ({total}).", param="flat_amount")
    shares = [_half_up(refund * left, total) if total else 0 for left in lefts]
    remainder = refund - sum(shares)
    order = sorted(range(len(lines)), key=lambda i: (-shares[i], -lefts[i], i))
    while remainder:
        step = 1 if remainder > 0 else -1
        for index in order:
            if remainder == 0:
                break
            if (step > 0 and shares[index] < lefts[index]) or (step < 0 and shares[index] > 0):
                shares[index] += step
                remainder -= step
    out: list[ReversalAmount] = []
    for line, left, share in zip(lines, lefts, shares, strict=True):
        if share == 0 or left == 0:
            out.append(ReversalAmount(line.key, 0, 0))
            continue
        tax_left = max(line.tax_left, 0)
        tax = min(_half_up(share * tax_left, left), tax_left)
        net_left = left - tax_left
        if share - tax > net_left:  # keep both parts within what remains
            tax = share - net_left
        if line.tax_behavior == "inclusive":
            out.append(ReversalAmount(line.key, -share, -tax))
        else:
            out.append(ReversalAmount(line.key, -(share - tax), -tax))
    return tuple(out)
