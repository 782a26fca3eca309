"""Invoice payments by PaymentIntent: an invoice follows its PaymentIntent's events
(`payment_intent.succeeded|payment_failed`), finding its payment by the PaymentIntent's id
on every payment attempt.

Revision ID: 0007_invoice_payment_intent
"""

from __future__ import annotations

from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, drop_object_indexes

revision = "0007_invoice_payment_intent"
down_revision = "0006_api_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    drop_object_indexes(op, CREATED_BY[revision])
