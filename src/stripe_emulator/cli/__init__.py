"""The `stripe-emulator` command: one module per command group, assembled here."""

from __future__ import annotations

import typer

from stripe_emulator.cli.forwarding import forwarding_app
from stripe_emulator.cli.keys import keys_app
from stripe_emulator.cli.operator import seed
from stripe_emulator.cli.payouts import payouts_app
from stripe_emulator.cli.serve import serve, version
from stripe_emulator.cli.webhooks import events_app, listen, trigger, webhooks_app

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="A local, stateful server that speaks Stripe's API.")

app.command()(serve)
app.command()(version)
app.command()(seed)
app.command()(listen)
app.command()(trigger)
app.add_typer(events_app, name="events")
app.add_typer(webhooks_app, name="webhooks")
app.add_typer(forwarding_app, name="forwarding")
app.add_typer(keys_app, name="keys")
app.add_typer(payouts_app, name="payouts")


def main() -> None:
    app()
