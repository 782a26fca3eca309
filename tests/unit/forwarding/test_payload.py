"""Building the outbound request: card data only where the destination's config says and
only for the kinds asked for; caller headers that would redirect or impersonate refused;
the stored copy redacted."""

from __future__ import annotations

import hashlib
import hmac

import orjson
import pytest

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.areas.forwarding.destinations import Destination, parse
from stripe_emulator.areas.forwarding.payload import (
    SIGNATURE_PLACEHOLDER,
    Card,
    build,
    check_headers,
    sign,
)
from stripe_emulator.areas.forwarding.redaction import CREDENTIAL_PLACEHOLDER

VISA = "4242424242424242"
CARD = Card(number=VISA, exp_month=3, exp_year=2030, cvc="739", name="Jenny Rosen")
API_KEY = "sk_dest_0123456789"
SIGNING = "sig_secret_0123456789"


def destination(**overrides: object) -> Destination:
    dest: dict[str, object] = {
        "url": "https://api.processor.example/v1/payments",
        "fields": {"card_number": "paymentMethod.number", "card_cvc": "paymentMethod.cvc",
                   "card_expiry_month": "paymentMethod.expiryMonth",
                   "card_expiry_year": "paymentMethod.expiryYear",
                   "cardholder_name": "paymentMethod.holderName"},
        "headers": {"X-Api-Key": API_KEY},
        "request_signature": {"header": "X-Signature", "secret": SIGNING},
    }
    dest.update(overrides)
    return parse({"destinations": [dest]}).destinations[0]


BODY = '{"amount":{"value":1000,"currency":"usd"},"paymentMethod":{"number":"","cvc":""},' \
       '"reference":"{{REFERENCE_ID}}"}'


class TestInjection:
    def test_every_kind(self) -> None:
        ex = build(destination(), ["card_number", "card_expiry", "card_cvc", "cardholder_name"],
                   BODY, [], CARD, now=1700000000)
        sent = orjson.loads(ex.body)
        assert sent["paymentMethod"] == {"number": VISA, "cvc": "739", "expiryMonth": "03",
                                         "expiryYear": "2030", "holderName": "Jenny Rosen"}
        assert sent["reference"] == "{{REFERENCE_ID}}"  # stand-ins are not substituted
        kept = orjson.loads(ex.stored_body)
        assert kept["paymentMethod"] == {"number": "************4242", "cvc": "***",
                                         "expiryMonth": "03", "expiryYear": "2030",
                                         "holderName": "Jenny Rosen"}
        assert VISA not in ex.stored_body and "739" not in ex.stored_body

    def test_only_the_kinds_asked_for(self) -> None:
        ex = build(destination(), ["card_number"], BODY, [], CARD, now=0)
        sent = orjson.loads(ex.body)
        assert sent["paymentMethod"] == {"number": VISA, "cvc": ""}
        assert ex.secrets.cvcs == ()  # the CVC was not sent, so it is not masked either

    def test_missing_objects_are_created(self) -> None:
        ex = build(destination(), ["card_number"], "{}", [], CARD, now=0)
        assert orjson.loads(ex.body) == {"paymentMethod": {"number": VISA}}
        ex = build(destination(), ["card_number"], None, [], CARD, now=0)
        assert orjson.loads(ex.body) == {"paymentMethod": {"number": VISA}}

    @pytest.mark.parametrize("body", ["not json", "[1,2]", '"str"',
                                      '{"paymentMethod": "flat"}'])
    def test_body_that_cannot_take_the_card(self, body: str) -> None:
        with pytest.raises(InvalidRequestError) as e:
            build(destination(), ["card_number"], body, [], CARD, now=0)
        assert e.value.param == "request[body]"
        assert VISA not in e.value.message

    def test_duplicate_keys_cannot_smuggle_a_second_value(self) -> None:
        body = '{"paymentMethod":{"number":"x"},"paymentMethod":{"number":"y"}}'
        ex = build(destination(), ["card_number"], body, [], CARD, now=0)
        assert ex.body.count(b"paymentMethod") == 1

    def test_list_index_paths(self) -> None:
        dest = destination(fields={"card_number": "cards.0.pan"})
        ex = build(dest, ["card_number"], '{"cards":[{"pan":""}]}', [], CARD, now=0)
        assert orjson.loads(ex.body) == {"cards": [{"pan": VISA}]}

    def test_signature_only_leaves_the_body_as_sent(self) -> None:
        ex = build(destination(), ["request_signature"], "raw=text", [], CARD, now=1700000000)
        assert ex.body == b"raw=text"
        headers = dict(ex.headers)
        expected = hmac.new(SIGNING.encode(), b"1700000000.raw=text", hashlib.sha256)
        assert headers["X-Signature"] == f"t=1700000000,v1={expected.hexdigest()}"
        assert headers["X-Signature"] == sign(SIGNING, b"raw=text", 1700000000)

    def test_caller_pans_in_the_body_are_not_stored(self) -> None:
        ex = build(destination(), ["card_expiry"], '{"note":"5555555555554444"}', [], CARD,
                   now=0)
        assert b"5555555555554444" in ex.body  # sent as the caller wrote it
        assert "5555555555554444" not in ex.stored_body


