"""Forwarding endpoints: the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.forwarding import requests
from stripe_emulator.areas.forwarding.sdk_params import (
    RequestCreateParams,
    RequestListParams,
    RequestRetrieveParams,
)


@endpoint("POST", "/v1/forwarding/requests", params=RequestCreateParams,
          sdk="forwarding.RequestCreateParams", returns="forwarding.request",
          own_transactions=True)
async def create_forwarding_request(ctx: Context, params: RequestCreateParams) -> Any:
    """Create a forwarding request (one call to the destination)."""
    return await requests.create(ctx, params)


@endpoint("GET", "/v1/forwarding/requests/{id}", params=RequestRetrieveParams,
          sdk="forwarding.RequestRetrieveParams", returns="forwarding.request")
async def retrieve_forwarding_request(ctx: Context, params: RequestRetrieveParams,
                                      id: str) -> Any:
    """Retrieve a forwarding request."""
    return await requests.retrieve(ctx, id)


@endpoint("GET", "/v1/forwarding/requests", params=RequestListParams,
          sdk="forwarding.RequestListParams", returns="forwarding.request")
async def list_forwarding_requests(ctx: Context, params: RequestListParams) -> ListPage:
    """List forwarding requests."""
    return await requests.list_requests(ctx, params)
