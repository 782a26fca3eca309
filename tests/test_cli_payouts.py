"""`stripe-emulator payouts run|bank-account` against a running server: the automatic
payout on demand, and the test bank account shown and replaced."""

from __future__ import annotations

import stripe
from typer.testing import CliRunner

from stripe_emulator.cli import app
from stripe_emulator.testing import Account
from tests.polling import wait_for

runner = CliRunner()


def _cli(account: Account, *args: str, ok: bool = True) -> str:
    result = runner.invoke(app, ["payouts", *args, "--api-key", account.api_key,
                                 "--url", account.url])
    assert (result.exit_code == 0) is ok, result.output
    return result.output


def test_run_pays_out_the_available_balance(account: Account,
                                            client: stripe.StripeClient) -> None:
    assert "Nothing to pay out" in _cli(account, "run")
    client.v1.topups.create({"amount": 4200, "currency": "usd"})
    out = _cli(account, "run")
    [payout] = client.v1.payouts.list().data
    assert payout.automatic and payout.amount == 4200
    assert f"Created {payout.id}: 4200 usd to {payout.destination}" in out
    assert "Nothing to pay out" in _cli(account, "run")


def test_bank_account_show_and_replace(account: Account, client: stripe.StripeClient) -> None:
    shown = _cli(account, "bank-account")
    assert "STRIPE TEST BANK ****6789" in shown and "routing 110000000  USD" in shown
    replaced = _cli(account, "bank-account", "--account-number", "000111111116")
    assert "Payouts now go to ba_" in replaced and "****1116" in replaced
    client.v1.topups.create({"amount": 300, "currency": "usd"})
    payout = client.v1.payouts.create({"amount": 300, "currency": "usd"})
    failed = wait_for(lambda: (p := client.v1.payouts.retrieve(payout.id)).status == "failed"
                      and p)
    assert failed.failure_code == "no_account"
    bad = _cli(account, "bank-account", "--account-number", "12ab", ok=False)
    assert "Invalid account number" in bad


def test_run_on_a_manual_schedule(account: Account, client: stripe.StripeClient) -> None:
    client.v1.balance_settings.update({"payments": {"payouts": {"schedule": {
        "interval": "manual"}}}})
    out = _cli(account, "run", ok=False)
    assert "payouts are manual" in out
