"""stripe-emulator: a stateful local server that speaks Stripe's HTTP API."""

from __future__ import annotations

__all__ = ["API_VERSION", "__version__"]

__version__ = "0.1.0"

#: The one API version whose shapes this server renders (stripe==16.1.0).
API_VERSION = "2026-10-28.endive"
