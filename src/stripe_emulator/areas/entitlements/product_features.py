"""Product features (`product_feature`): attach a Feature to a Product, list, retrieve,
detach.

The stored row keeps the feature's id and the product's; the wire shows the Feature as it
is now, embedded. Attaching and detaching emit no events and change no one's entitlements
until their next recalculation (spec/entitlements.md §3).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceAlreadyExists, ResourceMissing
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.entitlements import features
from stripe_emulator.areas.entitlements.models import (
    Feature,
    ProductFeature,
    ProductFeatureRecord,
)
from stripe_emulator.areas.entitlements.sdk_params import (
    ProductFeatureCreateParams,
    ProductFeatureListParams,
)

__all__ = ["create", "delete", "feature_ids_of_products", "list_product_features", "retrieve"]

_IN_CHUNK = 500  # ids per `IN (...)`, well under both databases' parameter limits


def _already_attached() -> ResourceAlreadyExists:
    return ResourceAlreadyExists("This feature is already attached to this product.",
                                 param="entitlement_feature")


def _render(product_feature_id: str, feature: Feature) -> ProductFeature:
    return {"id": product_feature_id, "object": "product_feature",
            "entitlement_feature": feature, "livemode": False}


async def _product(ctx: Context, product_id: str) -> None:
    await ctx.objects.load("product", product_id, param="product")


async def _stored(ctx: Context, product_id: str,
                  product_feature_id: str) -> ProductFeatureRecord:
    await _product(ctx, product_id)
    stored = await ctx.objects.get(ProductFeatureRecord, product_feature_id)
    if stored is None or stored["product"] != product_id:
        raise ResourceMissing("product feature", product_feature_id)
    return stored


async def create(ctx: Context, product_id: str, p: ProductFeatureCreateParams) -> ProductFeature:
    """Attach an active feature to a product, once."""
    await _product(ctx, product_id)
    feature = await ctx.objects.load(Feature, p.entitlement_feature,
                                     param="entitlement_feature")
    if not feature["active"]:
        raise InvalidRequestError(
            f"The feature '{feature['id']}' is archived and cannot be attached to a product.",
            param="entitlement_feature")
    if await ctx.objects.find(ProductFeatureRecord, Filter("product", product_id),
                              Filter("entitlement_feature", feature["id"])) is not None:
        raise _already_attached()
    stored: ProductFeatureRecord = {
        "id": ctx.new_id("prodft"), "object": "product_feature",
        "entitlement_feature": feature["id"], "livemode": False, "product": product_id}
    # A concurrent attach may win between the check above and this insert (unique index,
    # migration 0004): the same error.
    await ctx.objects.insert(stored, created=ctx.now(), conflict=_already_attached())
    return _render(stored["id"], feature)


async def retrieve(ctx: Context, product_id: str, product_feature_id: str) -> ProductFeature:
    """One attachment of this product (an id from another product's path is not found)."""
    stored = await _stored(ctx, product_id, product_feature_id)
    feature = await ctx.objects.load(Feature, stored["entitlement_feature"])
    return _render(stored["id"], feature)


async def delete(ctx: Context, product_id: str, product_feature_id: str) -> dict[str, Any]:
    """Detach; entitlements already granted stay until the next recalculation."""
    stored = await _stored(ctx, product_id, product_feature_id)
    return await ctx.objects.delete(stored)


async def list_product_features(ctx: Context, product_id: str,
                                p: ProductFeatureListParams) -> ListPage:
    """A product's features, newest first, each with its Feature embedded."""
    await _product(ctx, product_id)
    page = await list_objects(ctx, ProductFeatureRecord, p,
                              url=f"/v1/products/{product_id}/features",
                              filters=[Filter("product", product_id)], thing="product feature")
    stored = page.docs()
    found = await features.load_many(ctx, [s["entitlement_feature"] for s in stored])
    page.data = [dict(_render(s["id"], found[s["entitlement_feature"]])) for s in stored
                 if s["entitlement_feature"] in found]
    return page


async def feature_ids_of_products(ctx: Context, product_ids: Sequence[str]) -> list[str]:
    """Distinct ids of the features attached to any of `product_ids`, oldest attachment
    first (archived features included: archiving does not revoke)."""
    found: dict[str, None] = {}
    ids = sorted(set(product_ids))
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = tuple(ids[start:start + _IN_CHUNK])
        for stored in await ctx.objects.all(ProductFeatureRecord,
                                            Filter("product", chunk, op="in"),
                                            oldest_first=True):
            found.setdefault(stored["entitlement_feature"], None)
    return [*found]
