"""Climate endpoints (`/v1/climate/...`): the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.climate import orders, products, suppliers
from stripe_emulator.areas.climate.params import ClimateOrderUpdateParams
from stripe_emulator.areas.climate.sdk_params import (
    OrderCancelParams,
    OrderCreateParams,
    OrderListParams,
    OrderRetrieveParams,
    ProductListParams,
    ProductRetrieveParams,
    SupplierListParams,
    SupplierRetrieveParams,
)

_ORDER, _PRODUCT, _SUPPLIER = "climate.order", "climate.product", "climate.supplier"


@endpoint("POST", "/v1/climate/orders", params=OrderCreateParams,
          sdk="climate.OrderCreateParams", returns=_ORDER)
async def create_order(ctx: Context, params: OrderCreateParams) -> Any:
    """Create an order, paid from the balance."""
    return await orders.create(ctx, params)


@endpoint("GET", "/v1/climate/orders/{order}", params=OrderRetrieveParams,
          sdk="climate.OrderRetrieveParams", returns=_ORDER)
async def retrieve_order(ctx: Context, params: OrderRetrieveParams, order: str) -> Any:
    """Retrieve an order."""
    return await orders.retrieve(ctx, order)


@endpoint("POST", "/v1/climate/orders/{order}", params=ClimateOrderUpdateParams,
          sdk="climate.OrderUpdateParams", returns=_ORDER)
async def update_order(ctx: Context, params: ClimateOrderUpdateParams, order: str) -> Any:
    """Update an order's beneficiary or metadata."""
    return await orders.update(ctx, order, params)


@endpoint("POST", "/v1/climate/orders/{order}/cancel", params=OrderCancelParams,
          sdk="climate.OrderCancelParams", returns=_ORDER)
async def cancel_order(ctx: Context, params: OrderCancelParams, order: str) -> Any:
    """Cancel an order within the cancellation window."""
    return await orders.cancel(ctx, order)


@endpoint("GET", "/v1/climate/orders", params=OrderListParams, sdk="climate.OrderListParams",
          returns=_ORDER)
async def list_orders(ctx: Context, params: OrderListParams) -> ListPage:
    """List orders."""
    return await orders.list_orders(ctx, params)


@endpoint("GET", "/v1/climate/products/{product}", params=ProductRetrieveParams,
          sdk="climate.ProductRetrieveParams", returns=_PRODUCT)
async def retrieve_product(ctx: Context, params: ProductRetrieveParams, product: str) -> Any:
    """Retrieve a product."""
    return await products.retrieve(ctx, product)


@endpoint("GET", "/v1/climate/products", params=ProductListParams,
          sdk="climate.ProductListParams", returns=_PRODUCT)
async def list_products(ctx: Context, params: ProductListParams) -> ListPage:
    """List products."""
    return await products.list_products(ctx, params)


@endpoint("GET", "/v1/climate/suppliers/{supplier}", params=SupplierRetrieveParams,
          sdk="climate.SupplierRetrieveParams", returns=_SUPPLIER)
async def retrieve_supplier(ctx: Context, params: SupplierRetrieveParams, supplier: str) -> Any:
    """Retrieve a supplier."""
    return await suppliers.retrieve(ctx, supplier)


@endpoint("GET", "/v1/climate/suppliers", params=SupplierListParams,
          sdk="climate.SupplierListParams", returns=_SUPPLIER)
async def list_suppliers(ctx: Context, params: SupplierListParams) -> ListPage:
    """List suppliers."""
    return await suppliers.list_suppliers(ctx, params)
