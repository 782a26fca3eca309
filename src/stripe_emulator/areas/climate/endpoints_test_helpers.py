"""Climate test helpers (`/v1/test_helpers/climate/...`): what Frontier does in live mode
(deliver, delay, substitute, cancel an order; add or reprice a product), driven from code.
Stripe has none of these, so they name no SDK params (`sdk=None`)."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.climate import lifecycle, products
from stripe_emulator.areas.climate.params import (
    ClimateOrderDelayParams,
    ClimateOrderDeliverParams,
    ClimateOrderSubstituteProductParams,
    ClimateOrderSupplierCancelParams,
    ClimateProductCreateParams,
    ClimateProductUpdateParams,
)

_ORDERS = "/v1/test_helpers/climate/orders/{order}"
_ORDER, _PRODUCT = "climate.order", "climate.product"


@endpoint("POST", _ORDERS + "/deliver", params=ClimateOrderDeliverParams, returns=_ORDER)
async def deliver_order(ctx: Context, params: ClimateOrderDeliverParams, order: str) -> Any:
    """Deliver a confirmed order now (`climate.order.delivered`)."""
    return await lifecycle.deliver(ctx, order)


@endpoint("POST", _ORDERS + "/delay", params=ClimateOrderDelayParams, returns=_ORDER)
async def delay_order(ctx: Context, params: ClimateOrderDelayParams, order: str) -> Any:
    """Push back a confirmed order's expected delivery year (`climate.order.delayed`)."""
    return await lifecycle.delay(ctx, order, params)


@endpoint("POST", _ORDERS + "/substitute_product", params=ClimateOrderSubstituteProductParams,
          returns=_ORDER)
async def substitute_order_product(ctx: Context, params: ClimateOrderSubstituteProductParams,
                                   order: str) -> Any:
    """Swap a confirmed order's product (`climate.order.product_substituted`)."""
    return await lifecycle.substitute_product(ctx, order, params)


@endpoint("POST", _ORDERS + "/supplier_cancel", params=ClimateOrderSupplierCancelParams,
          returns=_ORDER)
async def supplier_cancel_order(ctx: Context, params: ClimateOrderSupplierCancelParams,
                                order: str) -> Any:
    """Cancel a confirmed order as Frontier would (`product_unavailable`, full refund)."""
    return await lifecycle.supplier_cancel(ctx, order)


@endpoint("POST", "/v1/test_helpers/climate/products", params=ClimateProductCreateParams,
          returns=_PRODUCT)
async def create_product(ctx: Context, params: ClimateProductCreateParams) -> Any:
    """Add a product to the account's inventory (`climate.product.created`)."""
    return await products.create(ctx, params)


@endpoint("POST", "/v1/test_helpers/climate/products/{product}",
          params=ClimateProductUpdateParams, returns=_PRODUCT)
async def update_product(ctx: Context, params: ClimateProductUpdateParams, product: str) -> Any:
    """Reprice a product or set its availability (`climate.product.pricing_updated`)."""
    return await products.update(ctx, product, params)
