"""`stripe-emulator keys list|create-restricted|revoke`: an account's issued keys, against a
running server (`/_emulator/keys`, with the account's secret key).

The publishable key is shown in full (it is public by design); restricted keys are shown
redacted, except once, when `create-restricted` makes one.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

import typer

from stripe_emulator.cli.webhooks import DEFAULT_BASE, Api

__all__ = ["keys_app"]

keys_app = typer.Typer(no_args_is_help=True,
                       help="An account's publishable and restricted keys.")

SecretKey = Annotated[str, typer.Option(
    "--api-key", envvar="STRIPE_API_KEY", show_default=False,
    help="The account's secret key (sk_test_...; env STRIPE_API_KEY).")]
Url = Annotated[str, typer.Option(
    "--url", envvar="STRIPE_EMULATOR_URL", help="Where stripe-emulator answers.")]


def _permissions(grants: dict[str, str] | None) -> str:
    return ", ".join(f"{r}:{level}" for r, level in sorted((grants or {}).items())) or "-"


def _when(created: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(created))


def _parse(values: list[str]) -> dict[str, str]:
    """`customers:read` -> form fields `permissions[customers]=read`."""
    fields: dict[str, str] = {}
    for value in values:
        resource, sep, level = value.rpartition(":")
        if not sep or not resource or level not in ("read", "write"):
            raise typer.BadParameter(f"{value!r}: expected <resource>:read or "
                                     "<resource>:write", param_hint="--permission")
        fields[f"permissions[{resource}]"] = level
    return fields


@keys_app.command("list")
def list_keys(api_key: SecretKey, url: Url = DEFAULT_BASE) -> None:
    """Show the account's publishable key (made on first use) and its restricted keys."""
    with Api(url, api_key) as api:
        page: dict[str, Any] = api.call("GET", "/_emulator/keys")
    for key in page["data"]:
        if key["type"] == "publishable":
            typer.echo(f"Publishable key: {key['key']}")
    restricted = [k for k in page["data"] if k["type"] == "restricted"]
    typer.echo(f"Restricted keys: {len(restricted) or 'none'}")
    for key in restricted:
        typer.echo(f"  {key['id']}  {key['redacted_key']}  {key['name']!r}  "
                   f"created {_when(key['created'])}  {_permissions(key['permissions'])}")


@keys_app.command("create-restricted")
def create_restricted(
    name: Annotated[str, typer.Option(help="What the key is for.", show_default=False)],
    permission: Annotated[list[str], typer.Option(
        "--permission", "-p", show_default=False,
        help="<resource>:read or <resource>:write (repeatable), e.g. customers:read, "
             "identity.verification_sessions:write. Write implies read.")],
    api_key: SecretKey,
    url: Url = DEFAULT_BASE,
) -> None:
    """Create a restricted key; its full value is printed now and never again."""
    fields = {"type": "restricted", "name": name, **_parse(permission)}
    with Api(url, api_key) as api:
        key: dict[str, Any] = api.call("POST", "/_emulator/keys", fields)
    typer.echo(f"Created {key['id']} ({_permissions(key['permissions'])}):")
    typer.echo(key["key"])
    typer.echo("Store it now: it is not shown again.", err=True)


@keys_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The restricted key's id (key_...).",
                                          show_default=False)],
    api_key: SecretKey,
    url: Url = DEFAULT_BASE,
) -> None:
    """Revoke a restricted key: it is refused from the next request on."""
    with Api(url, api_key) as api:
        api.call("DELETE", f"/_emulator/keys/{key_id}")
    typer.echo(f"Revoked {key_id}.")
