"""Payments: payment methods (and the card vault), payment intents, charges, the balance
with its transactions, and top-ups."""

from stripe_emulator.areas.payments import (
    balance,
    charges,
    payment_intents,
    payment_methods,
    topups,
)
from stripe_emulator.areas.payments import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.payments import endpoints_payment_methods as _pm  # noqa: F401
from stripe_emulator.areas.payments import jobs as _jobs  # noqa: F401  (registers)

__all__ = ["balance", "charges", "payment_intents", "payment_methods", "topups"]
