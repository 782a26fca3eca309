"""Params of the area's operator routes (`/_emulator/...`), which the SDK does not describe."""

from __future__ import annotations

from stripe_emulator.api.params import Params

__all__ = ["AttemptResendParams", "AttemptRetrieveParams", "EndpointAttemptListParams",
           "EndpointHealthParams", "EventAttemptListParams", "EventResendParams"]


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
