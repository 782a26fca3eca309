"""The shipped catalogue of Stripe product tax codes (``rates/tax_codes.json``) and lookups.

Each code maps to an internal category that the engine's rules table keys on.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Literal

__all__ = [
    "DEFAULT_SHIPPING_TAX_CODE",
    "DEFAULT_TAX_CODE",
    "NONTAXABLE_TAX_CODE",
    "Category",
    "TaxCode",
    "all_tax_codes",
    "category_of",
    "get_tax_code",
]

Category = Literal[
    "nontaxable", "digital_service", "saas_personal", "saas_business", "ebook", "service",
    "tangible", "clothing", "shipping",
]

#: Used for a line with no tax code, no product code and no settings default (spec 5).
DEFAULT_TAX_CODE = "txcd_10000000"
#: Used for shipping_cost without a tax code.
DEFAULT_SHIPPING_TAX_CODE = "txcd_92010001"
NONTAXABLE_TAX_CODE = "txcd_00000000"


@dataclass(frozen=True, slots=True)
class TaxCode:
    """One catalogue entry, shaped like Stripe's ``tax_code`` object plus our category."""

    id: str
    name: str
    description: str
    category: Category
    performance_location: Literal["optional", "required"] | None = None

    def to_dict(self) -> dict[str, object]:
        requirements = ({"performance_location": self.performance_location}
                        if self.performance_location else None)
        return {"id": self.id, "object": "tax_code", "name": self.name,
                "description": self.description, "requirements": requirements}


@functools.cache
def _catalogue() -> dict[str, TaxCode]:
    text = resources.files(__package__).joinpath("rates", "tax_codes.json").read_text("utf-8")
    codes: dict[str, TaxCode] = {}
    for raw in json.loads(text)["tax_codes"]:
        requirements = raw.get("requirements") or {}
        codes[raw["id"]] = TaxCode(id=raw["id"], name=raw["name"],
                                   description=raw["description"], category=raw["category"],
                                   performance_location=requirements.get("performance_location"))
    return dict(sorted(codes.items()))


def all_tax_codes() -> tuple[TaxCode, ...]:
    """Every code, sorted by id (the order ``GET /v1/tax_codes`` pages through)."""
    return tuple(_catalogue().values())


def get_tax_code(code_id: str) -> TaxCode | None:
    """The catalogue entry, or None for an unknown id."""
    return _catalogue().get(code_id)


@functools.cache
def _categories() -> dict[str, Category]:
    return {code.id: code.category for code in _catalogue().values()}


def category_of(code_id: str) -> Category | None:
    """The rules category of a code, or None for an unknown id."""
    return _categories().get(code_id)
