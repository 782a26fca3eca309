"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class EventListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class EventListParams(Params):
    created: EventListParamsCreated | int | None = None
    delivery_success: bool | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    type: str | None = None
    types: list[str] | None = None


class EventRetrieveParams(Params):
    expand: list[str] | None = None


EventListParamsCreated.model_rebuild()
EventListParams.model_rebuild()
EventRetrieveParams.model_rebuild()
