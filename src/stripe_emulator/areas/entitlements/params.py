"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class FeatureCreateParams(Params):
    expand: list[str] | None = None
    lookup_key: str
    metadata: Metadata | None = None
    name: str


class FeatureUpdateParams(Params):
    active: bool | None = None
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    name: str | None = None


class FeatureListParams(Params):
    archived: bool | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    lookup_key: str | None = None
    starting_after: str | None = None


class FeatureRetrieveParams(Params):
    expand: list[str] | None = None


class ActiveEntitlementListParams(Params):
    customer: str
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class ActiveEntitlementRetrieveParams(Params):
    expand: list[str] | None = None


class ProductFeatureCreateParams(Params):
    entitlement_feature: str
    expand: list[str] | None = None


class ProductFeatureListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class ProductFeatureRetrieveParams(Params):
    expand: list[str] | None = None


class ProductFeatureDeleteParams(Params):
    pass


FeatureCreateParams.model_rebuild()
FeatureUpdateParams.model_rebuild()
FeatureListParams.model_rebuild()
FeatureRetrieveParams.model_rebuild()
ActiveEntitlementListParams.model_rebuild()
ActiveEntitlementRetrieveParams.model_rebuild()
ProductFeatureCreateParams.model_rebuild()
ProductFeatureListParams.model_rebuild()
ProductFeatureRetrieveParams.model_rebuild()
ProductFeatureDeleteParams.model_rebuild()
