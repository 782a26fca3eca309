"""Webhooks: webhook endpoints, and the signed, durable delivery of every event to the
endpoints that asked for it (routing, attempts, retries, resend)."""

from stripe_emulator.areas.webhooks import delivery as _delivery  # noqa: F401  (the job)
from stripe_emulator.areas.webhooks import endpoints as _endpoints  # noqa: F401  (registers)
from stripe_emulator.areas.webhooks import endpoints_operator as _operator  # noqa: F401
from stripe_emulator.areas.webhooks import routing as _routing  # noqa: F401  (the router)
from stripe_emulator.areas.webhooks import webhook_endpoints

__all__ = ["webhook_endpoints"]
