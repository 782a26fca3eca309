"""Files: the bytes of each file, the public tokens of file links, and the indexes of the
Files API's lists.

- `file_contents`: which stored bytes each of an account's files holds (`store.files`); with
  SQLite the bytes are files on disk named by their SHA-256 (`blob`), with PostgreSQL they
  are the `file_chunks` rows of `blob`;
- `file_chunks`: the bytes themselves on PostgreSQL, `CHUNK` bytes a row; `created` (the
  database's clock) lets a store sweep what an upload staged and no file kept;
- `file_link_tokens`: the secret token in a FileLink's public URL -> its account and link;
- `store.indexes.CREATED_BY["0008_files"]`: files by purpose (`GET /v1/files?purpose=`),
  file links by file (`GET /v1/file_links?file=` and each file's `links`).

Revision ID: 0008_files
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from stripe_emulator.store.indexes import CREATED_BY, create_object_indexes, drop_object_indexes

revision = "0008_files"
down_revision = "0007_invoice_payment_intent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_contents",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("file", sa.Text, primary_key=True),
        # the SHA-256 of the bytes (on disk) or the key of their `file_chunks` rows
        sa.Column("blob", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
    )
    op.create_index("file_contents_blob", "file_contents", ["blob"])
    op.create_table(
        "file_chunks",
        sa.Column("blob", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        # seconds since the epoch, when the chunk was written
        sa.Column("created", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "file_link_tokens",
        sa.Column("token", sa.Text, primary_key=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("link", sa.Text, nullable=False),
    )
    create_object_indexes(op, CREATED_BY[revision])


def downgrade() -> None:
    drop_object_indexes(op, CREATED_BY[revision])
    op.drop_table("file_link_tokens")
    op.drop_table("file_chunks")
    op.drop_index("file_contents_blob", "file_contents")
    op.drop_table("file_contents")
