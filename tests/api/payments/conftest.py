"""Factories for payments objects (cards), through the SDK."""

from __future__ import annotations

from typing import Any

import stripe

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
