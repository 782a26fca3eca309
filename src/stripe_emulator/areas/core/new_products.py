"""New products: built from params (`POST /v1/products`, or a price's `product_data`) and
stored with their `product.created` event. Below both `products` and `prices`, which each
make products."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing, ResourceAlreadyExists
from stripe_emulator.areas.core.models import Product
from stripe_emulator.events import emit

__all__ = ["insert", "statement_descriptor"]


def statement_descriptor(value: str | None) -> str | None:
    """A product's statement descriptor, checked as Stripe does."""
    if value is None:
        return None
    if len(value) > 22 or any(c in value for c in "<>\\'\"*"):
        raise InvalidRequestError(
            "The statement descriptor must be at most 22 characters long and cannot contain "
            "any of the characters <, >, \\, ', \" or *.", param="statement_descriptor")
    return value


def package_dimensions(p: Any) -> dict[str, float] | None:
    if p is None:
        return None
    return {"height": p.height, "length": p.length, "weight": p.weight, "width": p.width}


async def insert(ctx: Context, p: Any, *, emit_created: bool = True) -> Product:
    """Store a product from `p` (create params or a price's `product_data`); a caller-chosen
    `id` must be unused in the account. `emit_created=False` leaves the event to the caller
    (which first adds the default price)."""
    product_id = getattr(p, "id", None)
    if not p.name:
        raise ParameterMissing("name")
    now = ctx.now()
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
        "package_dimensions": package_dimensions(getattr(p, "package_dimensions", None)),
        "shippable": getattr(p, "shippable", None),
        "statement_descriptor": statement_descriptor(p.statement_descriptor),
        "tax_code": p.tax_code,
        "tax_details": None,
        "type": getattr(p, "type", None) or "service",
        "unit_label": p.unit_label,
        "updated": now,
        "url": getattr(p, "url", None),
    }
    # An id of any object of the account is taken (Stripe's ids are unique per account).
    await ctx.objects.insert(product, conflict=ResourceAlreadyExists(
        f"Product already exists with ID {product['id']}.", param="id"))
    if emit_created:
        await emit(ctx, "product.created", product)
    return product
