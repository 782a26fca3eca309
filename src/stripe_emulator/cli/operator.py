"""Operator commands that work on the database directly, not through the API:
`stripe-emulator seed` fills an account with objects (benchmarks, demos)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer

from stripe_emulator.config import Settings

__all__ = ["seed"]

_BATCH = 1000


async def _seed_customers(settings: Settings, api_key: str, count: int) -> None:
    from stripe_emulator.api.auth import authenticate
    from stripe_emulator.api.context import Context
    from stripe_emulator.app import load_areas
    from stripe_emulator.areas.core import customers
    from stripe_emulator.areas.core.sdk_params import CustomerCreateParams
    from stripe_emulator.runtime import Runtime
    from stripe_emulator.store import open_store

    load_areas()  # event subscribers (webhooks, entitlements) see seeded objects too
    account = authenticate(f"Bearer {api_key}").account
    store = await open_store(settings.resolved_database_url)
    runtime = Runtime(settings)  # no worker here: the server's worker runs the jobs
    out = sys.stdout
    try:
        done = 0
        while done < count:
            batch = min(_BATCH, count - done)
            async with store.transaction() as session:
                ctx = Context(account=account, session=session, store=store,
                              runtime=runtime)
                ids = []
                for i in range(batch):
                    params = CustomerCreateParams(email=f"seed{done + i}@example.com",
                                                  name=f"Seed {done + i}")
                    ids.append((await customers.create(ctx, params))["id"])
            out.write("\n".join(ids) + "\n")
            done += batch
    finally:
        await runtime.aclose()
        await store.close()


def seed(
    account: Annotated[str, typer.Option(help="The secret key whose account gets the objects.")],
    count: Annotated[int, typer.Option(min=1, help="How many objects to create.")],
    type: Annotated[str, typer.Option(help="Object type (customer).")] = "customer",
    data_dir: Annotated[Path, typer.Option(help="As for serve.")] = Path(".stripe-emulator"),
    database_url: Annotated[str | None, typer.Option(help="As for serve.")] = None,
) -> None:
    """Create COUNT objects in ACCOUNT's store through the same services as the API (events
    included), without HTTP; prints the new ids, one per line. The server may be running."""
    if type != "customer":
        raise typer.BadParameter("only `customer` can be seeded so far", param_hint="--type")
    settings = Settings.from_env(data_dir=data_dir, database_url=database_url)
    asyncio.run(_seed_customers(settings, account, count))
