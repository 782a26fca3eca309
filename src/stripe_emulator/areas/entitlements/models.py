"""Entitlements object shapes, the entitling subscription statuses, and how stored rows
differ from what the wire shows.

Two stored documents carry one field the wire never shows, kept LAST in the document so a
page can be rendered from the stored text without parsing it:
- an active entitlement stores `customer` (the hot filter: a customer's entitlements);
- a product feature stores `product`, and the id of its feature (rendered as the full,
  current Feature).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

import orjson

from stripe_emulator.api.expand import expandable

__all__ = [
    "ACTIVE_ENTITLEMENT",
    "ActiveEntitlement",
    "ActiveEntitlementRecord",
    "ActiveEntitlementSummary",
    "ENTITLING_STATUSES",
    "FEATURE",
    "Feature",
    "PRODUCT_FEATURE",
    "ProductFeature",
    "ProductFeatureRecord",
    "SUBSCRIPTION_RECORD",
    "SUMMARY_UPDATED",
    "SubscriptionRecord",
    "public_entitlement",
]

FEATURE = "entitlements.feature"
PRODUCT_FEATURE = "product_feature"
ACTIVE_ENTITLEMENT = "entitlements.active_entitlement"
#: Internal: what this area learned about one subscription from its events.
SUBSCRIPTION_RECORD = "entitlements.subscription"
SUMMARY_UPDATED = "entitlements.active_entitlement_summary.updated"
ACTIVE_ENTITLEMENTS_URL = "/v1/entitlements/active_entitlements"

#: Subscription statuses that grant the features of their products (spec/entitlements.md §3;
#: Stripe: "as long as a customer maintains an active subscription ... they retain an active
#: entitlement").
ENTITLING_STATUSES = frozenset({
    "trialing",   # live, in its trial
    "active",     # live and paid
    "past_due",   # live, a renewal payment failed; retries still running
    "paused",     # trial ended without a payment method; not revoked (observed)
    "unpaid",     # retries exhausted, kept open; not revoked (same mechanism as paused)
})
#: Not entitling: `incomplete` (first payment not made), `incomplete_expired` and
#: `canceled` (the subscription ended; entitlements are revoked).


class Feature(TypedDict):
    id: str
    object: Literal["entitlements.feature"]
    active: bool
    livemode: bool
    lookup_key: str
    metadata: dict[str, str]
    name: str


class ProductFeature(TypedDict):
    id: str
    object: Literal["product_feature"]
    entitlement_feature: Feature
    livemode: bool


class ActiveEntitlement(TypedDict):
    id: str
    object: Literal["entitlements.active_entitlement"]
    feature: str | Feature
    livemode: bool
    lookup_key: str


class ActiveEntitlementRecord(TypedDict):
    """An active entitlement as stored: the wire's fields, then `customer` (last)."""

    id: str
    object: Literal["entitlements.active_entitlement"]
    feature: str
    livemode: bool
    lookup_key: str
    customer: str


class ProductFeatureRecord(TypedDict):
    """A product feature as stored: the feature's id (the wire embeds the Feature as it is
    now), then `product` (last)."""

    id: str
    object: Literal["product_feature"]
    entitlement_feature: str
    livemode: bool
    product: str


class SubscriptionRecord(TypedDict):
    """Internal, never rendered: what this area learned about one subscription from its
    events."""

    id: str
    object: Literal["entitlements.subscription"]
    subscription: str
    customer: str
    status: str | None
    products: list[str]
    test_clock: str | None


class ActiveEntitlementSummary(TypedDict):
    object: Literal["entitlements.active_entitlement_summary"]
    customer: str
    entitlements: dict[str, Any]
    livemode: bool


_CUSTOMER_TAIL = ',"customer":"'


def public_entitlement(stored: str) -> str:
    """The wire JSON of a stored active entitlement: its trailing `customer` cut off."""
    cut = stored.rfind(_CUSTOMER_TAIL)
    if cut > 0 and stored.endswith('"}') and '"' not in stored[cut + len(_CUSTOMER_TAIL):-2]:
        return stored[:cut] + "}"
    doc = orjson.loads(stored)  # not as we wrote it (a re-serialized import): the slow way
    doc.pop("customer", None)
    return orjson.dumps(doc).decode()


expandable(ACTIVE_ENTITLEMENT, "feature")
# product_feature.entitlement_feature is always the embedded Feature: not expandable.
