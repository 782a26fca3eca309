"""Factories for payments objects (cards, funds, payouts), through the SDK, and the
payouts tests' own server (payouts held pending, a clock the tests move)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer
from tests.conftest import drop_pg_database, make_pg_database
from tests.polling import wait_for

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


# -- payouts ----------------------------------------------------------------------------------

#: Stripe's test bank account numbers (routing 110000000) and the failure_code of payouts
#: to them (None: paid).
BANK_ACCOUNTS = {
    "000123456789": None,
    "000111111116": "no_account",
    "000111111113": "account_closed",
    "000222222227": "insufficient_funds",
    "000333333335": "debit_not_authorized",
    "000444444440": "invalid_currency",
}


def fund(client: stripe.StripeClient, amount: int, currency: str = "usd") -> stripe.Topup:
    """Available funds, at once (a top-up)."""
    return client.v1.topups.create({"amount": amount, "currency": currency})


def operator(account: Account, method: str, path: str,
             data: dict[str, Any] | None = None) -> httpx.Response:
    """An operator route (`/_emulator/...`) called with the account's secret key."""
    with httpx.Client(base_url=account.url, auth=(account.api_key, ""), timeout=30) as http:
        return http.request(method, path, data=data)


def set_bank_account(account: Account, account_number: str, **fields: str) -> dict[str, Any]:
    response = operator(account, "POST", "/_emulator/bank_account",
                        {"account_number": account_number, **fields})
    assert response.status_code == 200, response.text
    bank: dict[str, Any] = response.json()
    return bank


def run_automatic_payout(account: Account) -> list[dict[str, Any]]:
    response = operator(account, "POST", "/_emulator/payouts/run")
    assert response.status_code == 200, response.text
    payouts: list[dict[str, Any]] = response.json()["data"]
    return payouts


def payout_when(client: stripe.StripeClient, payout: str, **fields: Any) -> stripe.Payout:
    """The payout once its fields have these values (its timeline runs as jobs)."""
    def reached() -> stripe.Payout | None:
        current = client.v1.payouts.retrieve(payout)
        return current if all(current[k] == v for k, v in fields.items()) else None
    found: stripe.Payout = wait_for(reached)
    return found


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def held_server(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """A server of the payouts tests' own whose payouts stay `pending` for an hour (to
    cancel them) and whose clock the scheduling tests move."""
    data_dir = tmp_path_factory.mktemp(f"payouts-{request.param}")
    if request.param == "sqlite":
        with EmulatorServer(data_dir=data_dir, payout_timeline=HELD) as s:
            yield s
        return
    url, admin = make_pg_database("payouts")
    try:
        with EmulatorServer(data_dir=data_dir, database_url=url, payout_timeline=HELD) as s:
            yield s
    finally:
        drop_pg_database(admin, url)


#: payout_timeline of `held_server`: an hour for each step.
HELD = "3600,3600,3600"


@pytest.fixture
def held_account(held_server: EmulatorServer) -> Account:
    return held_server.new_account()


@pytest.fixture
def held_client(held_account: Account) -> stripe.StripeClient:
    return held_account.client(max_network_retries=0)


class ServerClock:
    """Moves a server's wall clock forward for one test; `restore` puts it back."""

    def __init__(self, server: EmulatorServer) -> None:
        self._clock = server.app.clock
        self.moved = 0

    def now(self) -> int:
        return self._clock.now()

    def advance(self, seconds: int) -> None:
        self._clock.advance(seconds)
        self.moved += seconds

    def restore(self) -> None:
        self._clock.advance(-self.moved)
        self.moved = 0


@pytest.fixture
def held_clock(held_server: EmulatorServer) -> Iterator[ServerClock]:
    clock = ServerClock(held_server)
    try:
        yield clock
    finally:
        clock.restore()
