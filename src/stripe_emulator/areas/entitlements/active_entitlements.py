"""Active entitlements (`entitlements.active_entitlement`): a customer's materialized rows,
listed and retrieved, and `recalculate`, which brings them up to date and reports a change
with one `entitlements.active_entitlement_summary.updated` event.

Reads never compute: a list is one indexed query on the customer's own rows (migration
0004), rendered from the stored text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.entitlements import features, product_features
from stripe_emulator.areas.entitlements.models import (
    ACTIVE_ENTITLEMENTS_URL,
    SUMMARY_UPDATED,
    ActiveEntitlementRecord,
    ActiveEntitlementSummary,
    Feature,
    public_entitlement,
)
from stripe_emulator.areas.entitlements.sdk_params import ActiveEntitlementListParams
from stripe_emulator.events import emit

__all__ = ["forget", "list_active_entitlements", "recalculate", "retrieve"]

SUMMARY_PAGE = 10  # entitlements embedded in a summary event (consumers page the rest)


async def list_active_entitlements(ctx: Context, p: ActiveEntitlementListParams) -> ListPage:
    """The customer's active entitlements, newest first; an unknown customer is a 404.

    Rows exist only for live customers (a deleted customer's go with it, see
    recalculation.py), so only an empty page needs the customer looked up: the hot path
    is one indexed query.
    """
    page = await list_objects(ctx, ActiveEntitlementRecord, p, url=ACTIVE_ENTITLEMENTS_URL,
                              filters=[Filter("customer", p.customer)])
    if not page.data:
        await ctx.objects.load("customer", p.customer, param="customer")
    page.data = [public_entitlement(d) if isinstance(d, str) else d for d in page.data]
    return page


async def retrieve(ctx: Context, entitlement_id: str) -> Row:
    """One active entitlement; gone (404) once it is no longer active."""
    row = await ctx.objects.load_row(ActiveEntitlementRecord, entitlement_id)
    row.data = public_entitlement(row.data)
    return row


async def _held(ctx: Context, customer_id: str) -> list[ActiveEntitlementRecord]:
    """The customer's current entitlements, newest first."""
    return await ctx.objects.all(ActiveEntitlementRecord, Filter("customer", customer_id))


def _summary_list(held: Sequence[Mapping[str, Any]], found: dict[str, Feature]
                  ) -> dict[str, Any]:
    """The first page of entitlements as a summary embeds it: features expanded."""
    data = []
    for entitlement in held[:SUMMARY_PAGE]:
        item: dict[str, Any] = {k: v for k, v in entitlement.items() if k != "customer"}
        item["feature"] = found.get(entitlement["feature"], entitlement["feature"])
        data.append(item)
    return {"object": "list", "data": data, "has_more": len(held) > SUMMARY_PAGE,
            "url": ACTIVE_ENTITLEMENTS_URL}


async def recalculate(ctx: Context, customer_id: str, product_ids: Iterable[str], *,
                      at: int) -> bool:
    """Make the customer's active entitlements exactly the features attached to
    `product_ids` (the products of their entitling subscriptions), as of time `at`.

    A feature still granted keeps its entitlement (and id); a new grant gets a new id.
    When the set changed, emits the summary event (first page, `previous_attributes`) and
    returns True.
    """
    granted = await product_features.feature_ids_of_products(ctx, [*product_ids])
    held = {entitlement["feature"]: entitlement for entitlement in await _held(ctx, customer_id)}
    if set(held) == set(granted):
        return False
    previous = [*held.values()]
    added = [f for f in granted if f not in held]
    found = await features.load_many(ctx, [*held, *added])
    for feature_id, entitlement in held.items():
        if feature_id not in granted:
            await ctx.objects.remove(entitlement["id"])
    for feature_id in added:
        feature = found.get(feature_id)
        if feature is None:  # an attachment naming a feature that is gone: nothing to grant
            continue
        # `customer` last: the wire text is the stored text with it cut off (models.py).
        record: ActiveEntitlementRecord = {
            "id": ctx.new_id("ent_test"), "object": "entitlements.active_entitlement",
            "feature": feature_id, "livemode": False, "lookup_key": feature["lookup_key"],
            "customer": customer_id}
        await ctx.objects.insert(record, created=at)
    current = [row.doc() for row in await ctx.objects.rows(
        ActiveEntitlementRecord, limit=SUMMARY_PAGE + 1,
        filters=[Filter("customer", customer_id)])]
    summary: ActiveEntitlementSummary = {
        "object": "entitlements.active_entitlement_summary",
        "customer": customer_id,
        "entitlements": _summary_list(current, found),
        "livemode": False,
    }
    await emit(ctx, SUMMARY_UPDATED, dict(summary),
               previous_attributes={"entitlements": _summary_list(previous, found)},
               created=at)
    return True


async def forget(ctx: Context, customer_id: str) -> None:
    """Drop the entitlements of a customer that no longer exists, without an event."""
    for entitlement in await _held(ctx, customer_id):
        await ctx.objects.remove(entitlement["id"])
