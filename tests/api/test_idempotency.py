"""Idempotency-Key: replay, mismatch, in-flight conflict, and exactly one object per key."""

from __future__ import annotations

import concurrent.futures
import uuid

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account


def test_replay_returns_the_stored_response(http: httpx.Client,
                                            client: stripe.StripeClient) -> None:
    key = str(uuid.uuid4())
    first = http.post("/v1/customers", data={"email": "i@example.com"},
                      headers={"Idempotency-Key": key})
    again = http.post("/v1/customers", data={"email": "i@example.com"},
                      headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert first.headers["idempotent-replayed"] == "false"
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["original-request"] == first.headers["request-id"]
    assert len(client.v1.customers.list().data) == 1
    assert len(client.v1.events.list().data) == 1  # events are not re-emitted on replay


def test_sdk_key_reuse(client: stripe.StripeClient) -> None:
    options = {"idempotency_key": "sdk-key-1"}
    a = client.v1.customers.create({"email": "s@example.com"}, options=options)  # type: ignore[arg-type]
    b = client.v1.customers.create({"email": "s@example.com"}, options=options)  # type: ignore[arg-type]
    assert a.id == b.id


def test_different_params_same_key(client: stripe.StripeClient) -> None:
    client.v1.customers.create({"email": "a@example.com"}, options={"idempotency_key": "k2"})
    with pytest.raises(stripe.IdempotencyError) as e:
        client.v1.customers.create({"email": "b@example.com"}, options={"idempotency_key": "k2"})
    assert "Keys for idempotent requests can only be used with the same parameters" in str(
        e.value.user_message)
    assert "'k2'" in str(e.value.user_message)


def test_errors_from_the_handler_are_replayed(http: httpx.Client) -> None:
    key = str(uuid.uuid4())
    first = http.post("/v1/customers", data={"test_clock": "clock_missing"},
                      headers={"Idempotency-Key": key})
    again = http.post("/v1/customers", data={"test_clock": "clock_missing"},
                      headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 404
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()


def test_validation_errors_are_not_stored(http: httpx.Client) -> None:
    key = str(uuid.uuid4())
    bad = http.post("/v1/customers", data={"balance": "x"}, headers={"Idempotency-Key": key})
    assert bad.status_code == 400
    good = http.post("/v1/customers", data={"balance": "5"}, headers={"Idempotency-Key": key})
    assert good.status_code == 200
    assert good.json()["balance"] == 5


def test_key_too_long(http: httpx.Client) -> None:
    r = http.post("/v1/customers", data={}, headers={"Idempotency-Key": "k" * 256})
    assert r.status_code == 400


def test_key_ignored_on_get(http: httpx.Client) -> None:
    r = http.get("/v1/customers", headers={"Idempotency-Key": "whatever"})
    assert r.status_code == 200
    assert "idempotent-replayed" not in r.headers


def test_keys_scoped_per_account(server: object) -> None:
    from stripe_emulator.testing import EmulatorServer

    assert isinstance(server, EmulatorServer)
    a, b = server.new_account().client(), server.new_account().client()
    ca = a.v1.customers.create({"email": "x@example.com"}, options={"idempotency_key": "same"})
    cb = b.v1.customers.create({"email": "x@example.com"}, options={"idempotency_key": "same"})
    assert ca.id != cb.id


def test_racing_requests_with_one_key_leave_one_object(account: Account) -> None:
    """Many identical creates at once: one object; the rest replay it or get a 409."""
    key = str(uuid.uuid4())

    def post() -> httpx.Response:
        return httpx.post(f"{account.url}/v1/customers", data={"email": "race@example.com"},
                          auth=(account.api_key, ""), headers={"Idempotency-Key": key})

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: post(), range(16)))
    ok = [r for r in responses if r.status_code == 200]
    conflicts = [r for r in responses if r.status_code == 409]
    assert len(ok) + len(conflicts) == 16
    assert len({r.json()["id"] for r in ok}) == 1
    for r in conflicts:
        assert r.json()["error"]["type"] == "idempotency_error"
        assert r.json()["error"]["code"] == "idempotency_key_in_use"
        assert r.headers["stripe-should-retry"] == "true"
    assert len(account.client().v1.customers.list().data) == 1
