"""`stripe-emulator payouts run|bank-account`: an account's automatic payout on demand and
its test bank account, against a running server (`/_emulator/payouts/run`,
`/_emulator/bank_account`, with the account's secret key)."""

from __future__ import annotations

import time
from typing import Annotated, Any

import typer

from stripe_emulator.cli.webhooks import DEFAULT_BASE, Api

__all__ = ["payouts_app"]

payouts_app = typer.Typer(no_args_is_help=True,
                          help="Payouts: run the automatic payout now, set the bank account.")

SecretKey = Annotated[str, typer.Option(
    "--api-key", envvar="STRIPE_API_KEY", show_default=False,
    help="The account's secret key (sk_test_...; env STRIPE_API_KEY).")]
Url = Annotated[str, typer.Option(
    "--url", envvar="STRIPE_EMULATOR_URL", help="Where stripe-emulator answers.")]


def _day(timestamp: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def _describe(bank: dict[str, Any]) -> str:
    return (f"{bank['id']}  {bank['bank_name'] or 'bank'} ****{bank['last4']}  "
            f"routing {bank['routing_number']}  {bank['currency'].upper()}")


@payouts_app.command("run")
def run(api_key: SecretKey, url: Url = DEFAULT_BASE) -> None:
    """Run the account's automatic payout now: everything available and not paid out yet
    goes to its bank account (instead of waiting for the schedule)."""
    with Api(url, api_key) as api:
        page: dict[str, Any] = api.call("POST", "/_emulator/payouts/run")
    if not page["data"]:
        typer.echo("Nothing to pay out: no available funds that are not paid out already.")
    for payout in page["data"]:
        amount = f"{payout['amount']} {payout['currency']}"
        typer.echo(f"Created {payout['id']}: {amount} to {payout['destination']}, "
                   f"arriving {_day(payout['arrival_date'])} ({payout['status']}).")


@payouts_app.command("bank-account")
def bank_account(
    api_key: SecretKey,
    account_number: Annotated[str | None, typer.Option(
        show_default=False,
        help="Replace the bank account: a US account number. Stripe's test numbers behave "
             "as documented (000123456789 succeeds; 000111111116 no_account, "
             "000111111113 account_closed, 000222222227 insufficient_funds, 000333333335 "
             "debit_not_authorized, 000444444440 invalid_currency).")] = None,
    routing_number: Annotated[str | None, typer.Option(
        show_default=False, help="With --account-number (default 110000000).")] = None,
    currency: Annotated[str | None, typer.Option(
        show_default=False, help="With --account-number: its payout currency (usd).")] = None,
    url: Url = DEFAULT_BASE,
) -> None:
    """Show the bank account the account's payouts go to, or replace it."""
    with Api(url, api_key) as api:
        if account_number is None:
            bank: dict[str, Any] = api.call("GET", "/_emulator/bank_account")
            typer.echo(f"Bank account: {_describe(bank)}")
            return
        fields = {"account_number": account_number}
        if routing_number is not None:
            fields["routing_number"] = routing_number
        if currency is not None:
            fields["currency"] = currency
        bank = api.call("POST", "/_emulator/bank_account", fields)
    typer.echo(f"Payouts now go to {_describe(bank)}")
