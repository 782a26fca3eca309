"""Climate's background work: the delivery of confirmed orders when due (wall clock)."""

from __future__ import annotations

from stripe_emulator.areas.climate import lifecycle
from stripe_emulator.areas.climate.order_delivery import JOB
from stripe_emulator.jobs import JobRun, RetryLater, job

__all__: list[str] = []


@job(JOB)
async def deliver_order(run: JobRun) -> None:
    """Deliver the order, or wait again if it was delayed or substituted meanwhile."""
    async with run.transaction() as ctx:
        again = await lifecycle.deliver_if_due(ctx, run.payload["order"])
    if again is not None:
        raise RetryLater(again)
