"""The developer's loop from the command line, against a running server: `listen` forwards
signed events, `trigger` causes them, `events tail` follows the log, `webhooks attempts`
and `webhooks resend` show and repeat deliveries."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
import stripe
from typer.testing import CliRunner

from stripe_emulator.cli import app
from stripe_emulator.cli.webhooks import TRIGGERS
from stripe_emulator.testing import Account
from tests.api.webhooks.receiver import Receiver, wait_for

runner = CliRunner()


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


def _cli(account: Account, *args: str) -> str:
    result = runner.invoke(app, [*args, "--api-key", account.api_key,
                                 "--api-base", account.url])
    assert result.exit_code == 0, result.output
    return result.output


class Background:
    """A CLI command in its own process; its output lines, as they come."""

    def __init__(self, account: Account, *args: str) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "stripe_emulator", *args, "--api-key", account.api_key,
             "--api-base", account.url, "--interval", "0.05"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.reader = threading.Thread(target=self._read, daemon=True, name="cli-output")
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_line(self, needle: str) -> str:
        return str(wait_for(lambda: next((x for x in self.lines if needle in x), None),
                            timeout=15))

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.reader.join(timeout=10)  # it reads to the end of the output, then returns
        assert self.proc.stdout is not None
        self.proc.stdout.close()


class TestListen:
    def test_forwards_signed_events(self, account: Account, client: stripe.StripeClient,
                                    receiver: Receiver) -> None:
        url = receiver.hook()
        listen = Background(account, "listen", "--forward-to", url, "--events",
                            "customer.created,customer.updated")
        try:
            ready = listen.wait_line("Ready!")
            secret = ready.split("secret is ")[1].split()[0]
            customer = client.v1.customers.create({"name": "Listen"})
            client.v1.products.create({"name": "Not selected"})
            client.v1.customers.update(customer.id, {"name": "Listened"})
            arrivals = wait_for(lambda: len(receiver.arrivals(url)) == 2
                                and receiver.arrivals(url))
            events = [stripe.Webhook.construct_event(a.body.decode(),
                                                     a.headers["stripe-signature"], secret)
                      for a in arrivals]
            assert [e.type for e in events] == ["customer.created", "customer.updated"]
            listen.wait_line(f"--> customer.updated [{events[1].id}]")
            listen.wait_line(f"<--  [200] POST {url} [{events[1].id}]")
            assert not any("product.created" in line for line in listen.lines)
        finally:
            listen.stop()
        # listen registers no endpoint and leaves nothing behind
        assert client.v1.webhook_endpoints.list().data == []
        assert all(e.pending_webhooks == 0 for e in client.v1.events.list().data)

    def test_secret_is_stable_per_key(self, account: Account) -> None:
        first = _cli(account, "listen", "--print-secret").strip()
        assert first.startswith("whsec_") and len(first) == 38
        assert _cli(account, "listen", "--print-secret").strip() == first
        other = account.server.new_account()
        assert _cli(other, "listen", "--print-secret").strip() != first

    def test_unknown_event_type(self, account: Account) -> None:
        result = runner.invoke(app, ["listen", "--events", "customer.nope", "--api-base",
                                     account.url])
        assert result.exit_code != 0 and "customer.nope" in result.output


class TestTrigger:
    @pytest.mark.parametrize("event_type", sorted(TRIGGERS))
    def test_each_trigger_causes_its_event(self, account: Account,
                                           client: stripe.StripeClient,
                                           event_type: str) -> None:
        output = _cli(account, "trigger", event_type)
        assert "Trigger succeeded" in output
        assert [e.type for e in client.v1.events.list({"type": event_type}).data] == [
            event_type]

    def test_unknown(self, account: Account) -> None:
        result = runner.invoke(app, ["trigger", "invoice.paid", "--api-base", account.url])
        assert result.exit_code != 0 and "customer.created" in result.output


class TestEventsTail:
    def test_recent_events(self, account: Account, client: stripe.StripeClient) -> None:
        c = client.v1.customers.create({"name": "Tail"})
        client.v1.customers.update(c.id, {"name": "Tailed"})
        lines = _cli(account, "events", "tail", "--no-follow").splitlines()
        assert [line.split("--> ")[1].split()[0] for line in lines] == [
            "customer.created", "customer.updated"]
        only = _cli(account, "events", "tail", "--no-follow", "--type", "customer.updated")
        assert "customer.created" not in only and "customer.updated" in only

    def test_follow(self, account: Account, client: stripe.StripeClient) -> None:
        tail = Background(account, "events", "tail", "--lines", "0")
        try:
            tail.wait_line("Ready!")
            product = client.v1.products.create({"name": "Followed"})
            event = wait_for(lambda: client.v1.events.list({"type": "product.created"}).data)
            tail.wait_line(f"--> product.created [{event[0].id}]")
            assert product.id
        finally:
            tail.stop()


class TestWebhookAttempts:
    def test_list_and_resend(self, account: Account, client: stripe.StripeClient,
                             receiver: Receiver) -> None:
        url = receiver.hook(statuses=[500, 200], body=b"boom")
        we = client.v1.webhook_endpoints.create({"url": url, "enabled_events": ["*"]})
        client.v1.customers.create({"name": "Attempted"})
        wait_for(lambda: receiver.arrivals(url))
        listed = wait_for(lambda: _cli(account, "webhooks", "attempts", we.id).strip())
        assert "[500]" in listed and "boom" in listed
        attempt_id = listed.split()[0]
        resent = _cli(account, "webhooks", "resend", attempt_id)
        assert "[200]" in resent
        event_id = listed.split()[1]
        by_event = _cli(account, "webhooks", "attempts", event_id)
        assert by_event.count(event_id) == 2
