"""`stripe-emulator keys list|create-restricted|revoke` against a running server: the
publishable key in full, restricted keys redacted except in the output that creates them."""

from __future__ import annotations

import pytest
import stripe
from typer.testing import CliRunner

from stripe_emulator.cli import app
from stripe_emulator.testing import Account

runner = CliRunner()


def _cli(account: Account, *args: str, ok: bool = True) -> str:
    result = runner.invoke(app, ["keys", *args, "--api-key", account.api_key,
                                 "--url", account.url])
    assert (result.exit_code == 0) is ok, result.output
    return result.output


def _sdk(account: Account, key: str) -> stripe.StripeClient:
    return stripe.StripeClient(key, base_addresses={"api": account.url},
                               max_network_retries=0)


def test_list_shows_the_publishable_key(account: Account) -> None:
    out = _cli(account, "list")
    assert f"Publishable key: {account.publishable_key}" in out
    assert "Restricted keys: none" in out
    assert _cli(account, "list") == out  # the same key every time


def test_create_restricted_then_list(account: Account, client: stripe.StripeClient) -> None:
    out = _cli(account, "create-restricted", "--name", "support bot",
               "--permission", "customers:read", "--permission", "products:write")
    rk = next(line for line in out.splitlines() if line.startswith("rk_test_"))
    assert "customers:read, products:write" in out
    customer = client.v1.customers.create({"email": "cli@example.com"})
    limited = _sdk(account, rk)
    assert limited.v1.customers.retrieve(customer.id).email == "cli@example.com"
    assert limited.v1.products.create({"name": "From a restricted key"}).active
    with pytest.raises(stripe.PermissionError):
        limited.v1.customers.create({"email": "no@example.com"})

    listed = _cli(account, "list")
    assert rk not in listed
    assert f"rk_test_...{rk[-4:]}" in listed and "'support bot'" in listed
    assert "customers:read, products:write" in listed
    key_id = next(w for w in listed.split() if w.startswith("key_"))

    assert f"Revoked {key_id}." in _cli(account, "revoke", key_id)
    with pytest.raises(stripe.AuthenticationError):
        limited.v1.customers.list()
    assert "Restricted keys: none" in _cli(account, "list")


@pytest.mark.parametrize("permission,message", [
    ("customers", "expected <resource>:read or <resource>:write"),
    ("customers:admin", "expected <resource>:read or <resource>:write"),
    ("nope:read", "'nope' is not a resource"),
])
def test_bad_permission(account: Account, permission: str, message: str) -> None:
    out = _cli(account, "create-restricted", "--name", "x", "--permission", permission,
               ok=False)
    assert message in " ".join(out.replace("│", " ").split())  # rich wraps errors in a box


def test_needs_a_secret_key(account: Account) -> None:
    result = runner.invoke(app, ["keys", "list", "--api-key", account.publishable_key,
                                 "--url", account.url])
    assert result.exit_code != 0
    assert "Operator routes need a secret key" in result.output
