"""PaymentMethod endpoints (cards): the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.payments import payment_methods
from stripe_emulator.areas.payments.sdk_params import (
    CustomerListPaymentMethodsParams,
    CustomerRetrievePaymentMethodParams,
    PaymentMethodAttachParams,
    PaymentMethodCreateParams,
    PaymentMethodDetachParams,
    PaymentMethodListParams,
    PaymentMethodRetrieveParams,
    PaymentMethodUpdateParams,
)


@endpoint("POST", "/v1/payment_methods", params=PaymentMethodCreateParams,
          sdk="PaymentMethodCreateParams", publishable=True, returns="payment_method")
async def create_payment_method(ctx: Context, params: PaymentMethodCreateParams) -> Any:
    """Create a PaymentMethod."""
    return await payment_methods.create(ctx, params)


@endpoint("GET", "/v1/payment_methods/{payment_method}", params=PaymentMethodRetrieveParams,
          sdk="PaymentMethodRetrieveParams", returns="payment_method")
async def retrieve_payment_method(ctx: Context, params: PaymentMethodRetrieveParams,
                                  payment_method: str) -> Any:
    """Retrieve a PaymentMethod."""
    return await payment_methods.retrieve(ctx, payment_method)


@endpoint("POST", "/v1/payment_methods/{payment_method}", params=PaymentMethodUpdateParams,
          sdk="PaymentMethodUpdateParams", returns="payment_method")
async def update_payment_method(ctx: Context, params: PaymentMethodUpdateParams,
                                payment_method: str) -> Any:
    """Update a PaymentMethod."""
    return await payment_methods.update(ctx, payment_method, params)


@endpoint("GET", "/v1/payment_methods", params=PaymentMethodListParams,
          sdk="PaymentMethodListParams", returns="payment_method")
async def list_payment_methods(ctx: Context, params: PaymentMethodListParams) -> ListPage:
    """List PaymentMethods."""
    return await payment_methods.list_payment_methods(ctx, params)


@endpoint("POST", "/v1/payment_methods/{payment_method}/attach",
          params=PaymentMethodAttachParams, sdk="PaymentMethodAttachParams",
          returns="payment_method")
async def attach_payment_method(ctx: Context, params: PaymentMethodAttachParams,
                                payment_method: str) -> Any:
    """Attach a PaymentMethod to a customer."""
    return await payment_methods.attach(ctx, payment_method, params)


@endpoint("POST", "/v1/payment_methods/{payment_method}/detach",
          params=PaymentMethodDetachParams, sdk="PaymentMethodDetachParams",
          returns="payment_method")
async def detach_payment_method(ctx: Context, params: PaymentMethodDetachParams,
                                payment_method: str) -> Any:
    """Detach a PaymentMethod from its customer."""
    return await payment_methods.detach(ctx, payment_method)


@endpoint("GET", "/v1/customers/{customer}/payment_methods",
          params=CustomerListPaymentMethodsParams, sdk="CustomerListPaymentMethodsParams",
          returns="payment_method")
async def list_customer_payment_methods(ctx: Context, params: CustomerListPaymentMethodsParams,
                                        customer: str) -> ListPage:
    """List a customer's PaymentMethods."""
    return await payment_methods.list_for_customer(ctx, customer, params)


@endpoint("GET", "/v1/customers/{customer}/payment_methods/{payment_method}",
          params=CustomerRetrievePaymentMethodParams,
          sdk="CustomerRetrievePaymentMethodParams", returns="payment_method")
async def retrieve_customer_payment_method(ctx: Context,
                                           params: CustomerRetrievePaymentMethodParams,
                                           customer: str, payment_method: str) -> Any:
    """Retrieve one of a customer's PaymentMethods."""
    return await payment_methods.retrieve_for_customer(ctx, customer, payment_method)
