"""The outbound call, against real servers on 127.0.0.1: one POST, pinned to the address
that was checked (TLS still verifies the host name), no redirects, no proxies, bounded
bodies, and Stripe's 402 / 502 / 504 for each way it can fail."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stripe_emulator.api.errors import StripeError
from stripe_emulator.areas.forwarding import outbound
from stripe_emulator.areas.forwarding.destinations import Destination, parse
from stripe_emulator.areas.forwarding.outbound import address_allowed, resolve, send
from stripe_emulator.areas.forwarding.payload import Card, Exchange, build
from stripe_emulator.clock import Clock
from tests.unit.forwarding.destination import Blackhole, DestinationServer, tls_material

CARD = Card(number="4242424242424242", exp_month=3, exp_year=2030, cvc="739", name="J R")


def loopback(url: str, **extra: Any) -> Destination:
    dest = {"url": url, "fields": {"card_number": "pm.number"}, **extra}
    return parse({"allow_loopback_http": True, "destinations": [dest]}).destinations[0]


def exchange(dest: Destination) -> Exchange:
    return build(dest, ["card_number"], '{"pm":{"number":""}}', [], CARD, now=0)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def forward(dest: Destination, ip: str | None = None) -> outbound.Outcome:
    return await send(dest, ip or await resolve(dest), exchange(dest), clock=Clock())


@pytest.fixture(scope="module")
def server() -> Iterator[DestinationServer]:
    with DestinationServer() as s:
        yield s


class TestSend:
    def test_one_post_with_the_card(self, server: DestinationServer) -> None:
        before = len(server.received_at("/ok"))
        outcome = run(forward(loopback(server.url("/ok"))))
        assert outcome.status == 200
        assert outcome.body == '{"transactionId":"tx_123"}'
        assert outcome.ip == "127.0.0.1" and outcome.duration_ms >= 0
        got = server.received_at("/ok")
        assert len(got) == before + 1
        assert got[-1].json() == {"pm": {"number": "4242424242424242"}}
        assert got[-1].header("Accept-Encoding") == "identity"
        assert got[-1].header("Content-Type") == "application/json"

    def test_status_is_whatever_the_destination_says(self, server: DestinationServer) -> None:
        outcome = run(forward(loopback(server.url("/status/503"))))
        assert outcome.status == 503 and outcome.body == '{"error":"declined"}'

    def test_redirects_are_not_followed(self, server: DestinationServer) -> None:
        with DestinationServer() as other:
            target = other.url("/ok")
            outcome = run(forward(loopback(server.url(f"/redirect?to={target}"))))
            assert outcome.status == 302
            assert ("Location", target) in outcome.headers
            assert other.received == []

    def test_a_50_mb_body_is_read_only_up_to_the_cap(self, server: DestinationServer) -> None:
        started = time.monotonic()
        outcome = run(forward(loopback(server.url("/big"), max_response_bytes=4096)))
        assert outcome.status == 200
        assert len(outcome.body) == 4096 + outbound.READ_SLACK
        assert time.monotonic() - started < 10

    def test_a_gzip_bomb_is_bounded_after_inflating(self, server: DestinationServer) -> None:
        outcome = run(forward(loopback(server.url("/gzip-bomb"), max_response_bytes=1000)))
        assert outcome.body == "0" * (1000 + outbound.READ_SLACK)

    def test_proxy_environment_is_ignored(self, server: DestinationServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
        hole = Blackhole()
        try:
            for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy"):
                monkeypatch.setenv(var, hole.url(""))
            monkeypatch.delenv("NO_PROXY", raising=False)
            monkeypatch.delenv("no_proxy", raising=False)
            assert run(forward(loopback(server.url("/ok")))).status == 200
        finally:
            hole.close()


class TestFailures:
    def test_hanging_destination_is_a_504_and_the_loop_keeps_running(
            self, server: DestinationServer) -> None:
        dest = loopback(server.url("/hang"), timeout=1)

        async def main() -> tuple[StripeError, int]:
            ticks = 0

            async def ticker() -> None:
                nonlocal ticks
                while True:
                    await asyncio.sleep(0.05)
                    ticks += 1

            task = asyncio.get_running_loop().create_task(ticker())
            try:
                with pytest.raises(StripeError) as e:
                    await forward(dest)
            finally:
                task.cancel()
            return e.value, ticks

        try:
            error, ticks = run(main())
        finally:
            server.release()  # the destination's handler still waits: let it end
        assert error.http_status == 504 and error.type == "api_error"
        assert error.headers == {"Stripe-Should-Retry": "false"}
        assert ticks >= 10  # the event loop served other work while the call waited
        assert len(server.received_at("/hang")) >= 1

    def test_no_connection_before_the_timeout_is_a_402(self) -> None:
        hole = Blackhole()
        try:
            started = time.monotonic()
            with pytest.raises(StripeError) as e:
                run(forward(loopback(hole.url("/pay"), timeout=5, connect_timeout=0.5)))
            assert time.monotonic() - started < 3
        finally:
            hole.close()
        assert e.value.http_status == 402 and e.value.type == "invalid_request_error"
        assert e.value.message == ("The request to the destination timed out before a "
                                   "connection was established.")

    def test_connection_refused_is_a_502(self) -> None:
        hole = Blackhole()
        url = hole.url("/pay")
        hole.close()  # nothing listens there now
        with pytest.raises(StripeError) as e:
            run(forward(loopback(url)))
        assert e.value.http_status == 502 and e.value.type == "api_error"


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DestinationServer, str,
                                                                     list[str]]]:
    server_ctx, ca_file = tls_material(tmp_path_factory.mktemp("tls"))
    sni: list[str] = []
    server_ctx.sni_callback = lambda sock, name, ctx: sni.append(name or "")  # type: ignore[assignment,misc,return-value]
    with DestinationServer(tls=server_ctx, host="destination.test") as s:
        yield s, ca_file, sni


def tls_destination(server: DestinationServer, ca_file: str | None, **extra: Any,
                    ) -> Destination:
    raw: dict[str, Any] = {"url": server.url("/ok"), "fields": {"card_number": "pm.number"},
                           "addresses": ["127.0.0.1"], **extra}
    if ca_file:
        raw["ca_file"] = ca_file
    return parse({"destinations": [raw]}).destinations[0]


class TestPinning:
    def test_tls_to_the_checked_address_with_the_host_name_verified(
            self, tls: tuple[DestinationServer, str, list[str]]) -> None:
        server, ca_file, sni = tls
        dest = tls_destination(server, ca_file)
        calls: list[str] = []

        async def rebinding(host: str, port: int) -> list[str]:
            calls.append(host)  # first answer passes the check, later ones would not
            return ["127.0.0.1"] if len(calls) == 1 else ["10.0.0.1"]

        async def main() -> outbound.Outcome:
            ip = await resolve(dest, resolver=rebinding)
            # `destination.test` is not in any DNS: the connection can only reach the
            # server through the pinned address, and TLS checked the name via SNI.
            return await send(dest, ip, exchange(dest), clock=Clock())

        outcome = run(main())
        assert outcome.status == 200 and outcome.ip == "127.0.0.1"
        assert calls == ["destination.test"]  # resolved once, never again
        assert "destination.test" in sni
        assert server.received[-1].header("Host") == f"destination.test:{server.port}"

    def test_an_untrusted_certificate_is_a_502(
            self, tls: tuple[DestinationServer, str, list[str]]) -> None:
        server, _, _ = tls
        before = len(server.received)
        dest = tls_destination(server, None)  # certifi's CAs do not know the test CA
        with pytest.raises(StripeError) as e:
            run(forward(dest, "127.0.0.1"))
        assert e.value.http_status == 502
        assert len(server.received) == before

    def test_resolving_to_an_address_not_configured_is_refused(
            self, tls: tuple[DestinationServer, str, list[str]]) -> None:
        server, ca_file, _ = tls
        dest = tls_destination(server, ca_file)

        async def elsewhere(host: str, port: int) -> list[str]:
            return ["10.1.2.3"]

        with pytest.raises(StripeError) as e:
            run(resolve(dest, resolver=elsewhere))
        assert e.value.http_status == 502
        assert "not allowed" in e.value.message

    def test_a_slow_resolver_is_a_402(self, tls: tuple[DestinationServer, str, list[str]],
                                      ) -> None:
        server, ca_file, _ = tls
        dest = tls_destination(server, ca_file, timeout=2, connect_timeout=0.2)

        async def slow(host: str, port: int) -> list[str]:
            await asyncio.sleep(5)
            return ["127.0.0.1"]

        with pytest.raises(StripeError) as e:
            run(resolve(dest, resolver=slow))
        assert e.value.http_status == 402


class TestAddressPolicy:
    public = parse({"destinations": [{"url": "https://api.processor.example/pay"}]}
                   ).destinations[0]

    @pytest.mark.parametrize("ip", [
        "127.0.0.1", "10.0.0.8", "172.16.5.4", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1%eth0",
        "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::1",
        "64:ff9b::7f00:1", "2001:0::1", "not-an-ip",
    ])
    def test_the_operators_network_is_out_of_reach(self, ip: str) -> None:
        assert not address_allowed(self.public, ip)

    @pytest.mark.parametrize("ip", ["8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
    def test_public_addresses(self, ip: str) -> None:
        assert address_allowed(self.public, ip)

    def test_the_operators_list_is_the_only_one(self) -> None:
        dest = parse({"destinations": [{"url": "https://api.processor.example/pay",
                                        "addresses": ["10.0.0.8"]}]}).destinations[0]
        assert address_allowed(dest, "10.0.0.8")
        assert not address_allowed(dest, "8.8.8.8")

    def test_private_answers_are_skipped_for_a_public_one(self) -> None:
        async def mixed(host: str, port: int) -> list[str]:
            return ["10.0.0.1", "8.8.8.8"]

        assert run(resolve(self.public, resolver=mixed)) == "8.8.8.8"

    def test_loopback_http_reaches_only_127_0_0_1(self) -> None:
        dest = loopback("http://127.0.0.1:9/pay")
        assert run(resolve(dest)) == "127.0.0.1"
        assert not address_allowed(dest, "127.0.0.2")


def test_tls_context_is_strict(tmp_path: Path) -> None:
    ctx = outbound._ssl_context(None)
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
