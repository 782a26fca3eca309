"""Webhook endpoints: create, retrieve, update, delete, list.

The signing secret and `connect` live off the document (`webhook_endpoint_private`): the
secret appears only in the create response, as on Stripe. Endpoint CRUD emits no events;
what changes routing tells the router (`routing.endpoints_changed`).
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from stripe_emulator.api import ids
from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Row
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.webhooks.models import WebhookEndpoint
from stripe_emulator.areas.webhooks.params import WebhookEndpointCreate, WebhookEndpointUpdate
from stripe_emulator.areas.webhooks.routing import endpoints_changed
from stripe_emulator.areas.webhooks.sdk_params import WebhookEndpointListParams
from stripe_emulator.events.catalog import is_known
from stripe_emulator.store.webhooks import WebhookEndpointRows

__all__ = ["MAX_PER_ACCOUNT", "create", "delete", "list_webhook_endpoints", "retrieve",
           "update"]

#: Stripe's cap on webhook endpoints per account (in test mode, as in live mode).
MAX_PER_ACCOUNT = 16


def _check_url(url: str) -> str:
    """An absolute http(s) URL (Stripe wants https in live mode; any host is fine here)."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_ok = False
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname \
            or not port_ok or any(c.isspace() for c in url):
        raise InvalidRequestError(
            f"Invalid URL: {url}. URLs must be absolute and begin with http:// or https://.",
            param="url")
    return url


def _check_events(events: list[str]) -> list[str]:
    if not events:
        raise ParameterMissing("enabled_events")
    for i, name in enumerate(events):
        if name != "*" and not is_known(name):
            raise InvalidRequestError(
                f"Invalid enabled_events[{i}]: '{name}' is not an event type (use '*' or a "
                "type from https://docs.stripe.com/api/events/types).",
                param=f"enabled_events[{i}]")
    return [*dict.fromkeys(events)]  # duplicates dropped, order kept


async def create(ctx: Context, p: WebhookEndpointCreate) -> WebhookEndpoint:
    """Create an endpoint; the response (and only it) carries the `whsec_` secret."""
    url = _check_url(p.url)
    enabled_events = _check_events(p.enabled_events)
    if await ctx.objects.count(WebhookEndpoint) >= MAX_PER_ACCOUNT:
        raise InvalidRequestError(
            f"You have reached the maximum of {MAX_PER_ACCOUNT} test webhook endpoints.")
    endpoint: WebhookEndpoint = {
        "id": ctx.new_id("we"),
        "object": "webhook_endpoint",
        "api_version": p.api_version,
        "application": None,
        "created": ctx.now(),
        "description": p.description,
        "enabled_events": enabled_events,
        "livemode": False,
        "metadata": p.metadata or {},
        "secret": ids.new_secret("whsec"),
        "status": "enabled",
        "url": url,
    }
    await ctx.objects.insert({k: v for k, v in endpoint.items() if k != "secret"})
    await ctx.repository(WebhookEndpointRows).add(endpoint["id"], secret=endpoint["secret"],
                                                  connect=bool(p.connect))
    await endpoints_changed(ctx)
    return endpoint


async def retrieve(ctx: Context, endpoint_id: str) -> Row:
    return await ctx.objects.load_row(WebhookEndpoint, endpoint_id)


async def update(ctx: Context, endpoint_id: str, p: WebhookEndpointUpdate) -> WebhookEndpoint:
    """Change the fields sent: `enabled_events` replaces the list, `disabled` sets `status`,
    metadata merges, "" unsets `description`."""
    endpoint = await ctx.objects.load(WebhookEndpoint, endpoint_id)
    routing = (endpoint["url"], endpoint["enabled_events"], endpoint["status"])
    if p.sent("url") and p.url is not None:
        endpoint["url"] = _check_url(p.url)
    if p.sent("enabled_events") and p.enabled_events is not None:
        endpoint["enabled_events"] = _check_events(p.enabled_events)
    if p.sent("description"):
        endpoint["description"] = p.description
    if p.sent("disabled") and p.disabled is not None:
        status: Literal["enabled", "disabled"] = "disabled" if p.disabled else "enabled"
        if status == "enabled" and endpoint["status"] != "enabled":
            await ctx.repository(WebhookEndpointRows).note_success(endpoint_id,
                                                                   reenabled=True)
        endpoint["status"] = status
    endpoint["metadata"] = merge_metadata(endpoint["metadata"], p.metadata,
                                          sent=p.sent("metadata"))
    await ctx.objects.save(endpoint)
    if (endpoint["url"], endpoint["enabled_events"], endpoint["status"]) != routing:
        await endpoints_changed(ctx)  # where events go, or where they are sent
    return endpoint


async def delete(ctx: Context, endpoint_id: str) -> dict[str, Any]:
    """Delete for good: its pending retries stop, its secret is forgotten."""
    endpoint = await ctx.objects.load(WebhookEndpoint, endpoint_id)
    await ctx.repository(WebhookEndpointRows).remove(endpoint_id)
    await endpoints_changed(ctx)
    return await ctx.objects.delete(endpoint)


async def list_webhook_endpoints(ctx: Context, p: WebhookEndpointListParams) -> ListPage:
    return await list_objects(ctx, WebhookEndpoint, p, url="/v1/webhook_endpoints")
