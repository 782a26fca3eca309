"""Param models written by hand, closed like every other (unknown params are refused):

- the test helpers' (`/v1/test_helpers/climate/...`): Stripe has no such endpoints, so the
  SDK has no TypedDicts for them;
- the order update's: the generated model plus `metadata=""` (clear all metadata), which
  the SDK's docstring promises but its type leaves out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params
from stripe_emulator.areas.climate.sdk_params import OrderUpdateParams

__all__ = [
    "ClimateOrderUpdateParams",
    "ClimateOrderDelayParams",
    "ClimateOrderDeliverParams",
    "ClimateOrderSubstituteProductParams",
    "ClimateOrderSupplierCancelParams",
    "ClimatePricePerTonParams",
    "ClimateProductCreateParams",
    "ClimateProductUpdateParams",
]


class ClimateOrderDeliverParams(Params):
    expand: list[str] | None = None


class ClimateOrderDelayParams(Params):
    expand: list[str] | None = None
    #: Default: the year after the later of the current expected year and this year.
    expected_delivery_year: int | None = None


class ClimateOrderSubstituteProductParams(Params):
    expand: list[str] | None = None
    product: str


class ClimateOrderSupplierCancelParams(Params):
    expand: list[str] | None = None


class ClimatePricePerTonParams(Params):
    amount_subtotal: int
    #: Default: Frontier's 3 % of the subtotal.
    amount_fees: int | None = None


class ClimateProductCreateParams(Params):
    current_prices_per_metric_ton: dict[str, ClimatePricePerTonParams]
    delivery_year: int
    expand: list[str] | None = None
    #: `climsku_<slug>`; default: a generated id.
    id: str | None = None
    metric_tons_available: Decimal
    name: str
    suppliers: list[str]


class ClimateProductUpdateParams(Params):
    #: Currencies named are repriced (or added); the others keep their price.
    current_prices_per_metric_ton: dict[str, ClimatePricePerTonParams] | None = None
    expand: list[str] | None = None
    metric_tons_available: Decimal | None = None


class ClimateOrderUpdateParams(OrderUpdateParams):
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
