"""Keys the server issues: an account's publishable key (made on first need, then stable) and
restricted keys with Stripe's permissions (`/_emulator/keys`); the 403 a restricted key gets
outside them; and the permission table covering every route."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import stripe

import stripe_emulator.app
from stripe_emulator.api import permissions
from stripe_emulator.api.auth import account_for_key, mask_key
from stripe_emulator.api.registry import registry
from stripe_emulator.testing import Account, EmulatorServer

stripe_emulator.app.load_areas()


def keys(account: Account, key: str | None = None) -> httpx.Response:
    return httpx.get(f"{account.url}/_emulator/keys",
                     headers={"Authorization": f"Bearer {key or account.api_key}"})


def create_restricted(account: Account, grants: dict[str, str], *, name: str = "test key",
                      key: str | None = None) -> httpx.Response:
    data = {"type": "restricted", "name": name,
            **{f"permissions[{r}]": level for r, level in grants.items()}}
    return httpx.post(f"{account.url}/_emulator/keys", data=data,
                      headers={"Authorization": f"Bearer {key or account.api_key}"})


def restricted(account: Account, grants: dict[str, str]) -> str:
    r = create_restricted(account, grants)
    assert r.status_code == 200, r.text
    key: str = r.json()["key"]
    return key


def sdk(account: Account, key: str) -> stripe.StripeClient:
    return stripe.StripeClient(key, base_addresses={"api": account.url},
                               max_network_retries=0)


def denied(account: Account, key: str, rak: str) -> str:
    return (f"The provided key '{mask_key(key)}' does not have the required permissions for "
            f"this endpoint on account '{account_for_key(account.api_key[8:])}'. Having the "
            f"'{rak}' permission would allow this request to continue.")


# -- the permission table --------------------------------------------------------------------

V1 = [ep for ep in registry.endpoints if ep.path.startswith("/v1/")]


@pytest.mark.parametrize("ep", V1, ids=lambda e: f"{e.method} {e.path}")
def test_every_route_names_its_permission(ep: Any) -> None:
    need = permissions.required(ep.method, ep.path)
    assert need is not None, (f"{ep.method} {ep.path} has no row in api.permissions.ROUTES: "
                              "a restricted key could never call it")
    # ... and one a key can be granted.
    writable = {p.name for p in permissions.RESOURCES.values() if p.writable}
    assert need.access == "read" or need.permission in writable


def _rak(method: str, path: str) -> str | None:
    need = permissions.required(method, path)
    return need.rak if need else None


def test_routes_map_to_stripes_permission_names() -> None:
    assert _rak("GET", "/v1/customers/{customer}") == "rak_customer_read"
    assert _rak("DELETE", "/v1/customers/{customer}") == "rak_customer_write"
    assert _rak("GET", "/v1/customers/{customer}/payment_methods") == "rak_payment_method_read"
    assert _rak("POST", "/v1/prices") == "rak_plan_write"
    assert _rak("POST", "/v1/identity/verification_sessions/{session}/cancel") == (
        "rak_identity_verification_session_write")
    assert _rak("GET", "/v1/balance_transactions") == "rak_balance_read"
    assert _rak("GET", "/v1/not_a_resource/{id}") is None


def test_write_implies_read() -> None:
    assert permissions.grants({"customers": "write"}) == {"customer_read", "customer_write"}
    assert permissions.grants({"customers": "read"}) == {"customer_read"}
    # Resources Stripe grants with one permission share it.
    assert permissions.grants({"tax.transactions": "read"}) == {
        "tax_calculations_and_transactions_read"}


# -- the publishable key -----------------------------------------------------------------------

def test_publishable_key_is_made_once_and_stays(account: Account) -> None:
    first = keys(account).json()["data"]
    assert [k["type"] for k in first] == ["publishable"]
    pk = first[0]["key"]
    assert pk.startswith("pk_test_") and len(pk) > 40
    assert account.api_key[8:] not in pk
    assert keys(account).json()["data"][0]["key"] == pk
    assert account.publishable_key == pk
    # Another Account object for the same secret key asks the server and gets the same key.
    assert Account(server=account.server, api_key=account.api_key).publishable_key == pk


def test_racing_first_requests_make_one_publishable_key(account: Account) -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: keys(account).json()["data"], range(6)))
    assert len({k["key"] for page in answers for k in page}) == 1
    assert len(keys(account).json()["data"]) == 1


def test_each_account_has_its_own_publishable_key(server: EmulatorServer) -> None:
    a, b = server.new_account(), server.new_account()
    assert a.publishable_key != b.publishable_key


def test_publishable_key_cannot_list_keys(account: Account) -> None:
    r = keys(account, account.publishable_key)
    assert r.status_code == 401
    assert r.json()["error"]["message"] == "Operator routes need a secret key (sk_test_...)."


# -- restricted keys ---------------------------------------------------------------------------

def test_create_shows_the_key_once_and_list_redacts_it(account: Account) -> None:
    r = create_restricted(account, {"customers": "read",
                                    "test_helpers.test_clocks": "write"}, name="reporting")
    assert r.status_code == 200, r.text
    created = r.json()
    rk = created["key"]
    assert rk.startswith("rk_test_") and account.api_key[8:] not in rk
    assert created["id"].startswith("key_")
    assert created["type"] == "restricted" and created["name"] == "reporting"
    assert created["permissions"] == {"customers": "read", "test_helpers.test_clocks": "write"}
    assert created["redacted_key"] == f"rk_test_...{rk[-4:]}"
    listing = keys(account)
    assert rk not in listing.text and account.api_key not in listing.text
    listed = [k for k in listing.json()["data"] if k["type"] == "restricted"]
    assert listed == [{**created, "key": None}]


def test_read_permission(account: Account, client: stripe.StripeClient) -> None:
    customer = client.v1.customers.create({"email": "read@example.com"})
    rk = restricted(account, {"customers": "read"})
    limited = sdk(account, rk)
    assert [c.id for c in limited.v1.customers.list().data] == [customer.id]
    assert limited.v1.customers.retrieve(customer.id).email == "read@example.com"
    with pytest.raises(stripe.PermissionError) as e:
        limited.v1.customers.create({"email": "nope@example.com"})
    assert e.value.http_status == 403
    assert e.value.error is not None and e.value.error.type == "invalid_request_error"
    assert e.value.user_message == denied(account, rk, "rak_customer_write")
    assert rk not in str(e.value.json_body)
    assert [c.id for c in client.v1.customers.list().data] == [customer.id]


def test_write_implies_read_on_the_wire(account: Account, client: stripe.StripeClient) -> None:
    limited = sdk(account, restricted(account, {"customers": "write"}))
    customer = limited.v1.customers.create({"email": "write@example.com"})
    assert limited.v1.customers.retrieve(customer.id).id == customer.id
    # The key acts on the account that issued it.
    assert client.v1.customers.retrieve(customer.id).email == "write@example.com"


def test_other_resources_are_refused(account: Account) -> None:
    rk = restricted(account, {"customers": "write"})
    limited = sdk(account, rk)
    with pytest.raises(stripe.PermissionError) as e:
        limited.v1.products.list()
    assert e.value.user_message == denied(account, rk, "rak_product_read")
    with pytest.raises(stripe.PermissionError) as e:
        limited.v1.prices.list()
    assert e.value.user_message == denied(account, rk, "rak_plan_read")


def test_restricted_key_cannot_reach_operator_routes(account: Account) -> None:
    rk = restricted(account, {"customers": "write", "events": "read"})
    assert keys(account, rk).status_code == 401
    r = create_restricted(account, {"customers": "write"}, key=rk)
    assert r.status_code == 401
    assert r.json()["error"]["message"] == "Operator routes need a secret key (sk_test_...)."
    feed = httpx.get(f"{account.url}/_emulator/events/feed",
                     headers={"Authorization": f"Bearer {rk}"})
    assert feed.status_code == 401


def test_restricted_key_of_another_account_sees_only_its_own(server: EmulatorServer) -> None:
    a, b = server.new_account(), server.new_account()
    a.client().v1.customers.create({"email": "a@example.com"})
    rk_b = restricted(b, {"customers": "read"})
    assert sdk(b, rk_b).v1.customers.list().data == []


def test_revoked_key_is_refused(account: Account) -> None:
    r = create_restricted(account, {"customers": "read"})
    rk, key_id = r.json()["key"], r.json()["id"]
    limited = sdk(account, rk)
    assert limited.v1.customers.list().data == []  # resolved, and remembered
    gone = httpx.delete(f"{account.url}/_emulator/keys/{key_id}",
                        headers={"Authorization": f"Bearer {account.api_key}"})
    assert gone.status_code == 200 and gone.json()["deleted"] is True
    with pytest.raises(stripe.AuthenticationError) as e:
        limited.v1.customers.list()
    assert e.value.user_message == f"Invalid API Key provided: {mask_key(rk)}"
    assert [k["type"] for k in keys(account).json()["data"]] == ["publishable"]


def test_publishable_key_cannot_be_revoked(account: Account) -> None:
    pk_id = keys(account).json()["data"][0]["id"]
    r = httpx.delete(f"{account.url}/_emulator/keys/{pk_id}",
                     headers={"Authorization": f"Bearer {account.api_key}"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "key"


@pytest.mark.parametrize("grants,param", [
    ({"customer": "read"}, "permissions[customer]"),
    ({"customers": "admin"}, "permissions[customers]"),
    ({"balance": "write"}, "permissions[balance]"),  # Stripe offers Read only
    ({}, "permissions"),
])
def test_bad_permissions(account: Account, grants: dict[str, str], param: str) -> None:
    r = create_restricted(account, grants)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == param


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """A server started with `--api-key sk_test_allowed_1`."""
    with EmulatorServer(data_dir=tmp_path_factory.mktemp("pinned"),
                        api_keys=("sk_test_allowed_1",)) as s:
        yield s


def test_api_key_pin_covers_issued_keys(pinned: EmulatorServer) -> None:
    allowed = Account(server=pinned, api_key="sk_test_allowed_1")
    rk = restricted(allowed, {"customers": "read"})
    assert sdk(allowed, rk).v1.customers.list().data == []
    other = pinned.new_account()
    assert keys(other).status_code == 401
