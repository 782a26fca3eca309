"""The objects, idempotency_keys and jobs tables, and the events-by-type index.

The tables are written out here, not taken from `store.tables` (which describes the head
schema and changes with later migrations): this migration builds the same schema forever.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "objects",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("created", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("data", sa.Text().with_variant(sa.JSON, "postgresql"), nullable=False),
        sa.UniqueConstraint("account", "id", name="objects_account_id"),
        sa.Index("objects_list", "account", "type", "created", "seq"),
    )
    op.create_table(
        "idempotency_keys",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("request_id", sa.Text, nullable=False),
        sa.Column("created", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("due_at", sa.Float, nullable=False),
        sa.Column("test_clock", sa.Text, nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.Float, nullable=True),
        sa.Index("jobs_due", "test_clock", "due_at"),
    )
    # Events are listed by type (a partial expression index, see `store.indexes`).
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    op.drop_table("jobs")
    op.drop_table("idempotency_keys")
    op.drop_table("objects")
