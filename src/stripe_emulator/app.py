"""Builds the ASGI app: the Stripe API under /v1, operator routes, health and OpenAPI.

Order of the outer layers, once: lifespan (open the store, start workers) -> path switch
(/v1 -> StripeAPI; /healthz, /openapi.json, /_emulator -> small JSON handlers).
"""

from __future__ import annotations

import logging
from typing import Any

import orjson

from stripe_emulator import API_VERSION, __version__
from stripe_emulator.api import ids
from stripe_emulator.api.dispatch import Receive, Scope, Send, StripeAPI
from stripe_emulator.api.registry import registry
from stripe_emulator.areas.webhooks.delivery import close_clients
from stripe_emulator.areas.webhooks.operator import OperatorAPI
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.jobs import Worker
from stripe_emulator.store import Store, open_store

__all__ = ["App", "create_app"]

log = logging.getLogger("stripe_emulator")


def load_areas() -> None:
    """Import every area so its endpoints register themselves (order does not matter)."""
    from stripe_emulator.areas import (
        billing,  # noqa: F401
        climate,  # noqa: F401
        core,  # noqa: F401
        entitlements,  # noqa: F401
        forwarding,  # noqa: F401
        payments,  # noqa: F401
        tax,  # noqa: F401
        webhooks,  # noqa: F401
    )
    from stripe_emulator.events import endpoints as _events  # noqa: F401


class App:
    """The whole server as one ASGI callable; the store opens in the lifespan."""

    def __init__(self, settings: Settings, *, clock: Clock | None = None) -> None:
        load_areas()
        self.settings = settings
        self.clock = clock or Clock()
        self.store: Store | None = None
        self.api: StripeAPI | None = None
        self.worker: Worker | None = None
        self.operator: OperatorAPI | None = None
        if settings.seed is not None:
            ids.seed(settings.seed)

    async def startup(self) -> None:
        self.store = await open_store(self.settings.resolved_database_url)
        self.api = StripeAPI(registry=registry, store=self.store, clock=self.clock,
                             settings=self.settings)
        self.operator = OperatorAPI(store=self.store, settings=self.settings, clock=self.clock)
        if self.settings.workers:
            self.worker = Worker(self.store, self.settings, self.clock)
            self.worker.start()
        log.info("stripe-emulator %s on %s", __version__, self.store.description)

    async def shutdown(self) -> None:
        if self.worker is not None:
            await self.worker.stop()
            self.worker = None
        await close_clients()
        if self.store is not None:
            await self.store.close()
            self.store = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await self._lifespan(receive, send)
            return
        if kind != "http":
            return
        path: str = scope["path"]
        if path.startswith("/v1/") and self.api is not None:
            await self.api(scope, receive, send)
        elif path.startswith("/_emulator/") and self.operator is not None:
            await self.operator(scope, receive, send)
        elif path == "/healthz":
            await _json(send, 200, self.health())
        elif path == "/openapi.json":
            from stripe_emulator.api.openapi import document

            await _json(send, 200, document(registry))
        elif self.api is not None:
            await self.api(scope, receive, send)  # Stripe's 404 for any other path

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


async def _json(send: Send, status: int, body: Any) -> None:
    payload = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})


def create_app(settings: Settings | None = None) -> App:
    """The ASGI app for `settings` (defaults and environment when None)."""
    return App(settings or Settings.from_env())
