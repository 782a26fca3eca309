"""Webhook endpoints: `/v1/webhook_endpoints`, the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.webhooks import webhook_endpoints
from stripe_emulator.areas.webhooks.params import WebhookEndpointCreate, WebhookEndpointUpdate
from stripe_emulator.areas.webhooks.sdk_params import (
    WebhookEndpointDeleteParams,
    WebhookEndpointListParams,
    WebhookEndpointRetrieveParams,
)


@endpoint("POST", "/v1/webhook_endpoints", params=WebhookEndpointCreate,
          sdk="WebhookEndpointCreateParams", returns="webhook_endpoint")
async def create_webhook_endpoint(ctx: Context, params: WebhookEndpointCreate) -> Any:
    """Create a webhook endpoint."""
    return await webhook_endpoints.create(ctx, params)


@endpoint("GET", "/v1/webhook_endpoints/{webhook_endpoint}",
          params=WebhookEndpointRetrieveParams, sdk="WebhookEndpointRetrieveParams",
          returns="webhook_endpoint")
async def retrieve_webhook_endpoint(ctx: Context, params: WebhookEndpointRetrieveParams,
                                    webhook_endpoint: str) -> Any:
    """Retrieve a webhook endpoint."""
    return await webhook_endpoints.retrieve(ctx, webhook_endpoint)


@endpoint("POST", "/v1/webhook_endpoints/{webhook_endpoint}", params=WebhookEndpointUpdate,
          sdk="WebhookEndpointUpdateParams", returns="webhook_endpoint")
async def update_webhook_endpoint(ctx: Context, params: WebhookEndpointUpdate,
                                  webhook_endpoint: str) -> Any:
    """Update a webhook endpoint."""
    return await webhook_endpoints.update(ctx, webhook_endpoint, params)


@endpoint("DELETE", "/v1/webhook_endpoints/{webhook_endpoint}",
          params=WebhookEndpointDeleteParams, sdk="WebhookEndpointDeleteParams",
          returns="webhook_endpoint")
async def delete_webhook_endpoint(ctx: Context, params: WebhookEndpointDeleteParams,
                                  webhook_endpoint: str) -> Any:
    """Delete a webhook endpoint."""
    return await webhook_endpoints.delete(ctx, webhook_endpoint)


@endpoint("GET", "/v1/webhook_endpoints", params=WebhookEndpointListParams,
          sdk="WebhookEndpointListParams", returns="webhook_endpoint")
async def list_webhook_endpoints(ctx: Context, params: WebhookEndpointListParams) -> ListPage:
    """List webhook endpoints."""
    return await webhook_endpoints.list_webhook_endpoints(ctx, params)
