"""`forwarding.expire`: a forwarding request is erased 30 days after it was made, as
Stripe keeps them, with every copy of it: its Idempotency-Key claim and the response
stored under that key."""

from __future__ import annotations

from stripe_emulator.areas.forwarding.models import CLAIM, OBJECT
from stripe_emulator.jobs import JobRun, job

__all__ = ["expire"]


@job("forwarding.expire")
async def expire(run: JobRun) -> None:
    """Remove the request and its claim for good; either may never have been stored
    (a call that failed) or be gone already."""
    async with run.transaction() as ctx:
        for key, object_type in (("request", OBJECT), ("claim", CLAIM)):
            object_id = run.payload.get(key)
            row = await ctx.session.get(ctx.account, object_id) if object_id else None
            if row is not None and row.type == object_type:
                await ctx.session.remove(ctx.account, row.id)
        if run.payload.get("idempotency_key"):
            await ctx.session.idempotency_forget(ctx.account, run.payload["idempotency_key"])
