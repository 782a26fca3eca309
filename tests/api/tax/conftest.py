"""Factories for tax objects (through the SDK), and `clock`: moves the server's clock for
one test (registrations' status and calculations' expiry follow it) and puts it back."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer

_refs = itertools.count(1)

DE_ADDRESS = {"country": "DE", "postal_code": "10115", "city": "Berlin"}
US_HEAD_OFFICE = {"country": "US", "state": "CA", "postal_code": "94105",
                  "line1": "354 Oyster Point Blvd", "city": "South San Francisco"}


def activate(client: stripe.StripeClient, **head_office: Any) -> stripe.tax.Settings:
    """Give the account a head office (DE by default), so Stripe Tax is active."""
    return client.v1.tax.settings.update(
        {"head_office": {"address": head_office or DE_ADDRESS}})  # type: ignore[typeddict-item]


def register(client: stripe.StripeClient, country: str, type: str = "standard",
             **options: Any) -> stripe.tax.Registration:
    """A registration active from now: `register(client, "US", "state_sales_tax",
    state="CA")`, `register(client, "DE")`."""
    params: dict[str, Any] = {"active_from": options.pop("active_from", "now"),
                              "country": country,
                              "country_options": {country.lower(): {"type": type, **options}}}
    if "expires_at" in params["country_options"][country.lower()]:
        params["expires_at"] = params["country_options"][country.lower()].pop("expires_at")
    return client.v1.tax.registrations.create(params)  # type: ignore[arg-type]


def calculate(client: stripe.StripeClient, address: dict[str, Any] | None = None,
              lines: list[dict[str, Any]] | None = None, **overrides: Any
              ) -> stripe.tax.Calculation:
    """A calculation for `address` (DE by default) of `lines` (EUR 100.00 by default)."""
    params: dict[str, Any] = {
        "currency": "eur",
        "line_items": lines or [{"amount": 10000, "reference": "L1"}],
        "customer_details": {"address": address or DE_ADDRESS, "address_source": "billing"},
    }
    params.update(overrides)
    return client.v1.tax.calculations.create(params)  # type: ignore[arg-type]


def record(client: stripe.StripeClient, calculation: str, **overrides: Any
           ) -> stripe.tax.Transaction:
    """A transaction from `calculation`, with a fresh reference."""
    params: dict[str, Any] = {"calculation": calculation, "reference": f"order-{next(_refs)}"}
    params.update(overrides)
    return client.v1.tax.transactions.create_from_calculation(params)  # type: ignore[arg-type]


def reverse(client: stripe.StripeClient, transaction: str, mode: str = "partial",
            **overrides: Any) -> stripe.tax.Transaction:
    params: dict[str, Any] = {"original_transaction": transaction, "mode": mode,
                              "reference": f"refund-{next(_refs)}"}
    params.update(overrides)
    return client.v1.tax.transactions.create_reversal(params)  # type: ignore[arg-type]


@pytest.fixture
def active(client: stripe.StripeClient) -> stripe.tax.Settings:
    """Tax active with a DE head office."""
    return activate(client)


@pytest.fixture
def de(client: stripe.StripeClient, active: stripe.tax.Settings) -> stripe.tax.Registration:
    """Active, and registered in Germany."""
    return register(client, "DE", standard={"place_of_supply_scheme": "standard"})


class Clock:
    """Moves the server's clock forward for one test; `restore` puts it back."""

    def __init__(self, server: EmulatorServer) -> None:
        self._clock = server.app.clock
        self.moved = 0

    def advance(self, seconds: int) -> None:
        self._clock.advance(seconds)
        self.moved += seconds

    def now(self) -> int:
        return self._clock.now()

    def restore(self) -> None:
        self._clock.advance(-self.moved)
        self.moved = 0


@pytest.fixture
def clock(server: EmulatorServer) -> Iterator[Clock]:
    c = Clock(server)
    try:
        yield c
    finally:
        c.restore()


def put_object(account: Account, doc: dict[str, Any]) -> None:
    """Write a document straight into the server's database, as another area (or another
    server process sharing the database) would: for objects no endpoint creates yet."""
    import asyncio

    from stripe_emulator.api.auth import account_for_key
    from stripe_emulator.store import open_store

    async def write() -> None:
        store = await open_store(account.server.settings.resolved_database_url)
        try:
            async with store.transaction() as session:
                await session.insert(account_for_key(account.api_key[len("sk_test_"):]), doc)
        finally:
            await store.close()

    asyncio.run(write())
