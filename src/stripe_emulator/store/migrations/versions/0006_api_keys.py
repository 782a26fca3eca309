"""API keys the server issues: an account's publishable key and its restricted keys.

Secret keys need no row (any `sk_test_` key opens its own account). Issued keys are random,
not derivable from the secret key, and looked up by a SHA-256 hash of the key: a restricted
key is shown once, when it is created. A publishable key is public by design (it ships to
browsers), so it is also kept in clear (`public_key`) to be listed.

Revision ID: 0006_api_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_api_keys"
down_revision = "0005_tax"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("id", sa.Text, primary_key=True),
        # publishable | restricted
        sa.Column("kind", sa.Text, nullable=False),
        # hex SHA-256 of the whole key: how a request's key finds its row
        sa.Column("key_hash", sa.Text, nullable=False),
        # rk_test_...abcd, for listings and error messages
        sa.Column("key_hint", sa.Text, nullable=False),
        # the key itself, for publishable keys only (public by design)
        sa.Column("public_key", sa.Text, nullable=True),
        sa.Column("name", sa.Text, nullable=True),
        # restricted keys: {"<resource>": "read" | "write"} as JSON text
        sa.Column("permissions", sa.Text, nullable=True),
        sa.Column("created", sa.BigInteger, nullable=False),
        sa.Column("revoked_at", sa.BigInteger, nullable=True),
        sa.UniqueConstraint("key_hash", name="api_keys_key_hash"),
    )


def downgrade() -> None:
    op.drop_table("api_keys")
