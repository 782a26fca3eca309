"""The per-endpoint delivery gate: a job waiting for a busy but fast endpoint stays in line
(stepping aside re-queues it and costs the work that lengthens the queue); once the
endpoint turns slow, waiting jobs step aside so it cannot hold every worker."""

from __future__ import annotations

import asyncio

from stripe_emulator.areas.webhooks.delivery import Gate
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings

#: The App's limits, but a waiter re-checks every 50 ms instead of every second.
SETTINGS = Settings(webhook_patience=0.05)
PATIENCE = SETTINGS.webhook_patience
#: A bound for what must happen, never reached unless the gate is broken.
NEVER = 30.0


class StoppedClock(Clock):
    """A clock whose monotonic time stands still: requests in flight age only when a test
    says so, however slowly the machine runs the test."""

    def monotonic(self) -> float:
        return 1000.0


async def _full_gate(clock: Clock) -> Gate:
    gate = Gate.of(SETTINGS)
    for token in range(SETTINGS.webhook_max_in_flight):
        assert await gate.enter(token, clock)
    return gate


def test_the_gate_takes_the_apps_limits() -> None:
    gate = Gate.of(Settings(webhook_max_in_flight=3, webhook_slow_after=2.0,
                            webhook_patience=0.5))
    assert (gate.max_in_flight, gate.slow_after, gate.patience) == (3, 2.0, 0.5)


def test_a_waiter_for_a_busy_fast_endpoint_stays_in_line_until_a_slot_frees() -> None:
    async def main() -> None:
        clock = StoppedClock()
        gate = await _full_gate(clock)
        waiter = asyncio.create_task(gate.enter(99, clock))
        await asyncio.sleep(PATIENCE * 4)  # four patience rounds; no request ages
        assert not waiter.done()
        gate.leave(0, 0.01)
        assert await asyncio.wait_for(waiter, NEVER) is True
        assert 99 in gate.in_flight

    asyncio.run(main())


def test_a_waiter_steps_aside_once_the_endpoint_turns_slow() -> None:
    async def main() -> None:
        clock = StoppedClock()
        gate = await _full_gate(clock)
        waiter = asyncio.create_task(gate.enter(99, clock))
        await asyncio.sleep(PATIENCE / 2)
        gate.in_flight[0] = clock.monotonic() - gate.slow_after * 2  # one hangs past SLOW
        assert await asyncio.wait_for(waiter, NEVER) is False
        assert not gate.waiters and not gate.timers

    asyncio.run(main())


def test_the_limits_are_settings_with_environment_variables() -> None:
    settings = Settings.from_env({"STRIPE_EMULATOR_WEBHOOK_MAX_IN_FLIGHT": "3",
                                  "STRIPE_EMULATOR_WEBHOOK_SLOW_AFTER": "2.5",
                                  "STRIPE_EMULATOR_WEBHOOK_PATIENCE": "0.25",
                                  "STRIPE_EMULATOR_WEBHOOK_EXCERPT_BYTES": "512"})
    assert (settings.webhook_max_in_flight, settings.webhook_slow_after,
            settings.webhook_patience, settings.webhook_excerpt_bytes) == (3, 2.5, 0.25, 512)
    defaults = Settings.from_env({})
    assert (defaults.webhook_max_in_flight, defaults.webhook_slow_after,
            defaults.webhook_patience, defaults.webhook_excerpt_bytes) == (8, 0.5, 1.0, 2048)
