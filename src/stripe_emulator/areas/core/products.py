"""Products: create, retrieve, update, delete, list; `product.*` events."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ResourceAlreadyExists
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.core import prices
from stripe_emulator.areas.core.models import Product
from stripe_emulator.areas.core.params import (
    ProductCreateParams,
    ProductListParams,
    ProductUpdateParams,
)
from stripe_emulator.events import emit
from stripe_emulator.events.emitter import changed_attributes
from stripe_emulator.store.engine import Filter, Row

__all__ = ["create", "delete", "list", "retrieve", "update"]

_SIMPLE = ("active", "description", "shippable", "statement_descriptor", "unit_label", "url",
           "name")


def _statement_descriptor(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) > 22 or any(c in value for c in "<>\\'\"*"):
        raise InvalidRequestError(
            "The statement descriptor must be at most 22 characters long and cannot contain "
            "any of the characters <, >, \\, ', \" or *.", param="statement_descriptor")
    return value


def _package_dimensions(p: Any) -> dict[str, float] | None:
    if p is None:
        return None
    return {"height": p.height, "length": p.length, "weight": p.weight, "width": p.width}


async def create(ctx: Context, p: ProductCreateParams) -> Product:
    """Create a product; a caller-chosen `id` must be unused in the account. With
    `default_price_data`, its default price is created too."""
    product = await _insert(ctx, p)
    if p.default_price_data is not None:
        price = await prices.create_inline(ctx, p.default_price_data, product=product["id"],
                                           now=product["created"],
                                           prefix="default_price_data")
        product["default_price"] = price["id"]
        await ctx.save(dict(product))
    await emit(ctx, "product.created", dict(product))
    return product


async def create_from_data(ctx: Context, p: Any) -> Product:
    """A product made from a price's `product_data`."""
    product = await _insert(ctx, p)
    await emit(ctx, "product.created", dict(product))
    return product


async def _insert(ctx: Context, p: Any) -> Product:
    product_id = getattr(p, "id", None)
    if product_id is not None and await ctx.session.get(ctx.account, product_id):
        raise ResourceAlreadyExists(f"Product already exists with ID {product_id}.",
                                    param="id")
    if not p.name:
        raise InvalidRequestError("Missing required param: name.", param="name",
                                  code="parameter_missing")
    now = ctx.now()
    package = getattr(p, "package_dimensions", None)
    product: Product = {
        "id": product_id or ctx.new_id("prod"),
        "object": "product",
        "active": True if p.active is None else p.active,
        "created": now,
        "default_price": None,
        "description": getattr(p, "description", None),
        "images": getattr(p, "images", None) or [],
        "livemode": False,
        "marketing_features": [{"name": f.name}
                               for f in getattr(p, "marketing_features", None) or []],
        "metadata": p.metadata or {},
        "name": p.name,
        "package_dimensions": _package_dimensions(package),
        "shippable": getattr(p, "shippable", None),
        "statement_descriptor": _statement_descriptor(p.statement_descriptor),
        "tax_code": p.tax_code,
        "tax_details": None,
        "type": getattr(p, "type", None) or "service",
        "unit_label": p.unit_label,
        "updated": now,
        "url": getattr(p, "url", None),
    }
    await ctx.insert(dict(product))
    return product


async def retrieve(ctx: Context, product_id: str) -> Row:
    """A product; a deleted one comes back as its `deleted: true` stub."""
    return await ctx.load_row(product_id, "product", allow_deleted=True)


async def update(ctx: Context, product_id: str, p: ProductUpdateParams) -> dict[str, Any]:
    """Change the fields sent; metadata merges; `updated` moves when anything changed."""
    before = await ctx.load(product_id, "product")
    after = dict(before)
    for name in _SIMPLE:
        if p.sent(name):
            after[name] = getattr(p, name)
    if p.sent("name") and not p.name:
        raise InvalidRequestError("You must provide a name for the product.", param="name")
    if p.sent("statement_descriptor"):
        after["statement_descriptor"] = _statement_descriptor(p.statement_descriptor)
    if p.sent("images"):
        after["images"] = p.images or []
    if p.sent("marketing_features"):
        after["marketing_features"] = [{"name": f.name} for f in p.marketing_features or []]
    if p.sent("package_dimensions"):
        after["package_dimensions"] = _package_dimensions(p.package_dimensions)
    if p.sent("tax_code"):
        after["tax_code"] = p.tax_code
    if p.sent("default_price"):
        if p.default_price:
            price = await ctx.load(p.default_price, "price", thing="price",
                                   param="default_price")
            if price.get("product") != product_id:
                raise InvalidRequestError(
                    f"The price {p.default_price} does not belong to this product.",
                    param="default_price")
        after["default_price"] = p.default_price
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    previous = changed_attributes(before, after)
    if previous:
        after["updated"] = ctx.now()
        previous["updated"] = before["updated"]
        await ctx.save(after)
        await emit(ctx, "product.updated", after, previous_attributes=previous)
    return after


async def delete(ctx: Context, product_id: str) -> dict[str, Any]:
    """Delete a product; refused while prices still point at it, as Stripe does."""
    product = await ctx.load(product_id, "product")
    if await ctx.session.find(ctx.account, "price", [Filter("product", product_id)]):
        raise InvalidRequestError(
            "This product cannot be deleted because it has one or more user-created prices.",
            param="id")
    stub = await ctx.delete(product)
    await emit(ctx, "product.deleted", product)
    return stub


async def list(ctx: Context, p: ProductListParams) -> ListPage:
    """Products, newest first; filters `active`, `ids[]`, `shippable`, `type`, `url`."""
    filters = []
    if p.active is not None:
        filters.append(Filter("active", p.active))
    if p.shippable is not None:
        filters.append(Filter("shippable", p.shippable))
    if p.type is not None:
        filters.append(Filter("type", p.type))
    if p.url is not None:
        filters.append(Filter("url", p.url))
    if p.ids:
        filters.append(Filter("id", tuple(p.ids), op="in"))
    return await list_objects(ctx, "product", p, url="/v1/products", filters=filters)
