"""Shapes of the webhooks area: the WebhookEndpoint document and the param models the
endpoints take (the generated ones, with `enabled_events` checked against our catalogue)."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

from stripe_emulator.areas.webhooks.params import (
    WebhookEndpointCreateParams,
    WebhookEndpointUpdateParams,
)

__all__ = ["WebhookEndpoint", "WebhookEndpointCreate", "WebhookEndpointUpdate"]


class WebhookEndpoint(TypedDict):
    id: str
    object: Literal["webhook_endpoint"]
    api_version: str | None
    application: str | None
    created: int
    description: str | None
    enabled_events: list[str]
    livemode: bool
    metadata: dict[str, str]
    #: Only in the create response; never stored on the document.
    secret: NotRequired[str]
    status: Literal["enabled", "disabled"]
    url: str


class WebhookEndpointCreate(WebhookEndpointCreateParams):
    """The SDK's create params; `enabled_events` entries are checked by the service against
    `events.types` (which also knows `crypto.onramp_session_updated`, outside the SDK enum)."""

    # Wider than the SDK's enum on purpose: checked against our catalogue instead.
    enabled_events: list[str]  # type: ignore[assignment]


class WebhookEndpointUpdate(WebhookEndpointUpdateParams):
    """The SDK's update params, `enabled_events` as for create."""

    enabled_events: list[str] | None = None  # type: ignore[assignment]
