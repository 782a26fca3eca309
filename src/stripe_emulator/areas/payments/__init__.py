"""Payments: payment methods (and the card vault), payment intents, charges, the balance
with its transactions, top-ups, and payouts (with the balance settings that schedule them
and the account's test bank account)."""

from stripe_emulator.areas.payments import (
    balance,
    balance_settings,
    charges,
    payment_intents,
    payment_methods,
    payouts,
    topups,
)
from stripe_emulator.areas.payments import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.payments import endpoints_operator as _operator  # noqa: F401
from stripe_emulator.areas.payments import endpoints_payment_methods as _pm  # noqa: F401
from stripe_emulator.areas.payments import endpoints_payouts as _payouts  # noqa: F401
from stripe_emulator.areas.payments import jobs as _jobs  # noqa: F401  (registers)

__all__ = ["balance", "balance_settings", "charges", "payment_intents", "payment_methods",
           "payouts", "topups"]
