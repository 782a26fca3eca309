"""Tax object shapes on the wire, the object type names, and how stored rows differ from
what the wire shows.

A calculation's line items are stored together, as one `tax.calculation_line_items` row
(`{"id": "<calculation id>.line_items", "data": [<line item>, ...]}`): they never change,
are at most 100, and are always read together.

Transaction line items are stored one row each (reversals look them up one by one, and
Sigma reads them as a table), with one field the wire never shows kept LAST in the
document, `transaction` (the hot filter: the line items of one transaction), so a page is
rendered from the stored text by cutting that tail off (`public_line_item`).

`tax.settings` is a singleton without an id on the wire; its row is stored under
`SETTINGS_ID` and the id is dropped when it is shown.
"""

from __future__ import annotations

import functools
from typing import Any

import orjson

__all__ = [
    "CALCULATION",
    "CALCULATION_LINE_ITEM",
    "CALCULATION_LINE_ITEMS",
    "CALCULATION_TTL",
    "REGISTRATION",
    "SETTINGS",
    "SETTINGS_ID",
    "TRANSACTION",
    "TRANSACTION_BOOK",
    "TRANSACTION_LINE_ITEM",
    "is_country",
    "line_items_id",
    "list_url",
    "public_line_item",
]

SETTINGS = "tax.settings"
REGISTRATION = "tax.registration"
CALCULATION = "tax.calculation"
CALCULATION_LINE_ITEM = "tax.calculation_line_item"
#: Internal: all line items of one calculation, in one row.
CALCULATION_LINE_ITEMS = "tax.calculation_line_items"
TRANSACTION = "tax.transaction"
TRANSACTION_LINE_ITEM = "tax.transaction_line_item"
#: Internal: what has been reversed of one transaction so far (see `transactions`).
TRANSACTION_BOOK = "tax.transaction_book"

#: The row id of an account's tax settings (the wire object has no id).
SETTINGS_ID = "tax_settings"
#: A calculation can be read, and turned into a transaction, for 90 days.
CALCULATION_TTL = 90 * 24 * 3600

_PARENT_FIELD = "transaction"
_PARENT_TAIL = ',"transaction":"'


@functools.cache
def is_country(code: str) -> bool:
    """Is `code` an ISO 3166-1 alpha-2 country code (upper case)?"""
    import pycountry

    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def list_url(parent_id: str) -> str:
    """`/v1/tax/calculations/<id>/line_items` or `/v1/tax/transactions/<id>/line_items`."""
    kind = "calculations" if parent_id.startswith("taxcalc_") else "transactions"
    return f"/v1/tax/{kind}/{parent_id}/line_items"


def line_items_id(calculation_id: str) -> str:
    """The row id of a calculation's line items."""
    return f"{calculation_id}.line_items"


def with_parent(item: dict[str, Any], transaction_id: str) -> dict[str, Any]:
    """The stored form of a transaction line item: the wire fields, then its transaction."""
    return {**item, _PARENT_FIELD: transaction_id}


def public_line_item(stored: str) -> str:
    """The wire JSON of a stored transaction line item: its trailing link cut off."""
    cut = stored.rfind(_PARENT_TAIL)
    if cut > 0 and stored.endswith('"}') and '"' not in stored[cut + len(_PARENT_TAIL):-2]:
        return stored[:cut] + "}"
    doc = orjson.loads(stored)  # not as we wrote it (a re-serialized import): the slow way
    doc.pop(_PARENT_FIELD, None)
    return orjson.dumps(doc).decode()


def public_line_item_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """A parsed stored transaction line item without its link."""
    doc.pop(_PARENT_FIELD, None)
    return doc
