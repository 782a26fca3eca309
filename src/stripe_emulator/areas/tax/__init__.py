"""Stripe Tax: settings, registrations, tax codes, calculations, transactions (the API), the
pure engine behind them, and `invoicing`, the automatic tax service Billing calls."""

from stripe_emulator.areas.tax import (
    calculations,
    invoicing,
    registrations,
    settings,
    tax_codes,
    transactions,
)
from stripe_emulator.areas.tax import endpoints as _endpoints  # noqa: F401  (registers)

__all__ = ["calculations", "invoicing", "registrations", "settings", "tax_codes", "transactions"]
