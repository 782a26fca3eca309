"""Tax: partial expression indexes for the area's hot filters.

`store.indexes.CREATED_BY["0005_tax"]`:

- a transaction's line items (`GET /v1/tax/transactions/{id}/line_items`, the `line_items`
  expansion, and every reversal reads them): (account, transaction, created, seq), so a
  page is an index range of that transaction's rows, already in list order;
- transactions by reference, UNIQUE: a reference names one transaction or reversal of an
  account, even when two requests race on PostgreSQL.

A calculation's line items need none: they are one row beside the calculation, read by
id (see `areas/tax/calculations.py`). Registrations need none either: their status depends
on the clock (it cannot be indexed), and an account's few registrations are read whole
through `objects_list`.

Revision ID: 0005_tax
"""

from __future__ import annotations

from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, drop_object_indexes

revision = "0005_tax"
down_revision = "0004_entitlements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    drop_object_indexes(op, CREATED_BY[revision])
