"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class TestClockCreateParams(Params):
    customer: str | None = None
    expand: list[str] | None = None
    frozen_time: int
    name: str | None = None


class TestClockRetrieveParams(Params):
    expand: list[str] | None = None


class TestClockListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class TestClockDeleteParams(Params):
    pass


class TestClockAdvanceParams(Params):
    expand: list[str] | None = None
    frozen_time: int


TestClockCreateParams.model_rebuild()
TestClockRetrieveParams.model_rebuild()
TestClockListParams.model_rebuild()
TestClockDeleteParams.model_rebuild()
TestClockAdvanceParams.model_rebuild()
