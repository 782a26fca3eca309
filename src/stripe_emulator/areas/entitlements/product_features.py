"""Product features (`product_feature`): attach a Feature to a Product, list, retrieve,
detach.

The stored row keeps the feature's id and the product's; the wire shows the Feature as it
is now, embedded. Attaching and detaching emit no events and change no one's entitlements
until their next recalculation (spec/entitlements.md §3).
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceAlreadyExists, ResourceMissing
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.areas.entitlements import features
from stripe_emulator.areas.entitlements.models import FEATURE, PRODUCT_FEATURE, ProductFeature
from stripe_emulator.areas.entitlements.params import (
    ProductFeatureCreateParams,
    ProductFeatureListParams,
)
from stripe_emulator.store.engine import Conflict, Filter

__all__ = ["create", "delete", "feature_ids_of_products", "list", "retrieve"]

_IN_CHUNK = 500  # ids per `IN (...)`, well under both databases' parameter limits


def _already_attached() -> ResourceAlreadyExists:
    return ResourceAlreadyExists("This feature is already attached to this product.",
                                 param="entitlement_feature")


def _render(stored: dict[str, Any], feature: dict[str, Any]) -> ProductFeature:
    return {"id": stored["id"], "object": "product_feature",
            "entitlement_feature": feature,  # type: ignore[typeddict-item]
            "livemode": False}


async def _product(ctx: Context, product_id: str) -> None:
    await ctx.load(product_id, "product", param="product")


async def _stored(ctx: Context, product_id: str, product_feature_id: str) -> dict[str, Any]:
    await _product(ctx, product_id)
    row = await ctx.session.get(ctx.account, product_feature_id)
    doc = row.doc() if row is not None and row.type == PRODUCT_FEATURE and not row.deleted \
        else None
    if doc is None or doc.get("product") != product_id:
        raise ResourceMissing("product feature", product_feature_id)
    return doc


async def create(ctx: Context, product_id: str, p: ProductFeatureCreateParams) -> ProductFeature:
    """Attach an active feature to a product, once."""
    await _product(ctx, product_id)
    feature = await ctx.load(p.entitlement_feature, FEATURE, thing="feature",
                             param="entitlement_feature")
    if not feature["active"]:
        raise InvalidRequestError(
            f"The feature '{feature['id']}' is archived and cannot be attached to a product.",
            param="entitlement_feature")
    if await ctx.session.find(ctx.account, PRODUCT_FEATURE, [
            Filter("product", product_id), Filter("entitlement_feature", feature["id"])]):
        raise _already_attached()
    stored = {"id": ctx.new_id("prodft"), "object": PRODUCT_FEATURE,
              "entitlement_feature": feature["id"], "livemode": False, "product": product_id}
    try:
        await ctx.session.insert(ctx.account, stored, created=ctx.now())
    except Conflict:  # a concurrent attach won (unique index, migration 0004)
        raise _already_attached() from None
    return _render(stored, feature)


async def retrieve(ctx: Context, product_id: str, product_feature_id: str) -> ProductFeature:
    """One attachment of this product (an id from another product's path is not found)."""
    stored = await _stored(ctx, product_id, product_feature_id)
    feature = await ctx.load(stored["entitlement_feature"], FEATURE, thing="feature")
    return _render(stored, feature)


async def delete(ctx: Context, product_id: str, product_feature_id: str) -> dict[str, Any]:
    """Detach; entitlements already granted stay until the next recalculation."""
    stored = await _stored(ctx, product_id, product_feature_id)
    return await ctx.delete(stored)


async def list(ctx: Context, product_id: str, p: ProductFeatureListParams) -> ListPage:
    """A product's features, newest first, each with its Feature embedded."""
    await _product(ctx, product_id)
    page = await list_objects(ctx, PRODUCT_FEATURE, p,
                              url=f"/v1/products/{product_id}/features",
                              filters=[Filter("product", product_id)], thing="product feature")
    stored = page.docs()
    found = await features.load_many(ctx, [s["entitlement_feature"] for s in stored])
    page.data = [dict(_render(s, found[s["entitlement_feature"]])) for s in stored
                 if s["entitlement_feature"] in found]
    return page


async def feature_ids_of_products(ctx: Context, product_ids: Sequence[str]
                                  ) -> builtins.list[str]:
    """Distinct ids of the features attached to any of `product_ids`, oldest attachment
    first (archived features included: archiving does not revoke)."""
    found: dict[str, None] = {}
    ids = sorted(set(product_ids))
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = tuple(ids[start:start + _IN_CHUNK])
        rows = await ctx.session.list(ctx.account, PRODUCT_FEATURE, limit=100_000,
                                      filters=[Filter("product", chunk, op="in")],
                                      oldest_first=True)
        for row in rows:
            found.setdefault(row.doc()["entitlement_feature"], None)
    return [*found]
