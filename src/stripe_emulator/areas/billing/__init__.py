"""Billing: customers, products, prices, payment methods, subscriptions, invoices,
payments, balance and test clocks."""

from stripe_emulator.areas.billing import (
    balance,
    charges,
    customers,
    invoices,
    payment_intents,
    payment_methods,
    prices,
    products,
    subscriptions,
    test_clocks,
    topups,
)
from stripe_emulator.areas.billing import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.billing import endpoints_payment_methods as _pm  # noqa: F401
from stripe_emulator.areas.billing import endpoints_payments as _payments  # noqa: F401
from stripe_emulator.areas.billing import endpoints_subscriptions as _subs  # noqa: F401
from stripe_emulator.areas.billing import endpoints_test_clocks as _clocks  # noqa: F401
from stripe_emulator.areas.billing import jobs as _jobs  # noqa: F401  (registers)

__all__ = ["balance", "charges", "customers", "invoices", "payment_intents",
           "payment_methods", "prices", "products", "subscriptions", "test_clocks", "topups"]
