"""Params of the operator's key routes (`/_emulator/keys`), which the SDK does not describe."""

from __future__ import annotations

from typing import Literal

from stripe_emulator.api.params import Params

__all__ = ["KeyCreateParams", "KeyListParams", "KeyRevokeParams"]


class KeyListParams(Params):
    pass


class KeyCreateParams(Params):
    #: Publishable keys are issued by the server, one per account; only restricted keys
    #: are created on request.
    type: Literal["restricted"]
    name: str
    #: resource -> read | write (checked against `api.permissions`, with Stripe's errors).
    permissions: dict[str, str] | None = None


class KeyRevokeParams(Params):
    pass
