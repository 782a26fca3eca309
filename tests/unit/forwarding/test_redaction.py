"""Redaction of stored forwarding copies: no card number, CVC or credential survives,
whatever text surrounds it (hypothesis), and text without them is left alone."""

from __future__ import annotations

import re

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from stripe_emulator.areas.forwarding.redaction import (
    CREDENTIAL_PLACEHOLDER,
    REDACTED_PLACEHOLDER,
    Secrets,
    contains_secret,
    luhn_ok,
    mask_pan,
    redact_headers,
    redact_text,
)

VISA = "4242424242424242"
AMEX = "378282246310005"
_RUN = re.compile(r"[0-9](?:[ -]?[0-9])*")


def luhn_windows(text: str) -> list[str]:
    """Every Luhn-valid 13-19 digit window left in `text` (brute force, independent of the
    implementation under test)."""
    found = []
    for run in _RUN.findall(text):
        digits = run.replace(" ", "").replace("-", "")
        for length in range(13, 20):
            for start in range(len(digits) - length + 1):
                window = digits[start:start + length]
                if luhn_ok(window):
                    found.append(window)
    return found


def with_check_digit(body: str) -> str:
    """`body` plus the digit that makes it pass Luhn."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


card_numbers = st.builds(
    with_check_digit,
    st.text(alphabet="0123456789", min_size=12, max_size=18))
separators = st.sampled_from(["", " ", "-"])
noise = st.text(alphabet=st.sampled_from(list("0123456789 -ab\"{}:,.\n\u00e9")), max_size=60)


@st.composite
def texts_with_cards(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        number = draw(card_numbers)
        sep = draw(separators)
        group = draw(st.integers(1, 5))
        spaced = sep.join(number[i:i + group] for i in range(0, len(number), group))
        parts += [draw(noise), spaced]
    parts.append(draw(noise))
    return "".join(parts)


class TestCardNumbers:
    @settings(max_examples=400, deadline=None)
    @given(texts_with_cards())
    def test_no_luhn_valid_number_survives(self, text: str) -> None:
        assert luhn_windows(redact_text(text)) == []

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="0123456789 -", max_size=200))
    def test_no_luhn_valid_number_survives_in_digit_soup(self, text: str) -> None:
        assert luhn_windows(redact_text(text)) == []

    @settings(max_examples=200, deadline=None)
    @given(card_numbers, st.lists(st.text(alphabet="\x00 ./-_|", max_size=2), min_size=20,
                                  max_size=20), noise, noise)
    def test_the_injected_number_never_survives_with_any_separators(
            self, pan: str, seps: list[str], before: str, after: str) -> None:
        spread = "".join(d + seps[i] for i, d in enumerate(pan))
        # Fence the number off from the noise's digits, as a destination's text would.
        out = redact_text(f"{before}|{spread}|{after}", Secrets(pans=(pan,)))
        assert not contains_secret(out, Secrets(pans=(pan,)))

    @settings(max_examples=200, deadline=None)
    @given(texts_with_cards())
    def test_idempotent(self, text: str) -> None:
        once = redact_text(text)
        assert redact_text(once) == once

    @given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=200))
    def test_text_without_digits_is_untouched(self, text: str) -> None:
        assert redact_text(text) == text

    def test_last_four_kept(self) -> None:
        assert mask_pan(VISA) == "************4242"
        assert redact_text(f"card {VISA}.") == "card ************4242."
        assert redact_text("4242 4242 4242 4242") == "**** **** **** 4242"
        assert redact_text(AMEX) == "***********0005"

    def test_short_and_non_luhn_numbers_are_kept(self) -> None:
        assert redact_text("order 123456789012, ts 1700000000") == \
            "order 123456789012, ts 1700000000"
        # 16 digits, and no 13-19 digit window of them passes Luhn
        assert redact_text("2020202020202021") == "2020202020202021"

    def test_number_hidden_in_a_longer_run_is_masked(self) -> None:
        assert VISA not in redact_text("00" + VISA + "00")

    def test_json_unicode_escapes_do_not_hide_a_number(self) -> None:
        escaped = "".join(f"\\u00{ord(c):x}" for c in VISA)
        body = '{"echo": "' + escaped + '"}'
        out = redact_text(body, Secrets(pans=(VISA,)))
        decoded = orjson.loads(out) if out.startswith("{") and _valid_json(out) else None
        assert VISA not in out
        if decoded is not None:
            assert VISA not in decoded["echo"]


def _valid_json(text: str) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


class TestEscapesAndLongRuns:
    def test_escaped_credentials_are_masked(self) -> None:
        escaped = "".join(f"\\u{ord(c):04x}" for c in "sk_dest_0123456789abcdef")
        out = redact_text('{"k":"' + escaped + '"}',
                          Secrets(credentials=("sk_dest_0123456789abcdef",)))
        assert out == '{"k":"' + CREDENTIAL_PLACEHOLDER + '"}'

    def test_escaped_quotes_and_controls_are_left_alone(self) -> None:
        text = '{"a":"\\u0022x\\u000a"}'
        assert redact_text(text) == text

    def test_runs_of_20_digits_or_more_are_masked_outright(self) -> None:
        assert redact_text("id 20202020202020202020") == "id ****************2020"


class TestCvc:
    secrets = Secrets(pans=(VISA,), cvcs=("739",))

    def test_json_field_and_echo(self) -> None:
        out = redact_text('{"cvc":"739","note":"cvc was 739","amount":7390}', self.secrets)
        assert "739" not in out.replace("7390", "")
        assert orjson.loads(out) == {"cvc": "***", "note": "cvc was ***", "amount": 7390}

    def test_bare_json_number_stays_json(self) -> None:
        out = redact_text('{"verification": 739}', self.secrets)
        assert orjson.loads(out) == {"verification": "***"}

    def test_security_code_fields_are_masked_whatever_their_value(self) -> None:
        out = redact_text('{"cardCvv": "12", "securityCode": 4821} cvc2=555&x=1')
        assert out == '{"cardCvv": "***", "securityCode": "***"} cvc2="***"&x=1'

    @given(st.text(alphabet="0123456789 ,:{}\"ab", max_size=80))
    def test_no_standalone_cvc_survives(self, text: str) -> None:
        out = redact_text(text, Secrets(cvcs=("739",)))
        assert re.search(r"(?<![0-9])739(?![0-9])", out) is None


class TestCredentials:
    secrets = Secrets(credentials=("sk_dest_0123456789abcdef", "t=1,v1=deadbeef"))

    @given(st.text(max_size=40), st.text(max_size=40))
    def test_never_survive(self, before: str, after: str) -> None:
        out = redact_text(before + "sk_dest_0123456789abcdef" + after, self.secrets)
        assert "sk_dest_0123456789abcdef" not in out

    def test_placeholder(self) -> None:
        assert redact_text("key=sk_dest_0123456789abcdef", self.secrets) == \
            f"key={CREDENTIAL_PLACEHOLDER}"

    def test_sensitive_headers(self) -> None:
        out = redact_headers([("Authorization", "Bearer abc"), ("X-Api-Key", "k"),
                              ("Set-Cookie", "s=1"), ("X-Echo", f"card {VISA}"),
                              ("Idempotency-Key", "{{UPSTREAM_IDEMPOTENCY_KEY}}"),
                              ("X-Reflect", "sk_dest_0123456789abcdef")], self.secrets)
        assert out == [
            {"name": "Authorization", "value": REDACTED_PLACEHOLDER},
            {"name": "X-Api-Key", "value": REDACTED_PLACEHOLDER},
            {"name": "Set-Cookie", "value": REDACTED_PLACEHOLDER},
            {"name": "X-Echo", "value": "card ************4242"},
            {"name": "Idempotency-Key", "value": "{{UPSTREAM_IDEMPOTENCY_KEY}}"},
            {"name": "X-Reflect", "value": CREDENTIAL_PLACEHOLDER},
        ]

    def test_contains_secret(self) -> None:
        assert contains_secret({"a": [{"b": "x sk_dest_0123456789abcdef"}]}, self.secrets)
        assert contains_secret({"a": "4242-4242-4242-4242"}, Secrets(pans=(VISA,)))
        assert not contains_secret({"a": "************4242"}, Secrets(pans=(VISA,)))
