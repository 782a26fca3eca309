"""Payments' background work: pending balance transactions becoming available, payouts
moving along their timeline, and each account's scheduled automatic payout."""

from __future__ import annotations

from stripe_emulator.areas.payments import balance, payouts
from stripe_emulator.jobs import JobRun, job

__all__: list[str] = []


# Job rows persist in the database: the name this job had before Payments was its own area
# stays registered, so jobs enqueued by an older server still run.
@job("payments.release_balance_transaction", aliases=("billing.release_balance_transaction",))
async def release_balance_transaction(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await balance.release(ctx, run.payload["balance_transaction"], ctx.now())


@job(payouts.ADVANCE_JOB)
async def advance_payout(run: JobRun) -> None:
    async with run.transaction(finish=True) as ctx:
        await payouts.advance(ctx, run.payload["payout"], run.payload["step"],
                              run.payload.get("failure_code"))


@job(payouts.AUTOMATIC_JOB)
async def automatic_payout(run: JobRun) -> None:
    async with run.transaction(finish=True) as ctx:
        await payouts.run_scheduled(ctx, int(run.payload["due"]))
