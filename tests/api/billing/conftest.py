"""Factories for billing objects (test clocks, subscriptions), through the SDK."""

from __future__ import annotations

from typing import Any

import stripe

from tests.api.core.conftest import create_customer
from tests.api.payments.conftest import VISA, attached_card


def advance(client: stripe.StripeClient, clock: str, frozen_time: int, *,
            already_started: bool = False,
            timeout: float = 30.0) -> stripe.test_helpers.TestClock:
    """Advance a test clock and wait until it is `ready`, as a Stripe client does."""
    import time

    if not already_started:
        client.v1.test_helpers.test_clocks.advance(clock, {"frozen_time": frozen_time})
    deadline = time.monotonic() + timeout
    while True:
        current = client.v1.test_helpers.test_clocks.retrieve(clock)
        if current.status == "ready" and current.frozen_time == frozen_time:
            return current
        if time.monotonic() > deadline:
            raise AssertionError(f"test clock {clock} still {current.status}")
        time.sleep(0.005)


T0 = 1_767_225_600  # 2026-01-01T00:00:00Z, a Thursday
DAY = 86400


def clock_customer(client: stripe.StripeClient, frozen_time: int = T0, card: str | None = VISA,
                   **overrides: Any) -> tuple[stripe.test_helpers.TestClock, stripe.Customer]:
    """A test clock and a customer on it, with `card` as default payment method."""
    clock = client.v1.test_helpers.test_clocks.create({"frozen_time": frozen_time})
    customer = create_customer(client, test_clock=clock.id, **overrides)
    if card is not None:
        attached_card(client, customer.id, card)
    return clock, customer


def subscribe(client: stripe.StripeClient, customer: str, *prices: str,
              **overrides: Any) -> stripe.Subscription:
    params: dict[str, Any] = {"customer": customer,
                              "items": [{"price": p} for p in prices]}
    params.update(overrides)
    return client.v1.subscriptions.create(params)  # type: ignore[arg-type]
