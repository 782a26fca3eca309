"""Features (`entitlements.feature`): create, retrieve, update (archiving is for good), list.

Feature changes emit no events (spec/webhooks_events.md §6).
"""

from __future__ import annotations

from collections.abc import Iterable

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceAlreadyExists
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.entitlements.models import Feature
from stripe_emulator.areas.entitlements.sdk_params import (
    FeatureCreateParams,
    FeatureListParams,
    FeatureUpdateParams,
)

__all__ = ["create", "list_features", "load_many", "retrieve", "update"]

LOOKUP_KEY_MAX = 80


def _taken(lookup_key: str) -> ResourceAlreadyExists:
    return ResourceAlreadyExists(f"A feature with lookup_key '{lookup_key}' already exists.",
                                 param="lookup_key")


async def create(ctx: Context, p: FeatureCreateParams) -> Feature:
    """Create a feature; its `lookup_key` is unique in the account, archived ones included."""
    if len(p.lookup_key) > LOOKUP_KEY_MAX:
        raise InvalidRequestError(
            f"Invalid string: {p.lookup_key[:50]}...; must be at most {LOOKUP_KEY_MAX} "
            "characters", param="lookup_key")
    if await ctx.objects.find(Feature, Filter("lookup_key", p.lookup_key)) is not None:
        raise _taken(p.lookup_key)
    feature: Feature = {
        "id": ctx.new_id("feat_test"),
        "object": "entitlements.feature",
        "active": True,
        "livemode": False,
        "lookup_key": p.lookup_key,
        "metadata": p.metadata or {},
        "name": p.name,
    }
    # Features have no `created`; the row's creation time orders lists. A concurrent create
    # may take the key between the check above and this insert (unique index, migration
    # 0004): the same error.
    await ctx.objects.insert(dict(feature), created=ctx.now(), conflict=_taken(p.lookup_key))
    return feature


async def retrieve(ctx: Context, feature_id: str) -> Row:
    """A feature, archived or not."""
    return await ctx.objects.load_row(Feature, feature_id)


async def update(ctx: Context, feature_id: str, p: FeatureUpdateParams) -> Feature:
    """Rename, change metadata, or archive (`active=false`, permanent)."""
    before = await ctx.objects.load(Feature, feature_id)
    after = before.copy()
    if p.sent("active") and p.active is not None:
        if p.active and not before["active"]:
            raise InvalidRequestError("Archived features cannot be reactivated.",
                                      param="active")
        after["active"] = p.active
    if p.sent("name") and p.name is not None:
        after["name"] = p.name
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    if after != before:
        await ctx.objects.save(after)
    return after


async def list_features(ctx: Context, p: FeatureListParams) -> ListPage:
    """Features, newest first: active ones unless `archived=true`; `lookup_key` exact."""
    filters = [Filter("active", not p.archived)]
    if p.lookup_key is not None:
        filters.append(Filter("lookup_key", p.lookup_key))
    return await list_objects(ctx, Feature, p, url="/v1/entitlements/features",
                              filters=filters)


async def load_many(ctx: Context, feature_ids: Iterable[str]) -> dict[str, Feature]:
    """The features named (as stored now), by id; ids that are not features are left out."""
    found: dict[str, Feature] = {}
    for feature_id in dict.fromkeys(feature_ids):
        feature = await ctx.objects.get(Feature, feature_id)
        if feature is not None:
            found[feature_id] = feature
    return found
