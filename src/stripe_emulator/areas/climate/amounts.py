"""Order pricing, pure: tons as decimals, amounts in minor units (spec/climate.md §3.4).

`amount_subtotal = round_half_up(tons × P)`, `amount_fees = round_half_up(tons × F)`, the
total is their sum. An order by `amount` buys the most tons (in hundredths) whose total
does not exceed the amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from stripe_emulator.api.errors import InvalidRequestError

__all__ = ["MAX_DECIMALS", "Quote", "check_tons", "decimals", "fees_for", "format_tons",
           "quote", "tons_for_amount"]

#: Stripe's decimal fields take at most 12 decimal places.
MAX_DECIMALS = 12
#: The smallest quantity an order by `amount` buys in steps of.
AMOUNT_STEP = Decimal("0.01")
#: Frontier's service fee, as a share of the subtotal (3 %).
FEE_RATE = Decimal("0.03")


@dataclass(frozen=True, slots=True)
class Quote:
    """What `metric_tons` of a product cost in one currency."""

    metric_tons: Decimal
    amount_subtotal: int
    amount_fees: int

    @property
    def amount_total(self) -> int:
        return self.amount_subtotal + self.amount_fees


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def quote(tons: Decimal, price: dict[str, Any]) -> Quote:
    """The amounts of `tons` at `price` (a `current_prices_per_metric_ton` entry)."""
    return Quote(tons, _round(tons * price["amount_subtotal"]),
                 _round(tons * price["amount_fees"]))


def tons_for_amount(amount: int, price: dict[str, Any]) -> Quote:
    """The largest order (in hundredths of a ton) whose total is at most `amount`; its
    `metric_tons` is 0 when `amount` cannot buy a hundredth of a ton."""
    per_ton = Decimal(price["amount_subtotal"] + price["amount_fees"])
    if per_ton <= 0:
        return Quote(Decimal(0), 0, 0)
    tons = (Decimal(amount) / per_ton).quantize(AMOUNT_STEP, rounding=ROUND_DOWN)
    result = quote(tons, price)
    # Rounding subtotal and fees up separately can overshoot by a unit: step back.
    while tons > 0 and result.amount_total > amount:
        tons -= AMOUNT_STEP
        result = quote(tons, price)
    return result


def fees_for(subtotal: int) -> int:
    """Frontier's fee for a per-ton subtotal (3 %, rounded half up)."""
    return _round(Decimal(subtotal) * FEE_RATE)


def decimals(value: Decimal) -> int:
    """How many decimal places `value` is written with."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def format_tons(value: Decimal) -> str:
    """A decimal as Stripe writes decimal strings: plain notation, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def check_tons(value: Decimal, param: str, *, allow_zero: bool = False) -> Decimal:
    """A tons param: finite, positive (or zero when allowed), at most 12 decimal places."""
    if not value.is_finite():
        raise InvalidRequestError(f"Invalid decimal: {value}", param=param)
    if value < 0 or (value == 0 and not allow_zero):
        bound = "greater than or equal to 0" if allow_zero else "greater than 0"
        raise InvalidRequestError(f"Invalid {param}: must be {bound}.", param=param)
    if decimals(value) > MAX_DECIMALS:
        raise InvalidRequestError(
            f"Invalid {param}: must have at most {MAX_DECIMALS} decimal places.", param=param)
    return value
