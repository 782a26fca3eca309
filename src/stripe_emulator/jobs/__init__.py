"""Durable background work: job rows with a due time (and optionally a test clock),
written in the same unit of work as the change that causes them, run by workers.

    @job("billing.renew_subscription")
    async def renew(run: JobRun) -> None:
        async with run.transaction() as ctx:
            ...

    await enqueue(ctx, "billing.renew_subscription", {"subscription": sub["id"]},
                  due_at=period_end, test_clock=sub["test_clock"])
"""

from stripe_emulator.jobs.registry import JobRun, RetryLater, enqueue, job
from stripe_emulator.jobs.runner import Worker, run_due_for_test_clock, run_test_clock_jobs

__all__ = ["JobRun", "RetryLater", "Worker", "enqueue", "job", "run_due_for_test_clock",
           "run_test_clock_jobs"]
