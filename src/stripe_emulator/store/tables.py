"""The schema, as SQLAlchemy metadata: what Alembic migrations create.

The request path does not use SQLAlchemy (see DESIGN.md, "Mind the driver"); this module
is the single description of the tables both backends share.

- `objects`: every Stripe object as a JSON document. `seq` is the insertion order, the
  tie-break that keeps lists stable when `created` is equal.
- `idempotency_keys`: stored responses for Idempotency-Key replays.
- `jobs`: durable background work (webhook deliveries, renewals...), due at a time.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

objects = sa.Table(
    "objects",
    metadata,
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

idempotency_keys = sa.Table(
    "idempotency_keys",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("fingerprint", sa.Text, nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("request_id", sa.Text, nullable=False),
    sa.Column("created", sa.BigInteger, nullable=False),
)

jobs = sa.Table(
    "jobs",
    metadata,
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

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("key_hash", sa.Text, nullable=False),
    sa.Column("key_hint", sa.Text, nullable=False),
    sa.Column("public_key", sa.Text, nullable=True),
    sa.Column("name", sa.Text, nullable=True),
    sa.Column("permissions", sa.Text, nullable=True),
    sa.Column("created", sa.BigInteger, nullable=False),
    sa.Column("revoked_at", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("key_hash", name="api_keys_key_hash"),
)
