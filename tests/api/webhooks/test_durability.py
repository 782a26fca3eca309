"""Nothing lost: SIGKILL a real `stripe-emulator serve` in the middle of a burst, start it
again on the same data: every acknowledged change has its event, and every event reaches
the receiver at least once (a duplicate carries the same event id)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from tests.api.webhooks.receiver import Receiver, wait_for
from tests.api.webhooks.serve import Process
from tests.conftest import drop_pg_database, make_pg_database

BURST = 200
KILL_AFTER = 80


@pytest.fixture(params=["sqlite", "postgresql"])
def database_args(request: pytest.FixtureRequest, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    if request.param == "sqlite":
        yield ["--data-dir", str(tmp_path / "data")]
        return
    # Processes share PostgreSQL, so a dead one's claims wait out their lease: keep it short.
    monkeypatch.setenv("STRIPE_EMULATOR_JOB_LEASE_SECONDS", "2")
    url, admin = make_pg_database("durability")
    try:
        yield ["--data-dir", str(tmp_path / "data"), "--database-url", url]
    finally:
        drop_pg_database(admin, url)


def _burst(client: stripe.StripeClient, acknowledged: list[str], stop: threading.Event,
           ) -> None:
    while not stop.is_set() and len(acknowledged) < BURST:
        try:
            acknowledged.append(client.v1.customers.create({"name": "Burst"}).id)
        except stripe.StripeError:
            return  # the server died under us


def test_sigkill_mid_burst_loses_nothing(database_args: list[str],
                                         receiver: Receiver) -> None:
    url = receiver.hook()
    first = Process(database_args)
    try:
        secret = first.client().v1.webhook_endpoints.create(
            {"url": url, "enabled_events": ["customer.created"]}).secret
        acknowledged: list[str] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_burst, args=(first.client(), acknowledged, stop))
                   for _ in range(8)]
        for t in threads:
            t.start()
        wait_for(lambda: len(acknowledged) >= KILL_AFTER, timeout=30)
        first.stop(signal.SIGKILL)
        stop.set()
        for t in threads:
            t.join()
    finally:
        first.stop(signal.SIGKILL)
    assert KILL_AFTER <= len(acknowledged) < BURST

    second = Process(database_args)
    try:
        client = second.client()
        events = {e.data.object["id"]: e.id for e in client.v1.events.list(
            {"type": "customer.created", "limit": 100}).auto_paging_iter()}
        missing = [c for c in acknowledged if c not in events]
        assert not missing, f"acknowledged changes without an event: {missing}"
        wanted = set(events.values())  # acknowledged ones, and any committed as it died
        wait_for(lambda: wanted <= {a.event["id"] for a in receiver.arrivals(url)},
                 timeout=30)
        arrivals = receiver.arrivals(url)
        assert {a.event["id"] for a in arrivals} == wanted  # nothing that did not happen
        for a in arrivals:  # duplicates are the same event, validly signed
            assert events[a.event["data"]["object"]["id"]] == a.event["id"]
            stripe.Webhook.construct_event(a.body.decode(), a.headers["stripe-signature"],
                                           secret or "")
        wait_for(lambda: all(e.pending_webhooks == 0 for e in client.v1.events.list(
            {"limit": 100}).auto_paging_iter()), timeout=10)
    finally:
        second.stop()
