"""`Runtime`: what one App owns while it runs, handed to every unit of work it starts.

Nothing here is process-global: two Apps in one process (two test servers, a server and
the CLI) have their own id sequence, their own job wake-up, their own outbound HTTP
transport and their own area state, and stopping one leaves the other untouched.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from stripe_emulator.api.ids import IdGenerator
from stripe_emulator.clock import Clock

if TYPE_CHECKING:
    import httpx

    from stripe_emulator.config import Settings

__all__ = ["Runtime"]

S = TypeVar("S")


class Runtime:
    """One App's runtime state.

    **Parameters:**
    * **settings** - the App's settings (limits, schedules, the public base URL).
    * **clock** - the wall clock (tests pin it).
    * **http_transport** - the transport outbound calls (webhook deliveries) go through;
      None builds httpx's default pool on first use. Tests pass an `httpx.MockTransport`.
    """

    def __init__(self, settings: Settings, *, clock: Clock | None = None,
                 http_transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.clock = clock or Clock()
        self.ids = IdGenerator(settings.seed)
        self.public_url = settings.resolved_public_url
        self._http_transport = http_transport
        self._owns_transport = http_transport is None
        self._job_waker: Callable[[], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._state: dict[type[Any], Any] = {}
        self._state_lock = threading.Lock()

    # -- background jobs ---------------------------------------------------------------
    def set_job_waker(self, waker: Callable[[], None] | None) -> None:
        """The callback that wakes this App's job worker (None: no worker runs here)."""
        self._job_waker = waker
        self._loop = asyncio.get_running_loop() if waker is not None else None

    def wake_jobs(self) -> None:
        """New jobs were committed: let this App's worker claim them now rather than at its
        next poll. Safe from any thread (a CLI command, a test) and a no-op without worker."""
        waker, loop = self._job_waker, self._loop
        if waker is None or loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            waker()
        else:
            loop.call_soon_threadsafe(waker)

    # -- outbound HTTP ------------------------------------------------------------------
    def http_transport(self) -> httpx.AsyncBaseTransport:
        """The transport for outbound requests (one connection pool per App)."""
        if self._http_transport is None:
            import httpx

            self._http_transport = httpx.AsyncHTTPTransport(
                limits=httpx.Limits(max_connections=256, max_keepalive_connections=64))
        return self._http_transport

    # -- area state ---------------------------------------------------------------------
    def state(self, kind: type[S]) -> S:
        """This App's instance of `kind` (made with `kind()` on first use): the runtime
        state an area keeps between requests (webhook gates, a routing cache)."""
        found = self._state.get(kind)
        if found is None:
            with self._state_lock:
                found = self._state.get(kind)
                if found is None:
                    found = self._state[kind] = kind()
        return found

    async def aclose(self) -> None:
        """Release what this runtime opened (connection pools); area states with an
        `aclose` coroutine are closed too."""
        self._job_waker = None
        for state in list(self._state.values()):
            closer = getattr(state, "aclose", None)
            if closer is not None:
                await closer()
        self._state.clear()
        if self._owns_transport and self._http_transport is not None:
            await self._http_transport.aclose()
            self._http_transport = None
