"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


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
