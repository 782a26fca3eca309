"""The objects, idempotency_keys and jobs tables, and the per-type list indexes.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stripe_emulator.store.engine import json_field
from stripe_emulator.store.tables import idempotency_keys, jobs, objects

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _field(name: str) -> str:
    """The JSON-path expression the store's filters use (same function: the text must match)."""
    return json_field("postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite",
                      name)


def upgrade() -> None:
    bind = op.get_bind()
    for table in (objects, idempotency_keys, jobs):
        table.create(bind)
    # Events are listed by type; lists filtered by a field use partial expression indexes.
    op.execute(
        f"CREATE INDEX objects_event_type ON objects (account, {_field('type')}, seq) "
        "WHERE type = 'event'"
    )


def downgrade() -> None:
    op.drop_table("jobs")
    op.drop_table("idempotency_keys")
    op.drop_table("objects")
    _ = sa
