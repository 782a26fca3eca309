"""The schema at head, as SQLAlchemy metadata: every table and index the migrations create.

The request path does not use SQLAlchemy (see DESIGN.md, "Mind the driver"), and the
migrations do not build from this module either (a migration writes the same schema
forever; each declares its own tables). This is the description of where they arrive, held
equal to them by `tests/rules/test_schema_matches_migrations.py` (alembic autogenerate on
SQLite and PostgreSQL, and the index DDL in each catalog). A migration that changes the
schema changes this module in the same commit.

- `objects`: every Stripe object as a JSON document. `seq` is the insertion order, the
  tie-break that keeps lists stable when `created` is equal. Besides `objects_list`, the
  partial indexes of `store.indexes` (`OBJECT_INDEXES`) serve lists filtered by a field.
- `idempotency_keys`: stored responses for Idempotency-Key replays.
- `jobs`: durable background work (webhook deliveries, renewals...), due at a time.
- `card_vault`: card numbers and CVCs, sealed, never in a document (`store.card_vault`).
- `webhook_endpoint_private`, `webhook_deliveries`, `webhook_attempts`: what webhook
  delivery keeps off the endpoint documents (`store.webhooks`).
- `api_keys`: the publishable and restricted keys the server issues, found by key hash.
- `file_contents`, `file_chunks`, `file_link_tokens`: the bytes of files (on disk with
  SQLite, in `file_chunks` with PostgreSQL) and the public tokens of file links
  (`store.files`, `store.blobs`).
- `payout_settlements`: which automatic payout settled each balance transaction
  (`store.payouts`).
"""

from __future__ import annotations

from itertools import chain

import sqlalchemy as sa

from stripe_emulator.store.indexes import CREATED_BY, ObjectIndex

metadata = sa.MetaData()

#: The partial indexes on `objects` at head: every migration's (none has dropped one yet).
#: A migration that drops or replaces an index changes this line.
OBJECT_INDEXES: tuple[ObjectIndex, ...] = tuple(chain.from_iterable(CREATED_BY.values()))


def _seq() -> sa.Column[int]:
    return sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"),
                     primary_key=True, autoincrement=True)


objects = sa.Table(
    "objects",
    metadata,
    _seq(),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("created", sa.BigInteger, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("data", sa.Text().with_variant(sa.JSON, "postgresql"), nullable=False),
    sa.UniqueConstraint("account", "id", name="objects_account_id"),
    sa.Index("objects_list", "account", "type", "created", "seq"),
    *(index.to_index() for index in OBJECT_INDEXES),
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

card_vault = sa.Table(
    "card_vault",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("payment_method", sa.Text, primary_key=True),
    sa.Column("card", sa.Text, nullable=False),
    sa.Column("cvc", sa.Text, nullable=True),
    sa.Column("cvc_available_until", sa.BigInteger, nullable=True),
    sa.Column("created", sa.BigInteger, nullable=False),
)

webhook_endpoint_private = sa.Table(
    "webhook_endpoint_private",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("endpoint", sa.Text, primary_key=True),
    sa.Column("secret", sa.Text, nullable=False),
    sa.Column("connect", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("failing_since", sa.Float, nullable=True),
    sa.Column("disabled_reason", sa.Text, nullable=True),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("event", sa.Text, primary_key=True),
    sa.Column("endpoint", sa.Text, primary_key=True),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_attempt_at", sa.Float, nullable=False),
    sa.Column("next_retry_at", sa.Float, nullable=True),
)

webhook_attempts = sa.Table(
    "webhook_attempts",
    metadata,
    _seq(),
    sa.Column("id", sa.Text, nullable=False, unique=True),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("event", sa.Text, nullable=False),
    sa.Column("endpoint", sa.Text, nullable=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Index("webhook_attempts_endpoint", "account", "endpoint", "seq"),
    sa.Index("webhook_attempts_event", "account", "event", "seq"),
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

file_contents = sa.Table(
    "file_contents",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("file", sa.Text, primary_key=True),
    sa.Column("blob", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.Text, nullable=False),
    sa.Index("file_contents_blob", "blob"),
)

file_chunks = sa.Table(
    "file_chunks",
    metadata,
    sa.Column("blob", sa.Text, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created", sa.BigInteger, nullable=False),
)

file_link_tokens = sa.Table(
    "file_link_tokens",
    metadata,
    sa.Column("token", sa.Text, primary_key=True),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("link", sa.Text, nullable=False),
)

payout_settlements = sa.Table(
    "payout_settlements",
    metadata,
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("balance_transaction", sa.Text, primary_key=True),
    sa.Column("payout", sa.Text, nullable=False),
    sa.Column("effective_at", sa.BigInteger, nullable=False),
    sa.Index("payout_settlements_payout", "account", "payout"),
)
