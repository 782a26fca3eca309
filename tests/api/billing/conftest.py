"""Factories for billing objects, through the SDK."""

from __future__ import annotations

from typing import Any

import pytest
import stripe


def create_customer(client: stripe.StripeClient, **overrides: Any) -> stripe.Customer:
    params: dict[str, Any] = {"email": "jenny@example.com", "name": "Jenny Rosen"}
    params.update(overrides)
    return client.v1.customers.create(params)  # type: ignore[arg-type]


def create_product(client: stripe.StripeClient, **overrides: Any) -> stripe.Product:
    params: dict[str, Any] = {"name": "Gold plan"}
    params.update(overrides)
    return client.v1.products.create(params)  # type: ignore[arg-type]


@pytest.fixture
def customer(client: stripe.StripeClient) -> stripe.Customer:
    return create_customer(client)


@pytest.fixture
def product(client: stripe.StripeClient) -> stripe.Product:
    return create_product(client)


def create_price(client: stripe.StripeClient, product: str | None = None,
                 **overrides: Any) -> stripe.Price:
    params: dict[str, Any] = {"currency": "usd", "unit_amount": 1000,
                              "recurring": {"interval": "month"}}
    if product is None:
        params["product_data"] = {"name": "Gold plan"}
    else:
        params["product"] = product
    params.update(overrides)
    return client.v1.prices.create(params)  # type: ignore[arg-type]


@pytest.fixture
def price(client: stripe.StripeClient) -> stripe.Price:
    return create_price(client)


#: Documented Stripe test card numbers (tests may spell them; server code may not).
VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"
DECLINED = "4000000000000002"
INSUFFICIENT_FUNDS = "4000000000009995"
CHARGE_FAILS = "4000000000000341"
BYPASS_PENDING = "4000000000000077"
ALL_TEST_NUMBERS = (VISA, MASTERCARD, AMEX, DECLINED, INSUFFICIENT_FUNDS, CHARGE_FAILS,
                    BYPASS_PENDING, "4000056655665556", "5200828282828210", "6011111111111117",
                    "3056930009020004", "3566002020360505", "6200000000000005")


def create_card(client: stripe.StripeClient, number: str = VISA,
                **overrides: Any) -> stripe.PaymentMethod:
    card: dict[str, Any] = {"number": number, "exp_month": 12, "exp_year": 2034,
                            "cvc": "1234" if number.startswith("3") and len(number) == 15
                            else "123"}
    card.update(overrides.pop("card", {}))
    params: dict[str, Any] = {"type": "card", "card": card}
    params.update(overrides)
    return client.v1.payment_methods.create(params)  # type: ignore[arg-type]


def attached_card(client: stripe.StripeClient, customer: str, number: str = VISA,
                  default: bool = True) -> stripe.PaymentMethod:
    pm = client.v1.payment_methods.attach(create_card(client, number).id,
                                          {"customer": customer})
    if default:
        client.v1.customers.update(customer, {"invoice_settings": {
            "default_payment_method": pm.id}})
    return pm


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
