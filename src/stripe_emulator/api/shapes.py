"""Hashes that many Stripe objects share on the wire (an address, shipping details), built
from params the same way everywhere."""

from __future__ import annotations

from typing import Any, TypedDict

__all__ = ["ADDRESS_FIELDS", "Address", "address", "shipping"]

ADDRESS_FIELDS = ("city", "country", "line1", "line2", "postal_code", "state")


class Address(TypedDict):
    city: str | None
    country: str | None
    line1: str | None
    line2: str | None
    postal_code: str | None
    state: str | None


def address(value: Any, *, upper_country: bool = False) -> Address | None:
    """A params address (model, dict or None) as the full six-field hash Stripe shows;
    `upper_country` normalizes `us` to `US` (where Stripe does)."""
    if value is None:
        return None
    data = value if isinstance(value, dict) else value.model_dump()
    out = Address(city=data.get("city") or None, country=data.get("country") or None,
                  line1=data.get("line1") or None, line2=data.get("line2") or None,
                  postal_code=data.get("postal_code") or None, state=data.get("state") or None)
    if upper_country and out["country"]:
        out["country"] = out["country"].strip().upper()
    return out


def shipping(value: Any) -> dict[str, Any] | None:
    """Params shipping details as Stripe shows them (carrier and tracking number unset)."""
    if value is None:
        return None
    data = value if isinstance(value, dict) else value.model_dump()
    return {"address": address(data.get("address")) or address({}), "carrier": None,
            "name": data.get("name"), "phone": data.get("phone"), "tracking_number": None}
