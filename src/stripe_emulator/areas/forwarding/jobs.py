"""`forwarding.expire`: a forwarding request is erased 30 days after it was made, as
Stripe keeps them, with every copy of it: its Idempotency-Key claim and the response
stored under that key."""

from __future__ import annotations

from stripe_emulator.areas.forwarding.models import Claim, ForwardingRequest
from stripe_emulator.jobs import JobRun, job
from stripe_emulator.store.idempotency import IdempotencyKeys

__all__ = ["expire"]


@job("forwarding.expire")
async def expire(run: JobRun) -> None:
    """Remove the request and its claim for good; either may never have been stored
    (a call that failed) or be gone already."""
    async with run.transaction() as ctx:
        request = await ctx.objects.get(ForwardingRequest, run.payload.get("request"))
        if request is not None:
            await ctx.objects.remove(request["id"])
        claim = await ctx.objects.get(Claim, run.payload.get("claim"))
        if claim is not None:
            await ctx.objects.remove(claim["id"])
        if run.payload.get("idempotency_key"):
            await ctx.repository(IdempotencyKeys).forget(run.payload["idempotency_key"])
