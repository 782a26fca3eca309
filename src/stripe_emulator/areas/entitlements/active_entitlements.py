"""Active entitlements (`entitlements.active_entitlement`): a customer's materialized rows,
listed and retrieved, and `recalculate`, which brings them up to date and reports a change
with one `entitlements.active_entitlement_summary.updated` event.

Reads never compute: a list is one indexed query on the customer's own rows (migration
0004), rendered from the stored text.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import ResourceMissing
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.areas.entitlements import features, product_features
from stripe_emulator.areas.entitlements.models import (
    ACTIVE_ENTITLEMENT,
    ACTIVE_ENTITLEMENTS_URL,
    SUMMARY_UPDATED,
    ActiveEntitlementSummary,
    public_entitlement,
)
from stripe_emulator.areas.entitlements.params import ActiveEntitlementListParams
from stripe_emulator.events import emit
from stripe_emulator.store.engine import Filter, Row

__all__ = ["forget", "list", "recalculate", "retrieve"]

SUMMARY_PAGE = 10  # entitlements embedded in a summary event (consumers page the rest)
_ALL = 100_000  # "every row" for a customer's own rows


async def _require_customer(ctx: Context, customer_id: str) -> None:
    row = await ctx.session.get(ctx.account, customer_id)
    if row is None or row.type != "customer" or row.deleted:
        raise ResourceMissing("customer", customer_id, param="customer")


async def list(ctx: Context, p: ActiveEntitlementListParams) -> ListPage:
    """The customer's active entitlements, newest first; an unknown customer is a 404.

    Rows exist only for live customers (a deleted customer's go with it, see
    recalculation.py), so only an empty page needs the customer looked up: the hot path
    is one indexed query.
    """
    page = await list_objects(ctx, ACTIVE_ENTITLEMENT, p, url=ACTIVE_ENTITLEMENTS_URL,
                              filters=[Filter("customer", p.customer)],
                              thing="active entitlement")
    if not page.data:
        await _require_customer(ctx, p.customer)
    page.data = [public_entitlement(d) if isinstance(d, str) else d for d in page.data]
    return page


async def retrieve(ctx: Context, entitlement_id: str) -> Row:
    """One active entitlement; gone (404) once it is no longer active."""
    row = await ctx.session.get(ctx.account, entitlement_id)
    if row is None or row.type != ACTIVE_ENTITLEMENT or row.deleted:
        raise ResourceMissing("active entitlement", entitlement_id)
    row.data = public_entitlement(row.data)
    return row


async def _held(ctx: Context, customer_id: str) -> builtins.list[Row]:
    """The customer's current rows, newest first."""
    return await ctx.session.list(ctx.account, ACTIVE_ENTITLEMENT, limit=_ALL,
                                  filters=[Filter("customer", customer_id)])


def _summary_list(docs: builtins.list[dict[str, Any]], found: dict[str, dict[str, Any]]
                  ) -> dict[str, Any]:
    """The first page of entitlements as a summary embeds it: features expanded."""
    data = []
    for doc in docs[:SUMMARY_PAGE]:
        item = {k: v for k, v in doc.items() if k != "customer"}
        item["feature"] = found.get(doc["feature"], doc["feature"])
        data.append(item)
    return {"object": "list", "data": data, "has_more": len(docs) > SUMMARY_PAGE,
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
    held_rows = await _held(ctx, customer_id)
    held = {(doc := row.doc())["feature"]: doc for row in held_rows}
    if set(held) == set(granted):
        return False
    previous_docs = [*held.values()]
    added = [f for f in granted if f not in held]
    found = await features.load_many(ctx, [*held, *added])
    for feature_id, doc in held.items():
        if feature_id not in granted:
            await ctx.session.remove(ctx.account, doc["id"])
    for feature_id in added:
        feature = found.get(feature_id)
        if feature is None:  # an attachment naming a feature that is gone: nothing to grant
            continue
        # `customer` last: the wire text is the stored text with it cut off (models.py).
        await ctx.session.insert(ctx.account, {
            "id": ctx.new_id("ent_test"), "object": ACTIVE_ENTITLEMENT, "feature": feature_id,
            "livemode": False, "lookup_key": feature["lookup_key"], "customer": customer_id,
        }, created=at)
    current_docs = [row.doc() for row in await ctx.session.list(
        ctx.account, ACTIVE_ENTITLEMENT, limit=SUMMARY_PAGE + 1,
        filters=[Filter("customer", customer_id)])]
    summary: ActiveEntitlementSummary = {
        "object": "entitlements.active_entitlement_summary",
        "customer": customer_id,
        "entitlements": _summary_list(current_docs, found),
        "livemode": False,
    }
    await emit(ctx, SUMMARY_UPDATED, dict(summary),
               previous_attributes={"entitlements": _summary_list(previous_docs, found)},
               created=at)
    return True



async def forget(ctx: Context, customer_id: str) -> None:
    """Drop the rows of a customer that no longer exists, without an event."""
    for row in await _held(ctx, customer_id):
        await ctx.session.remove(ctx.account, row.id)
