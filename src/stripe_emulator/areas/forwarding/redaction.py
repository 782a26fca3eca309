"""Redaction of the copies a forwarding request keeps: card numbers, CVCs and credentials
never reach a stored or returned `request_details` / `response_details`.

Pure functions, no I/O. Two layers, applied to every body and header value:

1. Known secrets, matched exactly: the card number that was injected (also when the
   destination spreads its digits with separators), the CVC, the operator's credential
   and signature values. JSON `\\u00XX` escapes of letters and digits are written out
   first, so escaping cannot hide a number or a credential.
2. A detector for any card-number-like digit run: 13+ digits (single spaces or dashes
   allowed between them) holding a Luhn-valid window of 13-19 digits is masked down to
   its last four digits, whoever put it there.

Redaction errs towards masking: a 13-19 digit id that happens to pass Luhn is masked
too, and with `card_cvc` every standalone occurrence of the CVC's digits is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from stripe_emulator.areas.forwarding.models import Header

__all__ = [
    "CREDENTIAL_PLACEHOLDER",
    "CVC_MASK",
    "REDACTED_PLACEHOLDER",
    "Secrets",
    "contains_secret",
    "is_sensitive_header",
    "luhn_ok",
    "mask_pan",
    "redact_headers",
    "redact_text",
]

CVC_MASK = "***"
#: Stands in for the operator's credential headers in stored copies (Stripe's own form).
CREDENTIAL_PLACEHOLDER = "{{DESTINATION_API_KEY}}"
#: Stands in for any other sensitive header value (authorization, cookies, tokens...).
REDACTED_PLACEHOLDER = "{{REDACTED}}"

#: Runs of 13+ ASCII digits, single spaces or dashes allowed between digits.
_DIGIT_RUN = re.compile(r"[0-9](?:[ -]?[0-9]){12,}")
#: Stretches that may hold such a run (a fast character-class scan finds them first).
_CANDIDATE = re.compile(r"[0-9][0-9 -]{12,}")
#: `\u0034`-style JSON escapes of the characters numbers and credentials are made of.
_ESCAPE = re.compile(r"\\u00([2-7][0-9a-fA-F])")
_ESCAPABLE = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~+/=")
#: Lower-case fragments of the field names `_CVC_FIELD` looks for (cheap pre-check).
_CVC_HINTS = ("cvc", "cvv", "csc", "security", "verification")
#: A run this long is masked without looking for a Luhn window: it is no card number,
#: and it almost surely holds a Luhn-valid 13-19 digit window anyway.
_LONG_RUN = 20
_DIGIT = re.compile(r"[0-9]")
#: JSON fields or form keys that hold a security code, whatever its value.
_CVC_FIELD = re.compile(
    r"""(?ix)
    (["']?(?:cvc2?|cvv2?|csc|card_?verification(?:_?(?:code|value))?
          |security_?code)["']?\s*[:=]\s*)
    ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[0-9]+)
    """)
_SENSITIVE_HEADER = re.compile(
    r"(?i)^(authorization|proxy-authorization|cookie|set-cookie)$"
    r"|auth|token|secret|passw|api[-_]?key|apikey|signature|credential|session|private")


@dataclass(frozen=True, slots=True)
class Secrets:
    """What one forwarding request must never store: the injected card number and CVC,
    and the operator's credential values (and the signature computed with them)."""

    pans: tuple[str, ...] = ()
    cvcs: tuple[str, ...] = ()
    credentials: tuple[str, ...] = ()

    def __repr__(self) -> str:  # never print the values themselves
        return (f"Secrets(pans={len(self.pans)}, cvcs={len(self.cvcs)}, "
                f"credentials={len(self.credentials)})")


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check every card number passes."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask_pan(number: str) -> str:
    """`************4242`: stars for every digit but the last four (Stripe's fixtures)."""
    digits = "".join(ch for ch in number if "0" <= ch <= "9")
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _has_luhn_window(digits: str) -> bool:
    """Does any 13-19 digit window of `digits` pass Luhn? Prefix sums make each window
    two lookups: Luhn doubles every second digit counted back from a window's last one,
    i.e. the digits whose index has the parity of the window's end."""
    values = [ord(c) - 48 for c in digits]
    pairs = [(_DOUBLED[v], v) if i % 2 == 0 else (v, _DOUBLED[v]) for i, v in enumerate(values)]
    doubling_even = list(accumulate((p[0] for p in pairs), initial=0))
    doubling_odd = list(accumulate((p[1] for p in pairs), initial=0))
    for end in range(13, len(values) + 1):
        prefix = doubling_even if end % 2 == 0 else doubling_odd
        for length in range(13, min(end, 19) + 1):
            if (prefix[end] - prefix[end - length]) % 10 == 0:
                return True
    return False


def _mask_run(match: re.Match[str]) -> str:
    """Stars for every digit of a card-number-like run but its last four."""
    run = match.group(0)
    digits = run.replace(" ", "").replace("-", "")
    if len(digits) < _LONG_RUN and not _has_luhn_window(digits):
        return run
    tail, seen = len(run), 0
    while seen < 4:  # where the last four digits start
        tail -= 1
        seen += run[tail] not in " -"
    return _DIGIT.sub("*", run[:tail]) + run[tail:]


@functools.lru_cache(maxsize=64)
def _spread(digits: str) -> re.Pattern[str]:
    """The digits of a known number with up to two non-digits between any two of them
    ("4242 4242...", "4-2-4-2", UTF-16's NULs), not touching other digits."""
    return re.compile("(?<![0-9])" + "[^0-9]{0,2}".join(digits) + "(?![0-9])")


def _mask_cvc(text: str, cvc: str) -> str:
    if not cvc:
        return text
    # A bare JSON number becomes a string, so a JSON body stays JSON.
    text = re.sub(r"(:\s*)" + re.escape(cvc) + r"(?=\s*[,}\]])", r'\1"***"', text)
    return re.sub(r"(?<![0-9])" + re.escape(cvc) + r"(?![0-9])", CVC_MASK, text)


def _mask_cvc_field(match: re.Match[str]) -> str:
    value = match.group(2)
    if value[:1] in ('"', "'"):
        return match.group(1) + value[0] + CVC_MASK + value[0]
    return match.group(1) + '"' + CVC_MASK + '"'


def _unescape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _ESCAPABLE else match.group(0)


def _mask_candidate(match: re.Match[str]) -> str:
    return _DIGIT_RUN.sub(_mask_run, match.group(0))


def redact_text(text: str, secrets: Secrets = Secrets()) -> str:
    """`text` with every card number, CVC and credential in it masked."""
    if "\\u00" in text:
        text = _ESCAPE.sub(_unescape, text)
    for value in sorted(secrets.credentials, key=len, reverse=True):
        if value:
            text = text.replace(value, CREDENTIAL_PLACEHOLDER)
    for pan in secrets.pans:
        text = _spread(pan).sub(mask_pan(pan), text)
    text = _CANDIDATE.sub(_mask_candidate, text)
    lowered = text.lower()
    if any(hint in lowered for hint in _CVC_HINTS):
        text = _CVC_FIELD.sub(_mask_cvc_field, text)
    for cvc in secrets.cvcs:
        if cvc and cvc in text:
            text = _mask_cvc(text, cvc)
    return text


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def is_sensitive_header(name: str) -> bool:
    """Authorization, cookies, and anything named like a key, token, secret or signature."""
    return bool(_SENSITIVE_HEADER.search(name))


def redact_headers(headers: Sequence[tuple[str, str]], secrets: Secrets = Secrets(),
                   ) -> list[Header]:
    """`[{name, value}]` with sensitive values replaced and the rest redacted as text."""
    out: list[Header] = []
    for name, value in headers:
        safe = REDACTED_PLACEHOLDER if is_sensitive_header(name) else redact_text(value, secrets)
        out.append({"name": redact_text(name, secrets), "value": safe})
    return out


def contains_secret(value: Any, secrets: Secrets) -> bool:
    """Does any string in `value` (a document) still hold a known card number or
    credential? The last check before anything is stored."""
    for text in _strings(value):
        if any(c and c in text for c in secrets.credentials):
            return True
        if any(_spread(pan).search(text) for pan in secrets.pans):
            return True
    return False
