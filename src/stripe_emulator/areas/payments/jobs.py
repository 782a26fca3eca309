"""Payments' background work: pending balance transactions becoming available."""

from __future__ import annotations

from stripe_emulator.areas.payments import balance
from stripe_emulator.jobs import JobRun, job

__all__: list[str] = []


# Job rows persist in the database: the name this job had before Payments was its own area
# stays registered, so jobs enqueued by an older server still run.
@job("payments.release_balance_transaction", aliases=("billing.release_balance_transaction",))
async def release_balance_transaction(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await balance.release(ctx, run.payload["balance_transaction"], ctx.now())
