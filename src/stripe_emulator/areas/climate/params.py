"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class OrderCreateParamsBeneficiary(Params):
    public_name: str


class OrderCreateParams(Params):
    amount: int | None = None
    beneficiary: OrderCreateParamsBeneficiary | None = None
    currency: str | None = None
    expand: list[str] | None = None
    metadata: Metadata | None = None
    metric_tons: Decimal | None = None
    product: str


class OrderUpdateParamsBeneficiary(Params):
    public_name: Annotated[str | None, EMPTYABLE]


class OrderUpdateParams(Params):
    beneficiary: Annotated[OrderUpdateParamsBeneficiary | None, EMPTYABLE] = None
    expand: list[str] | None = None
    metadata: Metadata | None = None


class OrderListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class OrderRetrieveParams(Params):
    expand: list[str] | None = None


class OrderCancelParams(Params):
    expand: list[str] | None = None


class ProductListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class ProductRetrieveParams(Params):
    expand: list[str] | None = None


class SupplierListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class SupplierRetrieveParams(Params):
    expand: list[str] | None = None


OrderCreateParamsBeneficiary.model_rebuild()
OrderCreateParams.model_rebuild()
OrderUpdateParamsBeneficiary.model_rebuild()
OrderUpdateParams.model_rebuild()
OrderListParams.model_rebuild()
OrderRetrieveParams.model_rebuild()
OrderCancelParams.model_rebuild()
ProductListParams.model_rebuild()
ProductRetrieveParams.model_rebuild()
SupplierListParams.model_rebuild()
SupplierRetrieveParams.model_rebuild()
