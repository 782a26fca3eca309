"""ISO 4217 facts Stripe's amounts depend on: which codes exist, and how many decimals
each currency's minor unit has. Pure data, shared by the API and the tax engine."""

from __future__ import annotations

import functools

__all__ = ["THREE_DECIMAL", "ZERO_DECIMAL", "exponent", "is_currency"]

#: Currencies Stripe charges in whole units (an amount of 100 is 100 yen, not 1 yen).
ZERO_DECIMAL = frozenset({
    "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd",
    "vuv", "xaf", "xof", "xpf",
})
#: Currencies with three decimals in Stripe's amounts.
THREE_DECIMAL = frozenset({"bhd", "jod", "kwd", "omr", "tnd"})


def exponent(code: str) -> int:
    """Decimals of the minor unit: 0 for JPY, 3 for KWD, 2 for most."""
    code = code.lower()
    return 0 if code in ZERO_DECIMAL else 3 if code in THREE_DECIMAL else 2


@functools.cache
def is_currency(code: str) -> bool:
    """Is `code` (lower case) an ISO 4217 currency code?"""
    import pycountry

    return len(code) == 3 and pycountry.currencies.get(alpha_3=code.upper()) is not None
