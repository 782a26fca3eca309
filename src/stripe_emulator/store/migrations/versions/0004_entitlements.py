"""Entitlements: partial expression indexes for the area's hot filters.

`store.indexes.CREATED_BY["0004_entitlements"]`:

- a customer's active entitlements (`GET /v1/entitlements/active_entitlements?customer=`,
  asked on every request of an app): (account, customer, created, seq), so a page is an
  index range of that customer's rows only, already in list order;
- the area's per-subscription records, by customer (each recalculation);
- features by lookup_key, UNIQUE: a lookup key belongs to one feature of an account for
  good (archived ones keep theirs), even under concurrent creates on PostgreSQL;
- product features by product (a product's list, each recalculation), and UNIQUE with the
  feature: a feature attaches to a product once, even under concurrent attaches.

Revision ID: 0004_entitlements
"""

from __future__ import annotations

from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, drop_object_indexes

revision = "0004_entitlements"
down_revision = "0003_webhooks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    drop_object_indexes(op, CREATED_BY[revision])
