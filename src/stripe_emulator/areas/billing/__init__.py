"""Billing: customers and products (the foundation); prices, subscriptions, invoices,
payment methods, balance and test clocks build on them."""

from stripe_emulator.areas.billing import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.billing import customers, products

__all__ = ["customers", "products"]
