"""Subscription event payloads as Billing emits them: the shape of `stripe.Subscription`
(2026-10-28.endive: periods on the items), with the fields entitlements read filled in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MONTH = 30 * 24 * 3600


def subscription(sub_id: str, customer: str, products: Sequence[str], *,
                 status: str = "active", start: int = 1_767_225_600,
                 period_end: int | None = None, cancel_at_period_end: bool = False,
                 test_clock: str | None = None) -> dict[str, Any]:
    """A `subscription` object with one item per product (monthly, licensed)."""
    end = period_end if period_end is not None else start + MONTH
    items = [{
        "id": f"si_{sub_id[4:]}{i}", "object": "subscription_item", "created": start,
        "current_period_start": end - MONTH, "current_period_end": end, "discounts": [],
        "metadata": {}, "quantity": 1, "subscription": sub_id, "tax_rates": [],
        "billing_thresholds": None,
        "price": {
            "id": f"price_{product[5:]}", "object": "price", "active": True,
            "billing_scheme": "per_unit", "created": start, "currency": "usd",
            "custom_unit_amount": None, "livemode": False, "lookup_key": None, "metadata": {},
            "nickname": None, "product": product,
            "recurring": {"interval": "month", "interval_count": 1, "meter": None,
                          "usage_type": "licensed", "trial_period_days": None},
            "tax_behavior": "unspecified", "tiers_mode": None, "transform_quantity": None,
            "type": "recurring", "unit_amount": 2000, "unit_amount_decimal": "2000",
        },
    } for i, product in enumerate(products)]
    return {
        "id": sub_id, "object": "subscription", "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"enabled": False, "liability": None, "disabled_reason": None},
        "billing_cycle_anchor": start, "billing_cycle_anchor_config": None,
        "billing_mode": {"type": "flexible"}, "billing_thresholds": None,
        "cancel_at": end if cancel_at_period_end else None,
        "cancel_at_period_end": cancel_at_period_end,
        "canceled_at": None, "cancellation_details": {"comment": None, "feedback": None,
                                                      "reason": None},
        "collection_method": "charge_automatically", "created": start, "currency": "usd",
        "customer": customer, "customer_account": None, "days_until_due": None,
        "default_payment_method": None, "default_source": None, "default_tax_rates": [],
        "description": None, "discounts": [], "ended_at": None,
        "invoice_settings": {"account_tax_ids": None, "issuer": {"type": "self"}},
        "items": {"object": "list", "data": items, "has_more": False,
                  "url": f"/v1/subscription_items?subscription={sub_id}"},
        "latest_invoice": None, "livemode": False, "metadata": {},
        "next_pending_invoice_item_invoice": None, "on_behalf_of": None,
        "pause_collection": None, "payment_settings": None,
        "pending_invoice_item_interval": None, "pending_setup_intent": None,
        "pending_update": None, "schedule": None, "start_date": start, "status": status,
        "test_clock": test_clock, "transfer_data": None, "trial_end": None,
        "trial_settings": {"end_behavior": {"missing_payment_method": "create_invoice"}},
        "trial_start": None,
    }
