"""Payout endpoints (payouts and the balance settings that schedule them): the path, the
params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.payments import balance_settings, payouts
from stripe_emulator.areas.payments.sdk_params import (
    BalanceSettingsRetrieveParams,
    BalanceSettingsUpdateParams,
    PayoutCancelParams,
    PayoutCreateParams,
    PayoutListParams,
    PayoutRetrieveParams,
    PayoutUpdateParams,
)


@endpoint("POST", "/v1/payouts", params=PayoutCreateParams, sdk="PayoutCreateParams",
          returns="payout")
async def create_payout(ctx: Context, params: PayoutCreateParams) -> Any:
    """Create a payout."""
    return await payouts.create(ctx, params)


@endpoint("GET", "/v1/payouts", params=PayoutListParams, sdk="PayoutListParams",
          returns="payout")
async def list_payouts(ctx: Context, params: PayoutListParams) -> ListPage:
    """List all payouts."""
    return await payouts.list_payouts(ctx, params)


@endpoint("GET", "/v1/payouts/{payout}", params=PayoutRetrieveParams,
          sdk="PayoutRetrieveParams", returns="payout")
async def retrieve_payout(ctx: Context, params: PayoutRetrieveParams, payout: str) -> Any:
    """Retrieve a payout."""
    return await payouts.retrieve(ctx, payout)


@endpoint("POST", "/v1/payouts/{payout}", params=PayoutUpdateParams, sdk="PayoutUpdateParams",
          returns="payout")
async def update_payout(ctx: Context, params: PayoutUpdateParams, payout: str) -> Any:
    """Update a payout."""
    return await payouts.update(ctx, payout, params)


@endpoint("POST", "/v1/payouts/{payout}/cancel", params=PayoutCancelParams,
          sdk="PayoutCancelParams", returns="payout")
async def cancel_payout(ctx: Context, params: PayoutCancelParams, payout: str) -> Any:
    """Cancel a payout."""
    return await payouts.cancel(ctx, payout)


@endpoint("GET", "/v1/balance_settings", params=BalanceSettingsRetrieveParams,
          sdk="BalanceSettingsRetrieveParams", returns="balance_settings")
async def retrieve_balance_settings(ctx: Context,
                                    params: BalanceSettingsRetrieveParams) -> Any:
    """Retrieve balance settings."""
    return await balance_settings.retrieve(ctx)


@endpoint("POST", "/v1/balance_settings", params=BalanceSettingsUpdateParams,
          sdk="BalanceSettingsUpdateParams", returns="balance_settings")
async def update_balance_settings(ctx: Context, params: BalanceSettingsUpdateParams) -> Any:
    """Update balance settings."""
    return await balance_settings.update(ctx, params)