class TestHeaders:
    def test_sent_and_stored(self) -> None:
        ex = build(destination(), ["card_number", "request_signature"], BODY,
                   [("Idempotency-Key", "{{UPSTREAM_IDEMPOTENCY_KEY}}"),
                    ("Authorization", "Bearer caller-token-123")], CARD, now=5)
        sent = dict(ex.headers)
        assert sent["Content-Type"] == "application/json"
        assert sent["X-Api-Key"] == API_KEY
        assert sent["Authorization"] == "Bearer caller-token-123"
        stored = {h["name"]: h["value"] for h in ex.stored_headers}
        assert stored == {"Idempotency-Key": "{{UPSTREAM_IDEMPOTENCY_KEY}}",
                          "Authorization": "{{REDACTED}}",
                          "Content-Type": "application/json",
                          "X-Api-Key": CREDENTIAL_PLACEHOLDER,
                          "X-Signature": SIGNATURE_PLACEHOLDER}

    def test_caller_content_type_wins(self) -> None:
        ex = build(destination(), ["card_number"], BODY,
                   [("content-type", "application/vnd.x+json")], CARD, now=0)
        assert [v for n, v in ex.headers if n.lower() == "content-type"] == \
            ["application/vnd.x+json"]

    @pytest.mark.parametrize("name", ["Host", "host", "Content-Length", "Transfer-Encoding",
                                      "Connection", "Proxy-Authorization", "X-Forwarded-For",
                                      "X-HTTP-Method-Override"])
    def test_reserved_names(self, name: str) -> None:
        with pytest.raises(InvalidRequestError) as e:
            check_headers([("Accept", "x"), (name, "evil.internal")], destination())
        assert e.value.param == "request[headers][1][name]"

    @pytest.mark.parametrize("name", ["X-Api-Key", "x-api-key", "X-Signature"])
    def test_the_operators_credentials_cannot_be_replaced(self, name: str) -> None:
        with pytest.raises(InvalidRequestError) as e:
            check_headers([(name, "attacker-key")], destination())
        assert "cannot be overridden" in e.value.message

    @pytest.mark.parametrize("name,value,param", [
        ("X-A\r\nHost", "x", "request[headers][0][name]"),
        ("X A", "x", "request[headers][0][name]"),
        ("X-A", "a\r\nHost: evil", "request[headers][0][value]"),
        ("X-A", "caf\u00e9", "request[headers][0][value]"),
    ])
    def test_injection_characters(self, name: str, value: str, param: str) -> None:
        with pytest.raises(InvalidRequestError) as e:
            check_headers([(name, value)], destination())
        assert e.value.param == param

    def test_card_is_never_printed(self) -> None:
        assert VISA not in repr(CARD) and "739" not in repr(CARD)
