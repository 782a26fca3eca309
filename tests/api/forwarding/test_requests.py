"""Forwarding requests through the official SDK, against real destinations on 127.0.0.1:
the card reaches the destination exactly once and nowhere else (API, database, events,
logs), Stripe's validation order, the attacks of issue 7, idempotency, lists, retention."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from typing import Any

import pytest
import stripe

from stripe_emulator.areas.forwarding.payload import sign
from stripe_emulator.testing import Account, EmulatorServer
from tests.api.forwarding.conftest import (
    API_KEY,
    CVC,
    PAN,
    SIGNING_SECRET,
    Destinations,
    create_payment_method,
    dump_database,
    forward,
    marker,
)
from tests.conformance import assert_conforms

ALL = ["card_number", "card_expiry", "card_cvc", "cardholder_name"]
SECRETS = (PAN, API_KEY, SIGNING_SECRET)


def leaks(text: str) -> list[str]:
    """Which secrets `text` holds: the card number (also spaced), the credential, the
    signing secret, or the CVC as the value it was sent as."""
    found = [s for s in SECRETS if s in text]
    if re.search(r"4242\D{0,2}4242\D{0,2}4242\D{0,2}4242", text):
        found.append("spaced card number")
    if re.search(r'"(cvc|paymentMethod\.cvc)"\s*:\s*"?' + CVC, text):
        found.append("cvc")
    return found


def details(fr: Any) -> dict[str, Any]:
    d: dict[str, Any] = fr.to_dict()
    return d


class TestCreateForwardingRequest:
    def test_card_data_reaches_the_destination_once_and_nowhere_else(
            self, server: EmulatorServer, client: stripe.StripeClient,
            payment_method: stripe.PaymentMethod, destinations: Destinations,
            caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.DEBUG)
        ref = marker()
        fr = forward(client, payment_method.id, destinations.ok, ref,
                     replacements=[*ALL, "request_signature"],
                     headers=[{"name": "Idempotency-Key",
                               "value": "{{UPSTREAM_IDEMPOTENCY_KEY}}"}])

        (got,) = destinations.received(ref)  # exactly one call
        assert got.json()["paymentMethod"] == {
            "number": PAN, "cvc": CVC, "expiryMonth": "12", "expiryYear": "2034",
            "holderName": "Jenny Rosen"}
        assert got.header("X-Api-Key") == API_KEY
        assert got.header("Idempotency-Key") == "{{UPSTREAM_IDEMPOTENCY_KEY}}"
        signature = got.header("X-Signature") or ""
        timestamp = int(signature.split(",")[0].removeprefix("t="))
        assert signature == sign(SIGNING_SECRET, got.body, timestamp)

        assert_conforms(fr)
        assert fr.id.startswith("fwdreq_") and fr.object == "forwarding.request"
        assert fr.livemode is False and fr.metadata is not None
        assert fr.payment_method == payment_method.id
        assert fr.replacements == [*ALL, "request_signature"]
        assert fr.url == destinations.ok
        assert fr.request_details is not None and fr.response_details is not None
        assert fr.request_details.http_method == "POST"
        assert json.loads(fr.request_details.body)["paymentMethod"] == {
            "number": "************4242", "cvc": "***", "expiryMonth": "12",
            "expiryYear": "2034", "holderName": "Jenny Rosen"}
        assert [(h.name, h.value) for h in fr.request_details.headers] == [
            ("Idempotency-Key", "{{UPSTREAM_IDEMPOTENCY_KEY}}"),
            ("Content-Type", "application/json"),
            ("X-Api-Key", "{{DESTINATION_API_KEY}}"),
            ("X-Signature", "{{REQUEST_SIGNATURE}}")]
        assert fr.response_details.status == 200
        assert fr.response_details.body == '{"transactionId":"tx_123"}'
        assert ("Content-Type", "application/json") in [
            (h.name, h.value) for h in fr.response_details.headers]
        assert fr.request_context is not None
        assert fr.request_context.destination_ip_address == "127.0.0.1"
        assert isinstance(fr.request_context.destination_duration, int)

        retrieved = client.v1.forwarding.requests.retrieve(fr.id)
        assert details(retrieved) == details(fr)
        listed = client.v1.forwarding.requests.list()
        events = client.v1.events.list({"limit": 100})
        assert not [e for e in events.data if e.type.startswith("forwarding")]
        for where, text in [("response", json.dumps(details(fr))),
                            ("retrieve", json.dumps(details(retrieved))),
                            ("list", json.dumps(listed.to_dict())),
                            ("events", json.dumps(events.to_dict())),
                            ("database", dump_database(server)),
                            ("logs", caplog.text)]:
            assert leaks(text) == [], where

    def test_a_magic_test_payment_method(self, client: stripe.StripeClient,
                                         destinations: Destinations) -> None:
        create_payment_method(client)  # skips while billing serves no PaymentMethods
        ref = marker()
        fr = forward(client, "pm_card_visa", destinations.ok, ref, replacements=["card_number"])
        assert fr.payment_method.startswith("pm_") and fr.payment_method != "pm_card_visa"
        (got,) = destinations.received(ref)
        assert got.json()["paymentMethod"]["number"] == PAN

    def test_only_the_replacements_asked_for(self, client: stripe.StripeClient,
                                             payment_method: stripe.PaymentMethod,
                                             destinations: Destinations) -> None:
        ref = marker()
        forward(client, payment_method.id, destinations.ok, ref, replacements=["card_expiry"])
        (got,) = destinations.received(ref)
        assert got.json()["paymentMethod"] == {"number": "", "cvc": "", "expiryMonth": "12",
                                               "expiryYear": "2034", "holderName": ""}
        assert got.header("X-Signature") is None

    def test_metadata(self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
                      destinations: Destinations) -> None:
        fr = client.v1.forwarding.requests.create({
            "payment_method": payment_method.id, "url": destinations.ok,
            "replacements": ["card_number"], "request": {"body": "{}"},
            "metadata": {"order": "6735", "card": PAN}})
        assert fr.metadata is not None and fr.metadata["order"] == "6735"
        assert fr.metadata["card"] == "************4242"

    def test_the_destination_status_whatever_it_is(self, client: stripe.StripeClient,
                                                   payment_method: stripe.PaymentMethod,
                                                   destinations: Destinations) -> None:
        fr = forward(client, payment_method.id, destinations.failing, marker())
        assert fr.response_details is not None
        assert fr.response_details.status == 500
        assert fr.response_details.body == '{"error":"declined"}'

    def test_https_destination_pinned_to_its_configured_address(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        ref = marker()
        fr = forward(client, payment_method.id, destinations.https, ref)
        assert fr.response_details is not None and fr.response_details.status == 200
        assert fr.request_context is not None
        assert fr.request_context.destination_ip_address == "127.0.0.1"
        (got,) = destinations.received(ref, destinations.tls)
        assert got.json()["paymentMethod"]["number"] == PAN


class TestCvc:
    def test_single_use(self, client: stripe.StripeClient,
                        payment_method: stripe.PaymentMethod,
                        destinations: Destinations) -> None:
        forward(client, payment_method.id, destinations.ok, first := marker(),
                replacements=["card_cvc"])
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, destinations.ok, second := marker(),
                    replacements=["card_cvc"])
        assert e.value.http_status == 400 and e.value.param == "replacements"
        assert e.value.user_message == ("The CVC for this PaymentMethod has expired; "
                                        "re-collect card details.")
        assert destinations.received(first)[0].json()["paymentMethod"]["cvc"] == CVC
        assert destinations.received(second) == []
        forward(client, payment_method.id, destinations.ok, marker(),
                replacements=["card_number"])  # the card itself still forwards

    def test_kept_by_forwards_that_do_not_use_it(self, client: stripe.StripeClient,
                                                 payment_method: stripe.PaymentMethod,
                                                 destinations: Destinations) -> None:
        forward(client, payment_method.id, destinations.ok, marker(),
                replacements=["card_number"])
        ref = marker()
        forward(client, payment_method.id, destinations.ok, ref, replacements=["card_cvc"])
        assert destinations.received(ref)[0].json()["paymentMethod"]["cvc"] == CVC

    def test_kept_when_the_request_is_refused(self, client: stripe.StripeClient,
                                              payment_method: stripe.PaymentMethod,
                                              destinations: Destinations) -> None:
        with pytest.raises(stripe.InvalidRequestError):
            forward(client, payment_method.id, destinations.ok, marker(),
                    replacements=["card_cvc"], headers=[{"name": "Host", "value": "x"}])
        ref = marker()
        forward(client, payment_method.id, destinations.ok, ref, replacements=["card_cvc"])
        assert destinations.received(ref)[0].json()["paymentMethod"]["cvc"] == CVC

    def test_expires_an_hour_after_collection(self, server: EmulatorServer,
                                              client: stripe.StripeClient,
                                              payment_method: stripe.PaymentMethod,
                                              destinations: Destinations) -> None:
        server.app.clock.advance(3601)
        try:
            with pytest.raises(stripe.InvalidRequestError) as e:
                forward(client, payment_method.id, destinations.ok, marker(),
                        replacements=["card_cvc"])
        finally:
            server.app.clock.advance(-3601)
        assert e.value.param == "replacements"


class TestValidation:
    """Stripe's order: payment method, URL, replacements, CVC; nothing is sent."""

    def test_payment_method_first(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, "pm_nope", "https://not-enabled.example/pay", marker())
        assert e.value.http_status == 404 and e.value.code == "resource_missing"
        assert e.value.param == "payment_method"
        assert e.value.user_message == "No such PaymentMethod: 'pm_nope'"

    @pytest.mark.parametrize("role", ["not configured", "http host", "trailing slash",
                                      "other account", "https twin"])
    def test_url_not_enabled(self, client: stripe.StripeClient,
                             payment_method: stripe.PaymentMethod,
                             destinations: Destinations, role: str) -> None:
        url = {"not configured": "https://api.processor.example/v1/payments",
               "http host": destinations.ok.replace("127.0.0.1", "localhost"),
               "trailing slash": destinations.ok + "/",
               "other account": destinations.other_account,
               "https twin": destinations.ok.replace("http://", "https://")}[role]
        ref = marker()
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, url, ref)
        assert e.value.http_status == 400 and e.value.param == "url"
        assert e.value.user_message == (f"The URL '{url}' is not enabled for forwarding on "
                                        "this account.")
        assert destinations.received(ref) == []

    @pytest.mark.parametrize("url_role,kind", [("number_only", "card_cvc"),
                                               ("number_only", "card_expiry"),
                                               ("echo", "request_signature")])
    def test_replacement_the_destination_does_not_take(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations, url_role: str, kind: str) -> None:
        url = getattr(destinations, url_role)
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, url, marker(), replacements=[kind])
        assert e.value.param == "replacements"
        assert e.value.user_message == (f"The replacement '{kind}' is not supported for the "
                                        f"destination '{url}'.")

    def test_unknown_replacement(self, client: stripe.StripeClient,
                                 payment_method: stripe.PaymentMethod,
                                 destinations: Destinations) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, destinations.ok, marker(),
                    replacements=["card_pin"])
        assert e.value.param == "replacements[0]"

    def test_required_params(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.forwarding.requests.create({  # type: ignore[typeddict-item]
                "payment_method": "pm_x", "url": "https://x.example", "replacements": [
                    "card_number"]})
        assert e.value.code == "parameter_missing" and e.value.param == "request"

    def test_a_body_that_cannot_take_the_card(self, client: stripe.StripeClient,
                                              payment_method: stripe.PaymentMethod,
                                              destinations: Destinations) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.forwarding.requests.create({
                "payment_method": payment_method.id, "url": destinations.ok,
                "replacements": ["card_number"], "request": {"body": "card=&ref=x"}})
        assert e.value.param == "request[body]"


class TestAttacks:
    @pytest.mark.parametrize("name", ["Host", "host", "Content-Length", "Transfer-Encoding",
                                      "X-Forwarded-Host"])
    def test_headers_that_would_redirect_the_request(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations, name: str) -> None:
        ref = marker()
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, destinations.ok, ref,
                    headers=[{"name": "Accept", "value": "*/*"},
                             {"name": name, "value": "169.254.169.254"}])
        assert e.value.param == "request[headers][1][name]"
        assert destinations.received(ref) == []

    @pytest.mark.parametrize("name", ["X-Api-Key", "x-api-key", "X-Signature"])
    def test_headers_that_would_replace_the_operators_credentials(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations, name: str) -> None:
        ref = marker()
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, destinations.ok, ref,
                    headers=[{"name": name, "value": "attacker"}])
        assert "cannot be overridden" in str(e.value.user_message)
        assert destinations.received(ref) == []

    def test_header_value_with_a_line_break(self, client: stripe.StripeClient,
                                            payment_method: stripe.PaymentMethod,
                                            destinations: Destinations) -> None:
        ref = marker()
        with pytest.raises(stripe.InvalidRequestError) as e:
            forward(client, payment_method.id, destinations.ok, ref,
                    headers=[{"name": "X-Note", "value": "a\r\nHost: evil.internal"}])
        assert e.value.param == "request[headers][0][value]"
        assert destinations.received(ref) == []

    def test_a_redirect_to_another_host_is_not_followed(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        fr = forward(client, payment_method.id, destinations.redirect, marker())
        assert fr.response_details is not None and fr.response_details.status == 302
        assert destinations.other.received == []

    def test_a_destination_echoing_the_card_and_credentials(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        fr = forward(client, payment_method.id, destinations.echo, marker())
        assert fr.response_details is not None
        echoed = json.loads(fr.response_details.body)
        assert echoed["paymentMethod"]["number"] == "************4242"
        assert echoed["paymentMethod"]["cvc"] == "***"
        headers = {h.name: h.value for h in fr.response_details.headers}
        assert headers["X-Echo-Card"] == "************4242"
        assert headers["X-Echo-Reflected"] == "{{DESTINATION_API_KEY}}"
        assert headers["Authorization"] == "{{REDACTED}}"
        assert leaks(json.dumps(details(fr))) == []

    def test_a_destination_hiding_the_card_in_json_escapes(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        fr = forward(client, payment_method.id, destinations.escaped, marker())
        assert fr.response_details is not None
        body = fr.response_details.body
        assert PAN not in body
        with contextlib.suppress(json.JSONDecodeError):  # escapes may be masked in place
            assert PAN not in json.dumps(json.loads(body), ensure_ascii=False)

    def test_a_50_mb_response_is_bounded(self, client: stripe.StripeClient,
                                         payment_method: stripe.PaymentMethod,
                                         destinations: Destinations) -> None:
        started = time.monotonic()
        fr = forward(client, payment_method.id, destinations.big, marker())
        assert fr.response_details is not None and fr.response_details.status == 200
        assert len(fr.response_details.body) == 1024 * 1024
        assert time.monotonic() - started < 15

    def test_a_hanging_destination_times_out_and_blocks_nobody(
            self, account: Account, client: stripe.StripeClient,
            payment_method: stripe.PaymentMethod, destinations: Destinations) -> None:
        ref = marker()
        outcome: dict[str, Any] = {}

        def call() -> None:
            try:
                forward(account.client(max_network_retries=0), payment_method.id,
                        destinations.hang, ref)
            except stripe.StripeError as exc:
                outcome["error"] = exc

        worker = threading.Thread(target=call)
        worker.start()
        try:
            deadline = time.monotonic() + 5
            while not destinations.received(ref):
                assert time.monotonic() < deadline, "the hanging call never arrived"
                time.sleep(0.01)
            client.v1.customers.create({"email": "busy@example.com"})  # a write
            client.v1.forwarding.requests.list({"limit": 1})
            # Both were answered while the forwarded call still waited on its destination:
            # no lock (and no transaction) is held while a call waits on the outside world.
            assert worker.is_alive()
        finally:
            worker.join(10)
            destinations.main.release()  # the destination's handler still waits
        error = outcome["error"]
        assert isinstance(error, stripe.APIError) and error.http_status == 504
        assert error.user_message == "The request to the destination timed out."
        assert [r for r in client.v1.forwarding.requests.list({"limit": 100}).data
                if r.url == destinations.hang] == []  # no object for a failed call

    def test_no_connection_before_the_timeout_is_a_402(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        with pytest.raises(stripe.StripeError) as e:
            forward(client, payment_method.id, destinations.unreachable, marker())
        assert e.value.http_status == 402
        assert e.value.error is not None and e.value.error.type == "invalid_request_error"
        assert e.value.user_message == ("The request to the destination timed out before a "
                                        "connection was established.")


class TestIdempotency:
    def test_a_replay_does_not_call_the_destination_again(
            self, client: stripe.StripeClient, payment_method: stripe.PaymentMethod,
            destinations: Destinations) -> None:
        ref = marker()
        key = {"idempotency_key": f"fwd-{ref}"}
        first = forward(client, payment_method.id, destinations.ok, ref, options=key)
        again = forward(client, payment_method.id, destinations.ok, ref, options=key)
        assert again.id == first.id
        assert again.last_response is not None
        assert again.last_response.headers["Idempotent-Replayed"] == "true"
        assert len(destinations.received(ref)) == 1

    @pytest.mark.parametrize("where", ["same process", "another process"])
    def test_a_concurrent_duplicate_gets_409(
            self, server: EmulatorServer, account: Account, payment_method: stripe.PaymentMethod,
            destinations: Destinations, where: str) -> None:
        ref = marker()
        key = {"idempotency_key": f"fwd-{ref}"}
        outcome: dict[str, Any] = {}

        def call() -> None:
            try:
                forward(account.client(max_network_retries=0), payment_method.id,
                        destinations.hang, ref, options=key)
            except stripe.StripeError as exc:
                outcome["error"] = exc

        twin = None
        if where == "another process":  # a second server on the same database
            twin = EmulatorServer(data_dir=server.settings.data_dir,
                                  database_url=server.settings.database_url,
                                  forwarding_config=destinations.config).start()
        other = Account(server=twin or server, api_key=account.api_key)
        worker = threading.Thread(target=call)
        worker.start()
        try:
            deadline = time.monotonic() + 5
            while not destinations.received(ref):
                assert time.monotonic() < deadline, "the first call never arrived"
                time.sleep(0.01)
            with pytest.raises(stripe.StripeError) as e:  # the SDK raises APIError for a 409
                forward(other.client(max_network_retries=0), payment_method.id,
                        destinations.hang, ref, options=key)
            assert e.value.http_status == 409 and e.value.error is not None
            assert e.value.error.type == "idempotency_error"
            assert e.value.error.code == "idempotency_key_in_use"
            worker.join(10)
            assert outcome["error"].http_status == 504
            with pytest.raises(stripe.APIError) as replayed:  # the stored answer, replayed
                forward(other.client(max_network_retries=0), payment_method.id,
                        destinations.hang, ref, options=key)
            assert replayed.value.http_status == 504
        finally:
            worker.join(10)
            destinations.main.release()  # the destination's handler still waits
            if twin is not None:
                twin.stop()
        assert len(destinations.received(ref)) == 1


class TestRetrieveAndList:
    def test_retrieve_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.forwarding.requests.retrieve("fwdreq_nope")
        assert e.value.http_status == 404 and e.value.code == "resource_missing"
        assert e.value.user_message == "No such forwarding request: 'fwdreq_nope'"

    def test_list_pages_filters_and_isolation(self, server: EmulatorServer,
                                              client: stripe.StripeClient,
                                              payment_method: stripe.PaymentMethod,
                                              destinations: Destinations) -> None:
        made = [forward(client, payment_method.id, destinations.ok, marker(),
                        replacements=["card_number"]) for _ in range(3)]
        page = client.v1.forwarding.requests.list({"limit": 2})
        assert [r.id for r in page.data] == [made[2].id, made[1].id] and page.has_more
        rest = client.v1.forwarding.requests.list({"starting_after": made[1].id})
        assert [r.id for r in rest.data] == [made[0].id] and not rest.has_more
        newer = client.v1.forwarding.requests.list({"ending_before": made[0].id})
        assert [r.id for r in newer.data] == [made[2].id, made[1].id]
        created = made[0].created
        assert len(client.v1.forwarding.requests.list(
            {"created": {"gte": created, "lte": created + 3600}}).data) == 3
        assert client.v1.forwarding.requests.list({"created": {"gt": created + 3600}}).data == []
        for r in page.data:
            assert_conforms(r)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.forwarding.requests.list({"starting_after": "fwdreq_nope"})
        assert e.value.param == "starting_after"

        stranger = server.new_account().client(max_network_retries=0)
        assert stranger.v1.forwarding.requests.list().data == []
        with pytest.raises(stripe.InvalidRequestError):
            stranger.v1.forwarding.requests.retrieve(made[0].id)

    def test_gone_after_30_days(self, server: EmulatorServer, client: stripe.StripeClient,
                                payment_method: stripe.PaymentMethod,
                                destinations: Destinations) -> None:
        fr = forward(client, payment_method.id, destinations.ok, marker(),
                     replacements=["card_number"])
        assert fr.id in dump_database(server)
        server.app.clock.advance(30 * 24 * 3600 - 5)
        try:
            assert client.v1.forwarding.requests.retrieve(fr.id).id == fr.id  # day 29.99
            server.app.clock.advance(10)
            with pytest.raises(stripe.InvalidRequestError) as e:
                client.v1.forwarding.requests.retrieve(fr.id)
            assert e.value.http_status == 404
            assert fr.id not in [r.id for r in client.v1.forwarding.requests.list().data]
            # The forwarding.expire job erases the object, its claim and the response
            # stored under its Idempotency-Key (freed SQLite pages aside).
            deadline = time.monotonic() + 10
            while fr.id in dump_database(server, raw=False):
                assert time.monotonic() < deadline, "the expired request was not erased"
                time.sleep(0.1)
        finally:
            server.app.clock.advance(-(30 * 24 * 3600 + 5))
