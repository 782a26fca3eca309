"""Payouts: which automatic payout settled each balance transaction.

- `payout_settlements`: one row per balance transaction an automatic payout paid out (the
  payout's own transaction included), with the payout and the time its funds leave the
  balance (`effective_at`, the payout's arrival date). It serves
  `GET /v1/balance_transactions?payout=po_...` and the payout reconciliation reports
  (`automatic_payout_id`, `automatic_payout_effective_at`); a transaction without a row is
  not paid out yet. Payouts, balance settings and bank accounts are documents in `objects`
  and need no index of their own (an account has few).

Revision ID: 0009_payouts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_payouts"
down_revision = "0008_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payout_settlements",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("balance_transaction", sa.Text, primary_key=True),
        sa.Column("payout", sa.Text, nullable=False),
        sa.Column("effective_at", sa.BigInteger, nullable=False),
    )
    op.create_index("payout_settlements_payout", "payout_settlements",
                    ["account", "payout"])


def downgrade() -> None:
    op.drop_index("payout_settlements_payout", table_name="payout_settlements")
    op.drop_table("payout_settlements")
