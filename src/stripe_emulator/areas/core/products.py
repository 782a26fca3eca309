"""Products: create (with a default price), retrieve, update, delete, list; `product.*`
events."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.core import new_products, prices
from stripe_emulator.areas.core.models import Product
from stripe_emulator.areas.core.sdk_params import (
    ProductCreateParams,
    ProductListParams,
    ProductUpdateParams,
)
from stripe_emulator.events import changed_attributes, emit

__all__ = ["create", "delete", "list_products", "retrieve", "update"]

_SIMPLE = ("active", "description", "shippable", "statement_descriptor", "unit_label", "url",
           "name")


async def create(ctx: Context, p: ProductCreateParams) -> Product:
    """Create a product; a caller-chosen `id` must be unused in the account. With
    `default_price_data`, its default price is created too (before `product.created`, whose
    product names it)."""
    product = await new_products.insert(ctx, p, emit_created=p.default_price_data is None)
    if p.default_price_data is not None:
        price = await prices.create_inline(ctx, p.default_price_data, product=product["id"],
                                           now=product["created"],
                                           prefix="default_price_data")
        product["default_price"] = price["id"]
        await ctx.objects.save(product)
        await emit(ctx, "product.created", product)
    return product


async def retrieve(ctx: Context, product_id: str) -> Row:
    """A product; a deleted one comes back as its `deleted: true` stub."""
    return await ctx.objects.load_row(Product, product_id, deleted=True)


async def update(ctx: Context, product_id: str, p: ProductUpdateParams) -> dict[str, Any]:
    """Change the fields sent; metadata merges; `updated` moves when anything changed."""
    before = await ctx.objects.load(Product, product_id)
    after: dict[str, Any] = dict(before)
    for name in _SIMPLE:
        if p.sent(name):
            after[name] = getattr(p, name)
    if p.sent("name") and not p.name:
        raise InvalidRequestError("You must provide a name for the product.", param="name")
    if p.sent("statement_descriptor"):
        after["statement_descriptor"] = new_products.statement_descriptor(
            p.statement_descriptor)
    if p.sent("images"):
        after["images"] = p.images or []
    if p.sent("marketing_features"):
        after["marketing_features"] = [{"name": f.name} for f in p.marketing_features or []]
    if p.sent("package_dimensions"):
        after["package_dimensions"] = new_products.package_dimensions(p.package_dimensions)
    if p.sent("tax_code"):
        after["tax_code"] = p.tax_code
    if p.sent("default_price"):
        if p.default_price:
            price = await ctx.objects.load("price", p.default_price, param="default_price")
            if price.get("product") != product_id:
                raise InvalidRequestError(
                    f"The price {p.default_price} does not belong to this product.",
                    param="default_price")
        after["default_price"] = p.default_price
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    previous = changed_attributes(dict(before), after)
    if previous:
        after["updated"] = ctx.now()
        previous["updated"] = before["updated"]
        await ctx.objects.save(after)
        await emit(ctx, "product.updated", after, previous_attributes=previous)
    return after


async def delete(ctx: Context, product_id: str) -> dict[str, Any]:
    """Delete a product; refused while prices still point at it, as Stripe does."""
    product = await ctx.objects.load(Product, product_id)
    if await ctx.objects.find("price", Filter("product", product_id)):
        raise InvalidRequestError(
            "This product cannot be deleted because it has one or more user-created prices.",
            param="id")
    stub = await ctx.objects.delete(product)
    await emit(ctx, "product.deleted", product)
    return stub


async def list_products(ctx: Context, p: ProductListParams) -> ListPage:
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
    return await list_objects(ctx, Product, p, url="/v1/products", filters=filters)
