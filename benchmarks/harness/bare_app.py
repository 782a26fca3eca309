"""The ceiling: a raw ASGI app that answers every request with one fixed JSON body.

It runs under the same uvicorn flags as stripe-emulator, so the gap between the two is
our own code (routing, forms, auth, storage, rendering), not the HTTP stack.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Encoded once: a customer-shaped body of realistic size, so response bytes are comparable.
BODY = orjson.dumps(
    {
        "id": "cus_bare",
        "object": "customer",
        "address": None,
        "balance": 0,
        "created": 1700000000,
        "currency": None,
        "default_source": None,
        "delinquent": False,
        "description": None,
        "email": "bench@example.com",
        "invoice_prefix": "BARE0001",
        "invoice_settings": {"custom_fields": None, "default_payment_method": None,
                             "footer": None, "rendering_options": None},
        "livemode": False,
        "metadata": {},
        "name": "Bench",
        "phone": None,
        "preferred_locales": [],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }
)
HEADERS = [
    (b"content-type", b"application/json"),
    (b"content-length", str(len(BODY)).encode()),
]


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    # Drain the request body as any real handler must, so POSTs cost what they cost.
    more = True
    while more:
        more = (await receive()).get("more_body", False)
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
