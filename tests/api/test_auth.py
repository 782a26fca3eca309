"""Authentication and accounts: Bearer and Basic, Stripe's 401 bodies, live keys refused,
one account per secret key, issued publishable keys (never derived from the secret key),
Stripe-Account. Restricted keys and their permissions: tests/api/test_keys.py."""

from __future__ import annotations

import base64

import httpx
import pytest
import stripe

from stripe_emulator.api.auth import PUBLISHABLE, mask_key
from stripe_emulator.testing import Account, EmulatorServer


def test_no_key(server: EmulatorServer) -> None:
    r = httpx.get(f"{server.url}/v1/customers")
    assert r.status_code == 401
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith("You did not provide an API key.")
    assert r.headers["request-id"].startswith("req_")


def test_invalid_key_is_masked(server: EmulatorServer) -> None:
    r = httpx.get(f"{server.url}/v1/customers",
                  headers={"Authorization": "Bearer nope_1234567890abcd"})
    assert r.status_code == 401
    assert r.json()["error"]["message"] == "Invalid API Key provided: nope_123*******abcd"


def test_sdk_maps_401(server: EmulatorServer) -> None:
    client = stripe.StripeClient("sk_bogus_key_0000", base_addresses={"api": server.url})
    with pytest.raises(stripe.AuthenticationError):
        client.v1.customers.list()


def test_live_key_refused(server: EmulatorServer) -> None:
    client = stripe.StripeClient("sk_live_abcdefghijklmnop1234",
                                 base_addresses={"api": server.url})
    with pytest.raises(stripe.AuthenticationError) as e:
        client.v1.customers.list()
    assert "never holds live data" in str(e.value.user_message)
    assert "abcdefghijklmnop1234" not in str(e.value.user_message)


def test_basic_auth(account: Account) -> None:
    token = base64.b64encode(f"{account.api_key}:".encode()).decode()
    r = httpx.post(f"{account.url}/v1/customers", data={"email": "basic@example.com"},
                   headers={"Authorization": f"Basic {token}"})
    assert r.status_code == 200
    listed = account.client().v1.customers.list()
    assert [c.email for c in listed.data] == ["basic@example.com"]


def test_keys_are_isolated_accounts(server: EmulatorServer) -> None:
    a, b = server.new_account(), server.new_account()
    customer = a.client().v1.customers.create({"email": "a@example.com"})
    assert b.client().v1.customers.list().data == []
    with pytest.raises(stripe.InvalidRequestError) as e:
        b.client().v1.customers.retrieve(customer.id)
    assert e.value.http_status == 404
    assert b.client().v1.events.list().data == []


def test_publishable_key_refused_on_secret_endpoint(account: Account) -> None:
    client = stripe.StripeClient(account.publishable_key, base_addresses={"api": account.url})
    with pytest.raises(stripe.AuthenticationError) as e:
        client.v1.customers.list()
    assert e.value.user_message == PUBLISHABLE


def test_issued_publishable_key_reaches_its_account(account: Account,
                                                    client: stripe.StripeClient) -> None:
    pk = stripe.StripeClient(account.publishable_key, base_addresses={"api": account.url},
                             max_network_retries=0)
    created = pk.v1.payment_methods.create({"type": "card", "card": {"token": "tok_visa"}})
    assert client.v1.payment_methods.retrieve(created.id).id == created.id


def test_publishable_key_is_not_derived_from_the_secret_key(account: Account) -> None:
    suffix = account.api_key.removeprefix("sk_test_")
    assert account.publishable_key.startswith("pk_test_")
    assert suffix not in account.publishable_key


@pytest.mark.parametrize("prefix", ["pk_test_", "rk_test_"])
def test_keys_derived_from_a_secret_key_are_refused(account: Account, prefix: str) -> None:
    # Before keys were issued, pk_test_X reached sk_test_X's account: a browser's key
    # revealed the secret one. Now such a key was never issued, so it is unknown.
    derived = prefix + account.api_key.removeprefix("sk_test_")
    client = stripe.StripeClient(derived, base_addresses={"api": account.url},
                                 max_network_retries=0)
    with pytest.raises(stripe.AuthenticationError) as e:
        client.v1.payment_methods.create({"type": "card", "card": {"token": "tok_visa"}})
    assert e.value.http_status == 401
    assert e.value.user_message == f"Invalid API Key provided: {mask_key(derived)}"
    assert derived not in str(e.value.json_body)


def test_unknown_issued_key_is_refused_every_time(account: Account) -> None:
    # A refusal is not remembered as a success, nor the other way round.
    bogus = "rk_test_" + "x" * 48
    for _ in range(2):
        r = httpx.get(f"{account.url}/v1/customers",
                      headers={"Authorization": f"Bearer {bogus}"})
        assert r.status_code == 401
        assert r.json()["error"]["message"] == f"Invalid API Key provided: {mask_key(bogus)}"


def test_stripe_account_header(account: Account) -> None:
    client = account.client()
    with pytest.raises(stripe.PermissionError) as e:
        client.v1.customers.list(options={"stripe_account": "acct_unknown"})
    assert e.value.http_status == 403
    assert e.value.error is not None and e.value.error.code == "account_invalid"


def test_stripe_account_header_own_account(account: Account) -> None:
    from stripe_emulator.api.auth import account_for_key

    own = account_for_key(account.api_key.removeprefix("sk_test_"))
    client = account.client()
    client.v1.customers.create({"email": "own@example.com"})
    listed = client.v1.customers.list(options={"stripe_account": own})
    assert [c.email for c in listed.data] == ["own@example.com"]
