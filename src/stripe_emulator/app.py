"""The App: the whole server as one ASGI callable, and the owner of its runtime state.

Layers, once: lifespan (open the store, start the job worker; at shutdown stop both and
release the runtime) -> the one HTTP edge (`api.dispatch.StripeAPI`), which serves every
registered route (`/v1/...` and the `/_emulator/...` operator routes), `/healthz` and
`/openapi.json`.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import TYPE_CHECKING, Any

from stripe_emulator import API_VERSION, __version__
from stripe_emulator.api.dispatch import StripeAPI
from stripe_emulator.api.openapi import document
from stripe_emulator.api.registry import registry
from stripe_emulator.api.types import Receive, Scope, Send
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.jobs import Worker
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import Store, open_store

if TYPE_CHECKING:
    import httpx

__all__ = ["AREAS", "App", "create_app", "load_areas"]

log = logging.getLogger("stripe_emulator")

#: Every product area, in `areas/`; importing one registers its endpoints, jobs and event
#: subscribers. A test fails when a package under `areas/` is missing here.
AREAS = (
    "billing",
    "climate",
    "core",
    "entitlements",
    "forwarding",
    "payments",
    "tax",
    "webhooks",
)


def load_areas() -> None:
    """Import every area and the Events API so their routes register (order does not
    matter)."""
    for name in AREAS:
        importlib.import_module(f"stripe_emulator.areas.{name}")
    importlib.import_module("stripe_emulator.events.endpoints")
    importlib.import_module("stripe_emulator.accounts.endpoints")


def area_packages() -> list[str]:
    """The packages under `areas/` (what `AREAS` must list)."""
    areas = importlib.import_module("stripe_emulator.areas")
    return sorted(m.name for m in pkgutil.iter_modules(areas.__path__) if m.ispkg)


class App:
    """The whole server as one ASGI callable; the store opens in the lifespan.

    **Parameters:**
    * **settings** - flags, environment and defaults (`Settings.from_env()`).
    * **clock** - the wall clock (tests pin it).
    * **http_transport** - where outbound webhook deliveries go (tests pass an
      `httpx.MockTransport`); by default a real connection pool.
    """

    def __init__(self, settings: Settings, *, clock: Clock | None = None,
                 http_transport: httpx.AsyncBaseTransport | None = None) -> None:
        load_areas()
        self.settings = settings
        self.runtime = Runtime(settings, clock=clock, http_transport=http_transport)
        self.clock = self.runtime.clock
        self.store: Store | None = None
        self.api: StripeAPI | None = None
        self.worker: Worker | None = None

    async def startup(self) -> None:
        self.store = await open_store(self.settings.resolved_database_url,
                                      files_dir=self.settings.data_dir / "files")
        self.api = StripeAPI(registry=registry, store=self.store, runtime=self.runtime,
                             builtins={"/healthz": self.health,
                                       "/openapi.json": lambda: document(registry)})
        if self.settings.workers:
            self.worker = Worker(self.store, self.runtime)
            self.worker.start()
        log.info("stripe-emulator %s on %s", __version__, self.store.description)

    async def shutdown(self) -> None:
        if self.worker is not None:
            await self.worker.stop()
            self.worker = None
        await self.runtime.aclose()
        if self.store is not None:
            await self.store.close()
            self.store = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await self._lifespan(receive, send)
        elif kind == "http" and self.api is not None:
            await self.api(scope, receive, send)

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "version": __version__,
            "api_version": API_VERSION,
            "database": self.store.dialect if self.store else None,
            "database_url": self.store.description if self.store else None,
        }

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:  # report to the server, which exits
                    log.exception("start-up failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_app(settings: Settings | None = None) -> App:
    """The ASGI app for `settings` (defaults and environment when None)."""
    return App(settings or Settings.from_env())
