"""Entitlements: features, product features, and customers' active entitlements, kept
materialized from subscription events."""

from stripe_emulator.areas.entitlements import active_entitlements, features, product_features
from stripe_emulator.areas.entitlements import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.entitlements import recalculation as _recalculation  # noqa: F401

__all__ = ["active_entitlements", "features", "product_features"]
