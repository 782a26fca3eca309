"""The wire contract shared by every endpoint: headers, errors, form decoding, versions."""

from __future__ import annotations

import httpx
import pytest
import stripe

from stripe_emulator import API_VERSION
from stripe_emulator.testing import Account


def test_request_id_and_version_headers(http: httpx.Client) -> None:
    r = http.get("/v1/customers", headers={"Stripe-Version": "2026-09-30.endive"})
    assert r.status_code == 200
    assert r.headers["request-id"].startswith("req_")
    assert r.headers["stripe-version"] == "2026-09-30.endive"
    r = http.get("/v1/customers")
    assert r.headers["stripe-version"] == API_VERSION


def test_invalid_version(http: httpx.Client) -> None:
    r = http.get("/v1/customers", headers={"Stripe-Version": "yesterday"})
    assert r.status_code == 400
    assert r.json()["error"]["message"] == "Invalid Stripe API version: yesterday"


def test_unknown_url(http: httpx.Client) -> None:
    r = http.get("/v1/unicorns")
    assert r.status_code == 404
    assert r.json()["error"]["message"].startswith("Unrecognized request URL (GET: /v1/unicorns)")
    r = http.put("/v1/customers")
    assert r.status_code == 404


def test_error_shape_with_code(http: httpx.Client) -> None:
    r = http.get("/v1/customers/cus_nope")
    assert r.status_code == 404
    error = r.json()["error"]
    assert error == {
        "code": "resource_missing",
        "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
        "message": "No such customer: 'cus_nope'",
        "param": "id",
        "request_log_url": f"https://dashboard.stripe.com/test/logs/{r.headers['request-id']}",
        "type": "invalid_request_error",
    }


def test_curl_style_arrays_and_escaped_brackets(http: httpx.Client) -> None:
    r = http.post("/v1/customers", content=(
        "preferred_locales[]=fr&preferred_locales[]=de&metadata%5Bk%5D=v"),
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["preferred_locales"] == ["fr", "de"]
    assert body["metadata"] == {"k": "v"}


def test_indices_out_of_order_sort_by_index(http: httpx.Client) -> None:
    r = http.post("/v1/customers", content=(
        "preferred_locales[1]=b&preferred_locales[0]=a"),
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.json()["preferred_locales"] == ["a", "b"]


def test_metadata_with_digit_keys_stays_a_hash(http: httpx.Client) -> None:
    r = http.post("/v1/customers", data={"metadata[0]": "zero", "metadata[1]": "one"})
    assert r.status_code == 200, r.text
    assert r.json()["metadata"] == {"0": "zero", "1": "one"}


def test_value_and_hash_conflict(http: httpx.Client) -> None:
    r = http.post("/v1/customers", content="address=x&address[city]=y",
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400
    assert r.json()["error"]["param"] == "address"


def test_scalar_where_hash_expected(http: httpx.Client) -> None:
    r = http.post("/v1/customers", data={"address": "Paris"})
    assert r.status_code == 400
    assert r.json()["error"]["param"] == "address"


def test_get_query_decoded_like_forms(account: Account) -> None:
    client = account.client()
    client.v1.customers.create({"email": "q@example.com"})
    listed = client.v1.customers.list({"email": "q@example.com", "created": {"gte": 0}})
    assert len(listed.data) == 1


def test_long_strings_refused(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as e:
        client.v1.customers.create({"description": "x" * 5001})
    assert e.value.param == "description"


def test_healthz(account: Account) -> None:
    body = httpx.get(f"{account.url}/healthz").json()
    assert body["status"] == "ok"
    assert body["database"] in ("sqlite", "postgresql")
    assert body["version"]
