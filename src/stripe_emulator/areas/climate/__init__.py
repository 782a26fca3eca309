"""Climate (Frontier carbon removal): the shipped catalogue of products and suppliers, and
orders paid from the account's balance, delivered on the clock or by test helpers."""

from stripe_emulator.areas.climate import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.climate import endpoints_test_helpers as _helpers  # noqa: F401
from stripe_emulator.areas.climate import jobs as _jobs  # noqa: F401  (registers)
from stripe_emulator.areas.climate import orders, products, suppliers

__all__ = ["orders", "products", "suppliers"]
