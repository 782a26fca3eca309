"""Core: customers, products and prices, the objects every other area refers to."""

from stripe_emulator.areas.core import customers, prices, products
from stripe_emulator.areas.core import endpoints as _endpoints  # noqa: F401  (registers)

__all__ = ["customers", "prices", "products"]
