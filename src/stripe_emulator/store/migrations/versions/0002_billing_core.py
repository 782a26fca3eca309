"""Billing core: the card vault table and the list indexes of prices, payment methods,
subscriptions, invoices, payments and balance transactions.

Revision ID: 0002_billing_core
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stripe_emulator.store.engine import json_field

revision = "0002_billing_core"
down_revision = "0001"
branch_labels = None
depends_on = None

#: (index name, object type, document field): lists filtered by that field.
_INDEXES = [
    ("objects_price_product", "price", "product"),
    ("objects_pm_customer", "payment_method", "customer"),
    ("objects_sub_customer", "subscription", "customer"),
    ("objects_si_subscription", "subscription_item", "subscription"),
    ("objects_si_price", "subscription_item", "price.id"),
    ("objects_invoice_customer", "invoice", "customer"),
    ("objects_invoice_subscription", "invoice", "parent.subscription_details.subscription"),
    ("objects_inpay_invoice", "invoice_payment", "invoice"),
    ("objects_pi_customer", "payment_intent", "customer"),
    ("objects_charge_customer", "charge", "customer"),
    ("objects_txn_source", "balance_transaction", "source"),
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
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
    for name, object_type, field in _INDEXES:
        expr = json_field("postgresql" if dialect == "postgresql" else "sqlite", field)
        op.execute(f"CREATE INDEX {name} ON objects (account, {expr}, created, seq) "
                   f"WHERE type = '{object_type}'")
    # A lookup key names one price per account, even against two racing requests.
    key = json_field("postgresql" if dialect == "postgresql" else "sqlite", "lookup_key")
    op.execute(f"CREATE UNIQUE INDEX objects_price_lookup_key ON objects (account, {key}) "
               f"WHERE type = 'price' AND {key} IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX objects_price_lookup_key")
    for name, _, _ in _INDEXES:
        op.execute(f"DROP INDEX {name}")
    op.drop_table("card_vault")
