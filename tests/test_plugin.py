"""The pytest plugin users install with the package: `stripe_emulator` gives each test a
fresh account on a real server."""

from __future__ import annotations

import stripe

from stripe_emulator.testing import Account

_first_key: list[str] = []


def test_fixture_gives_a_working_client(stripe_emulator: Account) -> None:
    client = stripe_emulator.client()
    assert isinstance(client, stripe.StripeClient)
    customer = client.v1.customers.create({"email": "plugin@example.com"})
    assert client.v1.customers.retrieve(customer.id).email == "plugin@example.com"
    _first_key.append(stripe_emulator.api_key)


def test_each_test_gets_a_fresh_account(stripe_emulator: Account) -> None:
    assert stripe_emulator.api_key not in _first_key
    assert stripe_emulator.client().v1.customers.list().data == []
