"""Test clock endpoints (`/v1/test_helpers/test_clocks`): one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.billing import testmode_clocks
from stripe_emulator.areas.billing.sdk_params import (
    TestClockAdvanceParams,
    TestClockCreateParams,
    TestClockDeleteParams,
    TestClockListParams,
    TestClockRetrieveParams,
)

_RETURNS = "test_helpers.test_clock"


@endpoint("POST", "/v1/test_helpers/test_clocks", params=TestClockCreateParams,
          sdk="test_helpers.TestClockCreateParams", returns=_RETURNS)
async def create_test_clock(ctx: Context, params: TestClockCreateParams) -> Any:
    """Create a test clock."""
    return await testmode_clocks.create(ctx, params)


@endpoint("GET", "/v1/test_helpers/test_clocks/{test_clock}", params=TestClockRetrieveParams,
          sdk="test_helpers.TestClockRetrieveParams", returns=_RETURNS)
async def retrieve_test_clock(ctx: Context, params: TestClockRetrieveParams,
                              test_clock: str) -> Any:
    """Retrieve a test clock."""
    return await testmode_clocks.retrieve(ctx, test_clock)


@endpoint("GET", "/v1/test_helpers/test_clocks", params=TestClockListParams,
          sdk="test_helpers.TestClockListParams", returns=_RETURNS)
async def list_test_clocks(ctx: Context, params: TestClockListParams) -> ListPage:
    """List test clocks."""
    return await testmode_clocks.list_test_clocks(ctx, params)


@endpoint("DELETE", "/v1/test_helpers/test_clocks/{test_clock}", params=TestClockDeleteParams,
          sdk="test_helpers.TestClockDeleteParams", returns=_RETURNS)
async def delete_test_clock(ctx: Context, params: TestClockDeleteParams,
                            test_clock: str) -> Any:
    """Delete a test clock and everything attached to it."""
    return await testmode_clocks.delete(ctx, test_clock)


@endpoint("POST", "/v1/test_helpers/test_clocks/{test_clock}/advance",
          params=TestClockAdvanceParams, sdk="test_helpers.TestClockAdvanceParams",
          returns=_RETURNS)
async def advance_test_clock(ctx: Context, params: TestClockAdvanceParams,
                             test_clock: str) -> Any:
    """Advance a test clock."""
    return await testmode_clocks.advance(ctx, test_clock, params)
