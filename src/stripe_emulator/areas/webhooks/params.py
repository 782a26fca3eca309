"""Hand-written params of the area: the SDK's webhook endpoint params with `enabled_events`
widened (checked against the event catalogue by the service), and the operator routes'
(`/_emulator/...`), which the SDK does not describe."""

from __future__ import annotations

from stripe_emulator.api.params import Params
from stripe_emulator.areas.webhooks.sdk_params import (
    WebhookEndpointCreateParams,
    WebhookEndpointUpdateParams,
)

__all__ = ["AttemptResendParams", "AttemptRetrieveParams", "EndpointAttemptListParams",
           "EndpointHealthParams", "EventAttemptListParams", "EventResendParams",
           "WebhookEndpointCreate", "WebhookEndpointUpdate"]


class EndpointHealthParams(Params):
    pass


class EndpointAttemptListParams(Params):
    event: str | None = None
    limit: int | None = None
    starting_after: str | None = None


class EventAttemptListParams(Params):
    webhook_endpoint: str | None = None
    limit: int | None = None
    starting_after: str | None = None


class AttemptRetrieveParams(Params):
    pass


class AttemptResendParams(Params):
    pass


class EventResendParams(Params):
    webhook_endpoint: str


class WebhookEndpointCreate(WebhookEndpointCreateParams):
    """The SDK's create params; `enabled_events` entries are checked by the service against
    `events.catalog` (which also knows `crypto.onramp_session_updated`, outside the SDK enum)."""

    # Wider than the SDK's enum on purpose: checked against our catalogue instead.
    enabled_events: list[str]  # type: ignore[assignment]


class WebhookEndpointUpdate(WebhookEndpointUpdateParams):
    """The SDK's update params, `enabled_events` as for create."""

    enabled_events: list[str] | None = None  # type: ignore[assignment]
