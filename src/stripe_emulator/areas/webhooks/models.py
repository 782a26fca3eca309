"""Shapes of the webhooks area: the WebhookEndpoint document, field for field."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

__all__ = ["WebhookEndpoint"]


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
