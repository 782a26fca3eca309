"""Billing core: the card vault table and the list indexes of prices, payment methods,
subscriptions, invoices, payments and balance transactions.

The indexes are `store.indexes.CREATED_BY["0002_billing_core"]`: lists filtered by a
document field, and a UNIQUE one for price lookup keys (one price per key and account,
even against two racing requests).

Revision ID: 0002_billing_core
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, drop_object_indexes

revision = "0002_billing_core"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Card numbers and CVCs, AES-GCM encrypted (key in the data dir), never in a document.
    op.create_table(
        "card_vault",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("payment_method", sa.Text, primary_key=True),
        sa.Column("card", sa.Text, nullable=False),
        sa.Column("cvc", sa.Text, nullable=True),
        sa.Column("cvc_available_until", sa.BigInteger, nullable=True),
        sa.Column("created", sa.BigInteger, nullable=False),
    )
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    drop_object_indexes(op, CREATED_BY[revision])
    op.drop_table("card_vault")
