"""`stripe-emulator forwarding check`: validate the operator's forwarding destinations and
show what they enable (credential values never printed); `serve` refuses to start on an
invalid file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stripe_emulator.config import Settings

__all__ = ["check_config", "forwarding_app"]

forwarding_app = typer.Typer(no_args_is_help=True,
                             help="Forwarding destinations (enabled by the operator's file).")

_KINDS = ("card_number", "card_expiry", "card_cvc", "cardholder_name", "request_signature")


def check_config(settings: Settings) -> None:
    """Fail `serve` early (with the reason) when the forwarding config does not validate."""
    from stripe_emulator.areas.forwarding.destinations import ConfigError, load

    path = settings.resolved_forwarding_config
    if path is None:
        return
    try:
        load(path)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--forwarding-config") from None


@forwarding_app.command()
def check(
    config: Annotated[Path | None, typer.Option(
        help="The TOML file (default: forwarding.toml in --data-dir).")] = None,
    data_dir: Annotated[Path, typer.Option(help="The server's data directory.")] = Path(
        ".stripe-emulator"),
) -> None:
    """Validate the forwarding config and list the destinations it enables."""
    from stripe_emulator.areas.forwarding.destinations import ConfigError, load

    path = Settings(data_dir=data_dir, forwarding_config=config).resolved_forwarding_config
    if path is None:
        typer.echo(f"No {data_dir / 'forwarding.toml'}: no forwarding destination is enabled.")
        return
    try:
        loaded = load(path)
    except ConfigError as exc:
        typer.echo(f"invalid: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{path}: {len(loaded.destinations)} destination(s)"
               + (" (http://127.0.0.1 allowed)" if loaded.allow_loopback_http else ""))
    for d in loaded.destinations:
        typer.echo(f"- {d.url}")
        typer.echo(f"    replacements: {', '.join(k for k in _KINDS if d.supports(k)) or '-'}")
        typer.echo(f"    credential headers: {', '.join(n for n, _ in d.headers) or '-'} "
                   "(values hidden)")
        typer.echo(f"    timeout: {d.timeout:g} s (connect {d.connect_timeout:g} s), "
                   f"response kept up to {d.max_response_bytes} bytes")
        typer.echo("    addresses: " + (", ".join(sorted(d.addresses)) if d.addresses
                                        else "127.0.0.1" if d.loopback_http
                                        else "any public address"))
        typer.echo("    accounts: " + (", ".join(sorted(d.accounts)) if d.accounts else "all"))
