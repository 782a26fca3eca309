"""The per-endpoint delivery gate: a job waiting for a busy but fast endpoint stays in line
(stepping aside re-queues it and costs the work that lengthens the queue); once the
endpoint turns slow, waiting jobs step aside so it cannot hold every worker."""

from __future__ import annotations

import asyncio

import pytest

from stripe_emulator.areas.webhooks import delivery
from stripe_emulator.areas.webhooks.delivery import PER_ENDPOINT, SLOW, _Gate
from stripe_emulator.clock import Clock

PATIENCE = 0.05  # the waiter re-checks every 50 ms here instead of every second


@pytest.fixture(autouse=True)
def _short_patience(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "PATIENCE", PATIENCE)


async def _full_gate(clock: Clock) -> _Gate:
    gate = _Gate()
    for token in range(PER_ENDPOINT):
        assert await gate.enter(token, clock)
    return gate


def test_a_waiter_for_a_busy_fast_endpoint_stays_in_line_until_a_slot_frees() -> None:
    async def main() -> None:
        clock = Clock()
        gate = await _full_gate(clock)
        waiter = asyncio.create_task(gate.enter(99, clock))
        await asyncio.sleep(PATIENCE * 4)  # four patience rounds; every request < SLOW old
        assert not waiter.done()
        gate.leave(0, 0.01)
        assert await waiter is True
        assert 99 in gate.in_flight

    asyncio.run(main())


def test_a_waiter_steps_aside_once_the_endpoint_turns_slow() -> None:
    async def main() -> None:
        clock = Clock()
        gate = await _full_gate(clock)
        waiter = asyncio.create_task(gate.enter(99, clock))
        await asyncio.sleep(PATIENCE / 2)
        gate.in_flight[0] = clock.monotonic() - SLOW * 2  # a request hangs past SLOW
        assert await asyncio.wait_for(waiter, PATIENCE * 4) is False
        assert not gate.waiters and not gate.timers

    asyncio.run(main())
