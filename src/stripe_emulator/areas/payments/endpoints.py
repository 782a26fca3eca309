"""Payment endpoints (PaymentIntents, charges, balance, balance transactions, top-ups):
the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.payments import balance, charges, payment_intents, topups
from stripe_emulator.areas.payments.sdk_params import (
    BalanceRetrieveParams,
    BalanceTransactionListParams,
    BalanceTransactionRetrieveParams,
    ChargeListParams,
    ChargeRetrieveParams,
    PaymentIntentConfirmParams,
    PaymentIntentListParams,
    PaymentIntentRetrieveParams,
    TopupCreateParams,
    TopupListParams,
    TopupRetrieveParams,
)


@endpoint("GET", "/v1/payment_intents/{intent}", params=PaymentIntentRetrieveParams,
          sdk="PaymentIntentRetrieveParams", returns="payment_intent")
async def retrieve_payment_intent(ctx: Context, params: PaymentIntentRetrieveParams,
                                  intent: str) -> Any:
    """Retrieve a PaymentIntent."""
    return await payment_intents.retrieve(ctx, intent)


@endpoint("POST", "/v1/payment_intents/{intent}/confirm", params=PaymentIntentConfirmParams,
          sdk="PaymentIntentConfirmParams", returns="payment_intent")
async def confirm_payment_intent(ctx: Context, params: PaymentIntentConfirmParams,
                                 intent: str) -> Any:
    """Confirm a PaymentIntent."""
    return await payment_intents.confirm_request(ctx, intent, params)


@endpoint("GET", "/v1/payment_intents", params=PaymentIntentListParams,
          sdk="PaymentIntentListParams", returns="payment_intent")
async def list_payment_intents(ctx: Context, params: PaymentIntentListParams) -> ListPage:
    """List PaymentIntents."""
    return await payment_intents.list_payment_intents(ctx, params)


@endpoint("GET", "/v1/charges/{charge}", params=ChargeRetrieveParams,
          sdk="ChargeRetrieveParams", returns="charge")
async def retrieve_charge(ctx: Context, params: ChargeRetrieveParams, charge: str) -> Any:
    """Retrieve a charge."""
    return await charges.retrieve(ctx, charge)


@endpoint("GET", "/v1/charges", params=ChargeListParams, sdk="ChargeListParams",
          returns="charge")
async def list_charges(ctx: Context, params: ChargeListParams) -> ListPage:
    """List charges."""
    return await charges.list_charges(ctx, params)


@endpoint("GET", "/v1/balance", params=BalanceRetrieveParams, sdk="BalanceRetrieveParams",
          returns="balance")
async def retrieve_balance(ctx: Context, params: BalanceRetrieveParams) -> Any:
    """Retrieve the balance."""
    return await balance.retrieve(ctx)


@endpoint("GET", "/v1/balance_transactions/{id}", params=BalanceTransactionRetrieveParams,
          sdk="BalanceTransactionRetrieveParams", returns="balance_transaction")
async def retrieve_balance_transaction(ctx: Context, params: BalanceTransactionRetrieveParams,
                                       id: str) -> Any:
    """Retrieve a balance transaction."""
    return await balance.retrieve_transaction(ctx, id)


@endpoint("GET", "/v1/balance_transactions", params=BalanceTransactionListParams,
          sdk="BalanceTransactionListParams", returns="balance_transaction")
async def list_balance_transactions(ctx: Context,
                                    params: BalanceTransactionListParams) -> ListPage:
    """List balance transactions."""
    return await balance.list_balance_transactions(ctx, params)


@endpoint("POST", "/v1/topups", params=TopupCreateParams, sdk="TopupCreateParams",
          returns="topup")
async def create_topup(ctx: Context, params: TopupCreateParams) -> Any:
    """Create a top-up."""
    return await topups.create(ctx, params)


@endpoint("GET", "/v1/topups/{topup}", params=TopupRetrieveParams, sdk="TopupRetrieveParams",
          returns="topup")
async def retrieve_topup(ctx: Context, params: TopupRetrieveParams, topup: str) -> Any:
    """Retrieve a top-up."""
    return await topups.retrieve(ctx, topup)


@endpoint("GET", "/v1/topups", params=TopupListParams, sdk="TopupListParams", returns="topup")
async def list_topups(ctx: Context, params: TopupListParams) -> ListPage:
    """List top-ups."""
    return await topups.list_topups(ctx, params)
