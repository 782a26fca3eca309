"""Tax: partial expression indexes for the area's hot filters.

- a transaction's line items (`GET /v1/tax/transactions/{id}/line_items`, the `line_items`
  expansion, and every reversal reads them): (account, transaction, created, seq), so a
  page is an index range of that transaction's rows, already in list order;
- transactions by reference, UNIQUE: a reference names one transaction or reversal of an
  account, even when two requests race on PostgreSQL.

A calculation's line items need none: they are one row beside the calculation, read by
id (see `areas/tax/calculations.py`). Registrations need none either: their status depends
on the clock (it cannot be indexed), and an account's few registrations are read whole
through `objects_list`.

Expressions are written by `store.engine.json_field`, the function the store's filters use,
so the text matches exactly and the planners pick these indexes.

Revision ID: 0005_tax
"""

from __future__ import annotations

from typing import Literal

from alembic import op

from stripe_emulator.store.engine import json_field

revision = "0005_tax"
down_revision = "0004_entitlements"
branch_labels = None
depends_on = None

_INDEXES = (
    # name, unique, type, key expressions (fields or plain columns)
    ("objects_tax_transaction_line_item", False, "tax.transaction_line_item",
     ("account", "$transaction", "created", "seq")),
    ("objects_tax_transaction_reference", True, "tax.transaction",
     ("account", "$reference")),
)


def upgrade() -> None:
    dialect: Literal["sqlite", "postgresql"] = (
        "postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite")
    for name, unique, type_, keys in _INDEXES:
        columns = ", ".join(json_field(dialect, k[1:]) if k.startswith("$") else k
                            for k in keys)
        op.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON objects ({columns}) "
                   f"WHERE type = '{type_}'")


def downgrade() -> None:
    for name, *_ in _INDEXES:
        op.execute(f"DROP INDEX {name}")
