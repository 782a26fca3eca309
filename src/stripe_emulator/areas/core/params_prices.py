"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class PriceCreateParamsCurrencyOptionsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceCreateParamsCurrencyOptionsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceCreateParamsCurrencyOptions(Params):
    custom_unit_amount: PriceCreateParamsCurrencyOptionsCustomUnitAmount | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceCreateParamsCurrencyOptionsTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceCreateParamsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceCreateParamsProductDataTaxDetails(Params):
    performance_location: str | None = None
    tax_code: Annotated[str | None, EMPTYABLE] = None


class PriceCreateParamsProductData(Params):
    active: bool | None = None
    id: str | None = None
    metadata: Metadata | None = None
    name: str
    statement_descriptor: str | None = None
    tax_code: str | None = None
    tax_details: PriceCreateParamsProductDataTaxDetails | None = None
    unit_label: str | None = None


class PriceCreateParamsRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year']
    interval_count: int | None = None
    meter: str | None = None
    trial_period_days: int | None = None
    usage_type: Literal['licensed', 'metered'] | None = None


class PriceCreateParamsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceCreateParamsTransformQuantity(Params):
    divide_by: int
    round: Literal['down', 'up']


class PriceCreateParams(Params):
    active: bool | None = None
    billing_scheme: Literal['per_unit', 'tiered'] | None = None
    currency: str
    currency_options: dict[str, PriceCreateParamsCurrencyOptions] | None = None
    custom_unit_amount: PriceCreateParamsCustomUnitAmount | None = None
    expand: list[str] | None = None
    lookup_key: str | None = None
    metadata: Metadata | None = None
    nickname: str | None = None
    product: str | None = None
    product_data: PriceCreateParamsProductData | None = None
    recurring: PriceCreateParamsRecurring | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceCreateParamsTier] | None = None
    tiers_mode: Literal['graduated', 'volume'] | None = None
    transfer_lookup_key: bool | None = None
    transform_quantity: PriceCreateParamsTransformQuantity | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceUpdateParamsCurrencyOptionsCustomUnitAmount(Params):
    enabled: bool
    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class PriceUpdateParamsCurrencyOptionsTier(Params):
    flat_amount: int | None = None
    flat_amount_decimal: Decimal | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None
    up_to: Literal['inf'] | int


class PriceUpdateParamsCurrencyOptions(Params):
    custom_unit_amount: PriceUpdateParamsCurrencyOptionsCustomUnitAmount | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    tiers: list[PriceUpdateParamsCurrencyOptionsTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: Decimal | None = None


class PriceUpdateParams(Params):
    active: bool | None = None
    currency_options: Annotated[dict[str, PriceUpdateParamsCurrencyOptions] | None, EMPTYABLE] = None
    expand: list[str] | None = None
    lookup_key: str | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    nickname: str | None = None
    tax_behavior: Literal['exclusive', 'inclusive', 'unspecified'] | None = None
    transfer_lookup_key: bool | None = None


class PriceListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class PriceListParamsRecurring(Params):
    interval: Literal['day', 'month', 'week', 'year'] | None = None
    meter: str | None = None
    usage_type: Literal['licensed', 'metered'] | None = None


class PriceListParams(Params):
    active: bool | None = None
    created: PriceListParamsCreated | int | None = None
    currency: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    lookup_keys: list[str] | None = None
    product: str | None = None
    recurring: PriceListParamsRecurring | None = None
    starting_after: str | None = None
    type: Literal['one_time', 'recurring'] | None = None


class PriceRetrieveParams(Params):
    expand: list[str] | None = None


PriceCreateParamsCurrencyOptionsCustomUnitAmount.model_rebuild()
PriceCreateParamsCurrencyOptionsTier.model_rebuild()
PriceCreateParamsCurrencyOptions.model_rebuild()
PriceCreateParamsCustomUnitAmount.model_rebuild()
PriceCreateParamsProductDataTaxDetails.model_rebuild()
PriceCreateParamsProductData.model_rebuild()
PriceCreateParamsRecurring.model_rebuild()
PriceCreateParamsTier.model_rebuild()
PriceCreateParamsTransformQuantity.model_rebuild()
PriceCreateParams.model_rebuild()
PriceUpdateParamsCurrencyOptionsCustomUnitAmount.model_rebuild()
PriceUpdateParamsCurrencyOptionsTier.model_rebuild()
PriceUpdateParamsCurrencyOptions.model_rebuild()
PriceUpdateParams.model_rebuild()
PriceListParamsCreated.model_rebuild()
PriceListParamsRecurring.model_rebuild()
PriceListParams.model_rebuild()
PriceRetrieveParams.model_rebuild()
