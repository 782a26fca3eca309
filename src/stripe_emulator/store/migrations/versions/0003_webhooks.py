"""Webhook delivery bookkeeping: endpoint secrets, per (event, endpoint) deliveries, attempts.

- `webhook_endpoint_private`: what a webhook endpoint keeps off its document (the signing
  secret, shown only at creation; `connect`; how long it has been failing).
- `webhook_deliveries`: one row per (event, endpoint) once an attempt was made: its state
  and the number of automatic attempts (the retry schedule counts them).
- `webhook_attempts`: every attempt, with request, response status, body excerpt, duration.

Revision ID: 0003_webhooks
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_webhooks"
down_revision = "0002_billing_core"  # after billing's tables (one line of heads)
branch_labels = None
depends_on = None


def _seq() -> sa.Column[int]:
    return sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"),
                     primary_key=True, autoincrement=True)


def upgrade() -> None:
    op.create_table(
        "webhook_endpoint_private",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("endpoint", sa.Text, primary_key=True),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("connect", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("failing_since", sa.Float, nullable=True),
        sa.Column("disabled_reason", sa.Text, nullable=True),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("event", sa.Text, primary_key=True),
        sa.Column("endpoint", sa.Text, primary_key=True),
        # pending (a retry is due), succeeded, failed (retries exhausted)
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_attempt_at", sa.Float, nullable=False),
        sa.Column("next_retry_at", sa.Float, nullable=True),
    )
    op.create_table(
        "webhook_attempts",
        _seq(),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("event", sa.Text, nullable=False),
        sa.Column("endpoint", sa.Text, nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        # the record, as the operator routes show it (JSON text)
        sa.Column("data", sa.Text, nullable=False),
        sa.Index("webhook_attempts_endpoint", "account", "endpoint", "seq"),
        sa.Index("webhook_attempts_event", "account", "event", "seq"),
    )


def downgrade() -> None:
    op.drop_table("webhook_attempts")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhook_endpoint_private")
