# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the climate area (`areas/climate/`), made from the SDK's
TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested models it
uses:

- `climate.OrderCancelParams`
- `climate.OrderCreateParams`
- `climate.OrderListParams`
- `climate.OrderRetrieveParams`
- `climate.OrderUpdateParams`
- `climate.ProductListParams`
- `climate.ProductRetrieveParams`
- `climate.SupplierListParams`
- `climate.SupplierRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class OrderCancelParams(Params):
    expand: list[str] | None = None


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


class OrderListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class OrderRetrieveParams(Params):
    expand: list[str] | None = None


class OrderUpdateParamsBeneficiary(Params):
    public_name: Annotated[str | None, EMPTYABLE]


class OrderUpdateParams(Params):
    beneficiary: Annotated[OrderUpdateParamsBeneficiary | None, EMPTYABLE] = None
    expand: list[str] | None = None
    metadata: Metadata | None = None


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


OrderCancelParams.model_rebuild()
OrderCreateParamsBeneficiary.model_rebuild()
OrderCreateParams.model_rebuild()
OrderListParams.model_rebuild()
OrderRetrieveParams.model_rebuild()
OrderUpdateParamsBeneficiary.model_rebuild()
OrderUpdateParams.model_rebuild()
ProductListParams.model_rebuild()
ProductRetrieveParams.model_rebuild()
SupplierListParams.model_rebuild()
SupplierRetrieveParams.model_rebuild()
