"""Core endpoints (customers, products, prices): the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.core import customers, prices, products
from stripe_emulator.areas.core.sdk_params import (
    CustomerCreateParams,
    CustomerDeleteParams,
    CustomerListParams,
    CustomerRetrieveParams,
    CustomerUpdateParams,
    PriceCreateParams,
    PriceListParams,
    PriceRetrieveParams,
    PriceUpdateParams,
    ProductCreateParams,
    ProductDeleteParams,
    ProductListParams,
    ProductRetrieveParams,
    ProductUpdateParams,
)


@endpoint("POST", "/v1/customers", params=CustomerCreateParams, sdk="CustomerCreateParams",
          returns="customer")
async def create_customer(ctx: Context, params: CustomerCreateParams) -> Any:
    """Create a customer."""
    return await customers.create(ctx, params)


@endpoint("GET", "/v1/customers/{customer}", params=CustomerRetrieveParams,
          sdk="CustomerRetrieveParams", returns="customer")
async def retrieve_customer(ctx: Context, params: CustomerRetrieveParams, customer: str) -> Any:
    """Retrieve a customer."""
    return await customers.retrieve(ctx, customer)


@endpoint("POST", "/v1/customers/{customer}", params=CustomerUpdateParams,
          sdk="CustomerUpdateParams", returns="customer")
async def update_customer(ctx: Context, params: CustomerUpdateParams, customer: str) -> Any:
    """Update a customer."""
    return await customers.update(ctx, customer, params)


@endpoint("DELETE", "/v1/customers/{customer}", params=CustomerDeleteParams,
          sdk="CustomerDeleteParams", returns="customer")
async def delete_customer(ctx: Context, params: CustomerDeleteParams, customer: str) -> Any:
    """Delete a customer."""
    return await customers.delete(ctx, customer)


@endpoint("GET", "/v1/customers", params=CustomerListParams, sdk="CustomerListParams",
          returns="customer")
async def list_customers(ctx: Context, params: CustomerListParams) -> ListPage:
    """List customers."""
    return await customers.list_customers(ctx, params)


@endpoint("POST", "/v1/products", params=ProductCreateParams, sdk="ProductCreateParams",
          returns="product")
async def create_product(ctx: Context, params: ProductCreateParams) -> Any:
    """Create a product."""
    return await products.create(ctx, params)


@endpoint("GET", "/v1/products/{id}", params=ProductRetrieveParams,
          sdk="ProductRetrieveParams", returns="product")
async def retrieve_product(ctx: Context, params: ProductRetrieveParams, id: str) -> Any:
    """Retrieve a product."""
    return await products.retrieve(ctx, id)


@endpoint("POST", "/v1/products/{id}", params=ProductUpdateParams, sdk="ProductUpdateParams",
          returns="product")
async def update_product(ctx: Context, params: ProductUpdateParams, id: str) -> Any:
    """Update a product."""
    return await products.update(ctx, id, params)


@endpoint("DELETE", "/v1/products/{id}", params=ProductDeleteParams,
          sdk="ProductDeleteParams", returns="product")
async def delete_product(ctx: Context, params: ProductDeleteParams, id: str) -> Any:
    """Delete a product."""
    return await products.delete(ctx, id)


@endpoint("GET", "/v1/products", params=ProductListParams, sdk="ProductListParams",
          returns="product")
async def list_products(ctx: Context, params: ProductListParams) -> ListPage:
    """List products."""
    return await products.list_products(ctx, params)


@endpoint("POST", "/v1/prices", params=PriceCreateParams, sdk="PriceCreateParams",
          returns="price")
async def create_price(ctx: Context, params: PriceCreateParams) -> Any:
    """Create a price."""
    return await prices.create(ctx, params)


@endpoint("GET", "/v1/prices/{price}", params=PriceRetrieveParams, sdk="PriceRetrieveParams",
          returns="price")
async def retrieve_price(ctx: Context, params: PriceRetrieveParams, price: str) -> Any:
    """Retrieve a price."""
    return await prices.retrieve(ctx, price)


@endpoint("POST", "/v1/prices/{price}", params=PriceUpdateParams, sdk="PriceUpdateParams",
          returns="price")
async def update_price(ctx: Context, params: PriceUpdateParams, price: str) -> Any:
    """Update a price."""
    return await prices.update(ctx, price, params)


@endpoint("GET", "/v1/prices", params=PriceListParams, sdk="PriceListParams", returns="price")
async def list_prices(ctx: Context, params: PriceListParams) -> ListPage:
    """List prices."""
    return await prices.list_prices(ctx, params)
