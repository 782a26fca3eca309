"""Billing: subscriptions, their invoices, and test clocks (the time objects on a clock
live at)."""

from stripe_emulator.areas.billing import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.billing import endpoints_test_helpers as _helpers  # noqa: F401
from stripe_emulator.areas.billing import invoices, subscriptions, testmode_clocks
from stripe_emulator.areas.billing import jobs as _jobs  # noqa: F401  (registers)
from stripe_emulator.areas.billing import models as _models  # noqa: F401  (expandable fields)

__all__ = ["invoices", "subscriptions", "testmode_clocks"]
