# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the forwarding area (`areas/forwarding/`), made from the
SDK's TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested
models it uses:

- `forwarding.RequestCreateParams`
- `forwarding.RequestListParams`
- `forwarding.RequestRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Literal

from stripe_emulator.api.params import Metadata, Params


class RequestCreateParamsRequestHeader(Params):
    name: str
    value: str


class RequestCreateParamsRequest(Params):
    body: str | None = None
    headers: list[RequestCreateParamsRequestHeader] | None = None


class RequestCreateParams(Params):
    expand: list[str] | None = None
    metadata: Metadata | None = None
    payment_method: str
    replacements: list[Literal['card_cvc', 'card_expiry', 'card_number', 'cardholder_name', 'request_signature']]
    request: RequestCreateParamsRequest
    url: str


class RequestListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class RequestListParams(Params):
    created: RequestListParamsCreated | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class RequestRetrieveParams(Params):
    expand: list[str] | None = None


RequestCreateParamsRequestHeader.model_rebuild()
RequestCreateParamsRequest.model_rebuild()
RequestCreateParams.model_rebuild()
RequestListParamsCreated.model_rebuild()
RequestListParams.model_rebuild()
RequestRetrieveParams.model_rebuild()
