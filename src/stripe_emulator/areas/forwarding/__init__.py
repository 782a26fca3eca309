"""Forwarding (Vault and Forward): card data sent once to a destination the operator
enabled, with redacted copies of the exchange kept for 30 days."""

from stripe_emulator.areas.forwarding import destinations, requests
from stripe_emulator.areas.forwarding import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.forwarding import jobs as _jobs  # noqa: F401  (registers)

__all__ = ["destinations", "requests"]
