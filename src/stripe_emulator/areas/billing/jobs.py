"""Billing's background work: durable jobs, each loading its objects again by id and
calling one service function with the time it is due at (a test clock's time for objects
under one). Every handler tolerates deleted objects and a second run."""

from __future__ import annotations

from stripe_emulator.areas.billing import invoices, subscription_cycle, testmode_clocks
from stripe_emulator.jobs import JobRun, job, run_test_clock_jobs

__all__: list[str] = []


@job("billing.renew_subscription")
async def renew_subscription(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await subscription_cycle.renew(ctx, run.payload["subscription"],
                                       run.payload["period_end"], ctx.now())


@job("billing.end_trial")
async def end_trial(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await subscription_cycle.end_trial(ctx, run.payload["subscription"],
                                           run.payload["trial_end"], ctx.now())


@job("billing.trial_will_end")
async def trial_will_end(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await subscription_cycle.trial_will_end(ctx, run.payload["subscription"],
                                                run.payload["trial_end"], ctx.now())


@job("billing.cancel_subscription")
async def cancel_subscription(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await subscription_cycle.cancel_at(ctx, run.payload["subscription"],
                                           run.payload["cancel_at"], ctx.now())


@job("billing.expire_incomplete_subscription")
async def expire_incomplete_subscription(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await subscription_cycle.expire_incomplete(ctx, run.payload["subscription"],
                                                   ctx.now())


@job("billing.finalize_invoice")
async def finalize_invoice(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await invoices.auto_finalize(ctx, run.payload["invoice"], ctx.now())


@job("billing.retry_invoice_payment")
async def retry_invoice_payment(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await invoices.retry(ctx, run.payload["invoice"], run.payload["attempt"], ctx.now())


@job("billing.advance_test_clock")
async def advance_test_clock(run: JobRun) -> None:
    clock, target = run.payload["test_clock"], int(run.payload["frozen_time"])
    await run_test_clock_jobs(run, clock, target)
    async with run.transaction() as ctx:
        await testmode_clocks.finish_advance(ctx, clock, target)


@job("billing.delete_test_clock")
async def delete_test_clock(run: JobRun) -> None:
    async with run.transaction() as ctx:
        await testmode_clocks.expire(ctx, run.payload["test_clock"])
