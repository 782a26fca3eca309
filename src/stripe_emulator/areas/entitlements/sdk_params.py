# GENERATED FILE: do not edit. Regenerate with `make params` (tools/gen_params.py)
# from stripe==16.1.0 and tools/sdk_overlay.py.
"""Param models for the endpoints of the entitlements area (`areas/entitlements/`), made from
the SDK's TypedDicts: one per `sdk=` name of its `@endpoint` declarations, after the nested
models it uses:

- `entitlements.ActiveEntitlementListParams`
- `entitlements.ActiveEntitlementRetrieveParams`
- `entitlements.FeatureCreateParams`
- `entitlements.FeatureListParams`
- `entitlements.FeatureRetrieveParams`
- `entitlements.FeatureUpdateParams`
- `ProductFeatureCreateParams`
- `ProductFeatureDeleteParams`
- `ProductFeatureListParams`
- `ProductFeatureRetrieveParams`

Never edit this file: hand-written models (routes the SDK does not describe, a narrower or
wider field) go in the package's `params.py`.
"""

from __future__ import annotations

from typing import Annotated

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params


class ActiveEntitlementListParams(Params):
    customer: str
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class ActiveEntitlementRetrieveParams(Params):
    expand: list[str] | None = None


class FeatureCreateParams(Params):
    expand: list[str] | None = None
    lookup_key: str
    metadata: Metadata | None = None
    name: str


class FeatureListParams(Params):
    archived: bool | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    lookup_key: str | None = None
    starting_after: str | None = None


class FeatureRetrieveParams(Params):
    expand: list[str] | None = None


class FeatureUpdateParams(Params):
    active: bool | None = None
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    name: str | None = None


class ProductFeatureCreateParams(Params):
    entitlement_feature: str
    expand: list[str] | None = None


class ProductFeatureDeleteParams(Params):
    pass


class ProductFeatureListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


class ProductFeatureRetrieveParams(Params):
    expand: list[str] | None = None


ActiveEntitlementListParams.model_rebuild()
ActiveEntitlementRetrieveParams.model_rebuild()
FeatureCreateParams.model_rebuild()
FeatureListParams.model_rebuild()
FeatureRetrieveParams.model_rebuild()
FeatureUpdateParams.model_rebuild()
ProductFeatureCreateParams.model_rebuild()
ProductFeatureDeleteParams.model_rebuild()
ProductFeatureListParams.model_rebuild()
ProductFeatureRetrieveParams.model_rebuild()
