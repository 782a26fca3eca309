"""Entitlements endpoints: the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.entitlements import active_entitlements, features, product_features
from stripe_emulator.areas.entitlements.sdk_params import (
    ActiveEntitlementListParams,
    ActiveEntitlementRetrieveParams,
    FeatureCreateParams,
    FeatureListParams,
    FeatureRetrieveParams,
    FeatureUpdateParams,
    ProductFeatureCreateParams,
    ProductFeatureDeleteParams,
    ProductFeatureListParams,
    ProductFeatureRetrieveParams,
)


@endpoint("POST", "/v1/entitlements/features", params=FeatureCreateParams,
          sdk="entitlements.FeatureCreateParams", returns="entitlements.feature")
async def create_feature(ctx: Context, params: FeatureCreateParams) -> Any:
    """Create a feature."""
    return await features.create(ctx, params)


@endpoint("GET", "/v1/entitlements/features/{id}", params=FeatureRetrieveParams,
          sdk="entitlements.FeatureRetrieveParams", returns="entitlements.feature")
async def retrieve_feature(ctx: Context, params: FeatureRetrieveParams, id: str) -> Any:
    """Retrieve a feature."""
    return await features.retrieve(ctx, id)


@endpoint("POST", "/v1/entitlements/features/{id}", params=FeatureUpdateParams,
          sdk="entitlements.FeatureUpdateParams", returns="entitlements.feature")
async def update_feature(ctx: Context, params: FeatureUpdateParams, id: str) -> Any:
    """Update a feature."""
    return await features.update(ctx, id, params)


@endpoint("GET", "/v1/entitlements/features", params=FeatureListParams,
          sdk="entitlements.FeatureListParams", returns="entitlements.feature")
async def list_features(ctx: Context, params: FeatureListParams) -> ListPage:
    """List all features."""
    return await features.list_features(ctx, params)


@endpoint("POST", "/v1/products/{product}/features", params=ProductFeatureCreateParams,
          sdk="ProductFeatureCreateParams", returns="product_feature")
async def create_product_feature(ctx: Context, params: ProductFeatureCreateParams,
                                 product: str) -> Any:
    """Attach a feature to a product."""
    return await product_features.create(ctx, product, params)


@endpoint("GET", "/v1/products/{product}/features", params=ProductFeatureListParams,
          sdk="ProductFeatureListParams", returns="product_feature")
async def list_product_features(ctx: Context, params: ProductFeatureListParams,
                                product: str) -> ListPage:
    """List all features attached to a product."""
    return await product_features.list_product_features(ctx, product, params)


@endpoint("GET", "/v1/products/{product}/features/{id}", params=ProductFeatureRetrieveParams,
          sdk="ProductFeatureRetrieveParams", returns="product_feature")
async def retrieve_product_feature(ctx: Context, params: ProductFeatureRetrieveParams,
                                   product: str, id: str) -> Any:
    """Retrieve a product_feature."""
    return await product_features.retrieve(ctx, product, id)


@endpoint("DELETE", "/v1/products/{product}/features/{id}", params=ProductFeatureDeleteParams,
          sdk="ProductFeatureDeleteParams", returns="product_feature")
async def delete_product_feature(ctx: Context, params: ProductFeatureDeleteParams,
                                 product: str, id: str) -> Any:
    """Remove a feature from a product."""
    return await product_features.delete(ctx, product, id)


@endpoint("GET", "/v1/entitlements/active_entitlements", params=ActiveEntitlementListParams,
          sdk="entitlements.ActiveEntitlementListParams",
          returns="entitlements.active_entitlement")
async def list_active_entitlements(ctx: Context, params: ActiveEntitlementListParams
                                   ) -> ListPage:
    """List all active entitlements of a customer."""
    return await active_entitlements.list_active_entitlements(ctx, params)


@endpoint("GET", "/v1/entitlements/active_entitlements/{id}",
          params=ActiveEntitlementRetrieveParams,
          sdk="entitlements.ActiveEntitlementRetrieveParams",
          returns="entitlements.active_entitlement")
async def retrieve_active_entitlement(ctx: Context, params: ActiveEntitlementRetrieveParams,
                                      id: str) -> Any:
    """Retrieve an active entitlement."""
    return await active_entitlements.retrieve(ctx, id)
