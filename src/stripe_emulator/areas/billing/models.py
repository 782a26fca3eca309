"""Billing object shapes: which fields of subscriptions, invoices and invoice payments hold
expandable ids."""

from __future__ import annotations

from stripe_emulator.api.expand import expandable

__all__: list[str] = []

expandable("subscription", "customer", "default_payment_method", "latest_invoice", "test_clock")
expandable("invoice", "customer", "default_payment_method", "test_clock",
           "parent.subscription_details.subscription")
expandable("invoice_payment", "invoice", "payment.payment_intent", "payment.charge")
