"""Tax codes (`GET /v1/tax_codes`, `GET /v1/tax_codes/{id}`): the shipped catalogue
(`rates/tax_codes.json`), read-only, paged in id order."""

from __future__ import annotations

import functools
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import ResourceMissing
from stripe_emulator.api.listing import ListPage, page_in_memory
from stripe_emulator.areas.tax.engine.code_catalog import all_tax_codes, get_tax_code
from stripe_emulator.areas.tax.sdk_params import TaxCodeListParams

__all__ = ["list_tax_codes", "retrieve"]


@functools.cache
def _catalogue() -> tuple[dict[str, Any], ...]:
    return tuple(code.to_dict() for code in all_tax_codes())


async def list_tax_codes(ctx: Context, p: TaxCodeListParams) -> ListPage:
    """Every tax code of the catalogue, in id order."""
    return page_in_memory(_catalogue(), p, url="/v1/tax_codes", thing="tax code")


async def retrieve(ctx: Context, code_id: str) -> dict[str, Any]:
    """One tax code, or Stripe's 404."""
    code = get_tax_code(code_id)
    if code is None:
        raise ResourceMissing("tax code", code_id)
    return code.to_dict()
