"""Subscription and invoice endpoints: the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.billing import invoices, subscriptions
from stripe_emulator.areas.billing.sdk_params import (
    InvoiceFinalizeInvoiceParams,
    InvoiceLineItemListParams,
    InvoiceListParams,
    InvoiceMarkUncollectibleParams,
    InvoicePayParams,
    InvoiceRetrieveParams,
    InvoiceVoidInvoiceParams,
    SubscriptionCancelParams,
    SubscriptionCreateParams,
    SubscriptionListParams,
    SubscriptionResumeParams,
    SubscriptionRetrieveParams,
    SubscriptionUpdateParams,
)


@endpoint("POST", "/v1/subscriptions", params=SubscriptionCreateParams,
          sdk="SubscriptionCreateParams", returns="subscription")
async def create_subscription(ctx: Context, params: SubscriptionCreateParams) -> Any:
    """Create a subscription."""
    return await subscriptions.create(ctx, params)


@endpoint("GET", "/v1/subscriptions/{subscription_exposed_id}",
          params=SubscriptionRetrieveParams, sdk="SubscriptionRetrieveParams",
          returns="subscription")
async def retrieve_subscription(ctx: Context, params: SubscriptionRetrieveParams,
                                subscription_exposed_id: str) -> Any:
    """Retrieve a subscription."""
    return await subscriptions.retrieve(ctx, subscription_exposed_id)


@endpoint("POST", "/v1/subscriptions/{subscription_exposed_id}",
          params=SubscriptionUpdateParams, sdk="SubscriptionUpdateParams",
          returns="subscription")
async def update_subscription(ctx: Context, params: SubscriptionUpdateParams,
                              subscription_exposed_id: str) -> Any:
    """Update a subscription."""
    return await subscriptions.update(ctx, subscription_exposed_id, params)


@endpoint("DELETE", "/v1/subscriptions/{subscription_exposed_id}",
          params=SubscriptionCancelParams, sdk="SubscriptionCancelParams",
          returns="subscription")
async def cancel_subscription(ctx: Context, params: SubscriptionCancelParams,
                              subscription_exposed_id: str) -> Any:
    """Cancel a subscription now."""
    return await subscriptions.cancel(ctx, subscription_exposed_id, params)


@endpoint("POST", "/v1/subscriptions/{subscription}/resume", params=SubscriptionResumeParams,
          sdk="SubscriptionResumeParams", returns="subscription")
async def resume_subscription(ctx: Context, params: SubscriptionResumeParams,
                              subscription: str) -> Any:
    """Resume a paused subscription."""
    return await subscriptions.resume(ctx, subscription, params)


@endpoint("GET", "/v1/subscriptions", params=SubscriptionListParams,
          sdk="SubscriptionListParams", returns="subscription")
async def list_subscriptions(ctx: Context, params: SubscriptionListParams) -> ListPage:
    """List subscriptions."""
    return await subscriptions.list_subscriptions(ctx, params)


@endpoint("GET", "/v1/invoices/{invoice}", params=InvoiceRetrieveParams,
          sdk="InvoiceRetrieveParams", returns="invoice")
async def retrieve_invoice(ctx: Context, params: InvoiceRetrieveParams, invoice: str) -> Any:
    """Retrieve an invoice."""
    return await invoices.retrieve(ctx, invoice)


@endpoint("GET", "/v1/invoices", params=InvoiceListParams, sdk="InvoiceListParams",
          returns="invoice")
async def list_invoices(ctx: Context, params: InvoiceListParams) -> ListPage:
    """List invoices."""
    return await invoices.list_invoices(ctx, params)


@endpoint("GET", "/v1/invoices/{invoice}/lines", params=InvoiceLineItemListParams,
          sdk="InvoiceLineItemListParams", returns="line_item")
async def list_invoice_lines(ctx: Context, params: InvoiceLineItemListParams,
                             invoice: str) -> ListPage:
    """List an invoice's line items."""
    return await invoices.list_lines(ctx, invoice, params)


@endpoint("POST", "/v1/invoices/{invoice}/finalize", params=InvoiceFinalizeInvoiceParams,
          sdk="InvoiceFinalizeInvoiceParams", returns="invoice")
async def finalize_invoice(ctx: Context, params: InvoiceFinalizeInvoiceParams,
                           invoice: str) -> Any:
    """Finalize a draft invoice."""
    return await invoices.finalize_invoice(ctx, invoice)


@endpoint("POST", "/v1/invoices/{invoice}/pay", params=InvoicePayParams,
          sdk="InvoicePayParams", returns="invoice")
async def pay_invoice(ctx: Context, params: InvoicePayParams, invoice: str) -> Any:
    """Pay an invoice now."""
    return await invoices.pay(ctx, invoice, params)


@endpoint("POST", "/v1/invoices/{invoice}/void", params=InvoiceVoidInvoiceParams,
          sdk="InvoiceVoidInvoiceParams", returns="invoice")
async def void_invoice(ctx: Context, params: InvoiceVoidInvoiceParams, invoice: str) -> Any:
    """Void an invoice."""
    return await invoices.void(ctx, invoice)


@endpoint("POST", "/v1/invoices/{invoice}/mark_uncollectible",
          params=InvoiceMarkUncollectibleParams, sdk="InvoiceMarkUncollectibleParams",
          returns="invoice")
async def mark_uncollectible_invoice(ctx: Context, params: InvoiceMarkUncollectibleParams,
                                     invoice: str) -> Any:
    """Mark an invoice uncollectible."""
    return await invoices.mark_uncollectible(ctx, invoice)
