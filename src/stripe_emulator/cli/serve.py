"""`stripe-emulator serve` (run the server) and `stripe-emulator version`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from stripe_emulator import __version__
from stripe_emulator.cli.forwarding import check_config
from stripe_emulator.config import DEFAULT_PORT, Settings

__all__ = ["serve", "version"]


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (12111 is stripe-mock's).")] = DEFAULT_PORT,
    data_dir: Annotated[Path, typer.Option(help="Where the SQLite file and keys live.")] = Path(
        ".stripe-emulator"),
    database_url: Annotated[str | None, typer.Option(
        help="sqlite:///file.db, sqlite:///:memory: or postgresql://user@host/db "
             "(default: a SQLite file in --data-dir).")] = None,
    log_level: Annotated[str, typer.Option(help="debug, info, warning, error.")] = "info",
    api_key: Annotated[list[str] | None, typer.Option(
        help="Accept only this key (repeatable); by default every sk_test_ key works.")
    ] = None,
    seed: Annotated[str | None, typer.Option(
        help="Make generated ids reproducible.")] = None,
    webhook_retry_schedule: Annotated[str | None, typer.Option(
        help="Retries of failed webhook deliveries: stripe (test mode: 3 over a few hours), "
             "fast (1, 2, 4 s), none, or seconds after each failure: 5,30,60.")] = None,
    forwarding_config: Annotated[Path | None, typer.Option(
        help="Forwarding destinations (TOML; default: forwarding.toml in --data-dir).")
    ] = None,
    public_url: Annotated[str | None, typer.Option(
        help="The base of every URL the server mints (behind a proxy or load balancer: "
             "https://stripe.example.internal); default http://<host>:<port>.")] = None,
) -> None:
    """Run the server (SQLite in ./.stripe-emulator unless --database-url says otherwise)."""
    import uvicorn

    from stripe_emulator.app import create_app
    from stripe_emulator.areas.webhooks.delivery import retry_schedule

    settings = Settings.from_env(host=host, port=port, data_dir=data_dir,
                                 database_url=database_url, log_level=log_level,
                                 api_keys=tuple(api_key) if api_key else None, seed=seed,
                                 webhook_retry_schedule=webhook_retry_schedule,
                                 forwarding_config=forwarding_config, public_url=public_url)
    check_config(settings)
    if settings.public_url and not settings.public_url.startswith(("http://", "https://")):
        raise typer.BadParameter("must start with http:// or https://",
                                 param_hint="--public-url")
    try:
        retry_schedule(settings.webhook_retry_schedule)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--webhook-retry-schedule") from None
    logging.basicConfig(level=log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = uvicorn.Config(create_app(settings), host=settings.host, port=settings.port,
                            log_level=log_level.lower(), access_log=False, loop="uvloop",
                            http="httptools", lifespan="on", server_header=False)
    typer.echo(f"stripe-emulator {__version__} listening on http://{settings.host}:"
               f"{settings.port} ({settings.resolved_database_url.split('?')[0]})")
    uvicorn.Server(config).run()


def version() -> None:
    """Print the version."""
    typer.echo(__version__)
