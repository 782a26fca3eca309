"""Suppliers (`climate.supplier`): read-only, straight from the shipped catalogue."""

from __future__ import annotations

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import ResourceMissing
from stripe_emulator.api.listing import ListPage, page_in_memory
from stripe_emulator.areas.climate import catalog
from stripe_emulator.areas.climate.models import SUPPLIERS_URL, Supplier
from stripe_emulator.areas.climate.sdk_params import SupplierListParams

__all__ = ["list_suppliers", "retrieve"]


async def retrieve(ctx: Context, supplier_id: str, *, param: str = "id") -> Supplier:
    """A supplier, or `No such supplier`."""
    found = catalog.supplier(supplier_id)
    if found is None:
        raise ResourceMissing("supplier", supplier_id, param=param)
    return found


async def list_suppliers(ctx: Context, p: SupplierListParams) -> ListPage:
    """Every supplier, in catalogue order."""
    return page_in_memory(catalog.suppliers(), p, url=SUPPLIERS_URL, thing="supplier")
