"""The catalogue of event types this server knows, by product area (spec/webhooks_events.md,
section 6). Areas emit them as they land; `enabled_events` is validated against it.

Add a type here when an area starts emitting it; keep the area's block sorted as Stripe
lists them.
"""

from __future__ import annotations

import fnmatch

__all__ = ["EVENT_TYPES", "EVENT_TYPES_BY_AREA", "is_known", "matches"]

EVENT_TYPES_BY_AREA: dict[str, tuple[str, ...]] = {
    "customers": (
        "customer.created", "customer.updated", "customer.deleted",
        "customer.discount.created", "customer.discount.updated", "customer.discount.deleted",
        "customer.source.created", "customer.source.updated", "customer.source.deleted",
        "customer.source.expiring",
        "customer.tax_id.created", "customer.tax_id.updated", "customer.tax_id.deleted",
    ),
    "subscriptions": (
        "customer.subscription.created", "customer.subscription.updated",
        "customer.subscription.deleted", "customer.subscription.paused",
        "customer.subscription.resumed", "customer.subscription.trial_will_end",
        "customer.subscription.pending_update_applied",
        "customer.subscription.pending_update_expired",
    ),
    "products": (
        "product.created", "product.updated", "product.deleted",
        "price.created", "price.updated", "price.deleted",
        "plan.created", "plan.updated", "plan.deleted",
    ),
    "invoices": (
        "invoice.created", "invoice.finalized", "invoice.paid", "invoice.payment_succeeded",
        "invoice.payment_failed", "invoice.upcoming", "invoice.updated", "invoice.voided",
        "invoiceitem.created", "invoiceitem.deleted",
    ),
    "payment_methods": (
        "payment_method.attached", "payment_method.detached", "payment_method.updated",
        "payment_method.automatically_updated",
    ),
    "entitlements": ("entitlements.active_entitlement_summary.updated",),
    "test_clocks": (
        "test_helpers.test_clock.created", "test_helpers.test_clock.advancing",
        "test_helpers.test_clock.ready", "test_helpers.test_clock.deleted",
        "test_helpers.test_clock.internal_failure",
    ),
    "tax": ("tax.settings.updated",),
    "identity": (
        "identity.verification_session.created", "identity.verification_session.processing",
        "identity.verification_session.requires_input",
        "identity.verification_session.verified", "identity.verification_session.canceled",
        "identity.verification_session.redacted",
    ),
    "financial_connections": (
        "financial_connections.account.created", "financial_connections.account.deactivated",
        "financial_connections.account.reactivated",
        "financial_connections.account.disconnected",
        "financial_connections.account.refreshed_balance",
        "financial_connections.account.refreshed_ownership",
        "financial_connections.account.refreshed_transactions",
        "financial_connections.account.account_numbers_updated",
        "financial_connections.account.upcoming_account_number_expiry",
        "financial_connections.account.expected_deactivation_date_updated",
        "financial_connections.account.supported_payment_method_types_updated",
        "financial_connections.account.upcoming_deactivation",
        "financial_connections.authorization.expected_deactivation_date_updated",
        "financial_connections.authorization.upcoming_deactivation",
    ),
    "climate": (
        "climate.order.created", "climate.order.canceled", "climate.order.delayed",
        "climate.order.delivered", "climate.order.product_substituted",
        "climate.product.created", "climate.product.pricing_updated",
    ),
    "reporting": (
        "reporting.report_run.succeeded", "reporting.report_run.failed",
        "reporting.report_type.updated",
    ),
    "sigma": ("sigma.scheduled_query_run.created",),
    # Not in the SDK's enum (docs spelling); accepted anyway, the SDK sends any string.
    "crypto_onramp": ("crypto.onramp_session_updated",),
}

EVENT_TYPES: frozenset[str] = frozenset(t for ts in EVENT_TYPES_BY_AREA.values() for t in ts)


def is_known(event_type: str) -> bool:
    """Is `event_type` one this server knows (`*` is not a type: check it apart)?"""
    return event_type in EVENT_TYPES


def matches(patterns: list[str] | tuple[str, ...], event_type: str) -> bool:
    """Does an event of `event_type` match a selection (`enabled_events`, `--events`)?

    Entries are exact types or `*`; a trailing wildcard (`customer.*`), which the CLI's
    `--events` accepts, matches one or more segments.
    """
    for pattern in patterns:
        if pattern == "*" or pattern == event_type:
            return True
        if "*" in pattern and fnmatch.fnmatchcase(event_type, pattern):
            return True
    return False
