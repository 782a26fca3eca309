"""`Download`: what a handler returns to answer with raw bytes instead of JSON (a file's
contents), streamed by the edge in chunks as its iterator yields them."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import quote

__all__ = ["Download", "content_disposition"]

_UNSAFE = re.compile(r'[^\x20-\x7e]|["\\]')


@dataclass(slots=True, frozen=True)
class Download:
    """A 200 answer of `size` raw bytes: `chunks` yields them (it runs after the request's
    unit of work has ended, so it must not need it), `content_type` says what they are,
    `filename` (when set) becomes `Content-Disposition: attachment`."""

    chunks: AsyncIterator[bytes]
    size: int
    content_type: str = "application/octet-stream"
    filename: str | None = None


def content_disposition(filename: str) -> str:
    """`attachment; filename="..."` with an ASCII fallback, and the exact name as RFC 6266's
    `filename*` when it is not plain ASCII (never a quote, backslash or line break raw)."""
    fallback = _UNSAFE.sub("_", filename) or "download"
    value = f'attachment; filename="{fallback}"'
    if fallback != filename:
        value += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return value
