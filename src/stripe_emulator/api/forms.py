"""Stripe form decoding: `a[b][0][c]=v`, `key[]=x`, and "" meaning "unset".

The official SDKs send nested objects as bracketed keys, lists always indexed
(`expand[0]=x`), and curl users send `key[]=x`. Both come out of `decode` as nested
dicts and lists. Whether a dict of digit keys is a list or a hash with digit keys
(`metadata[0]=x`) only the endpoint's schema knows, so indexed containers are
`Indexed` dicts that `api.params` turns into lists where a list is expected.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import unquote_plus

from stripe_emulator.api.errors import InvalidRequestError

__all__ = ["Indexed", "decode", "decode_pairs", "split_key"]


class Indexed(dict[str, Any]):
    """A container built from `key[0]`/`key[]` entries: a list unless the schema says hash."""

    def as_list(self) -> list[Any]:
        """Items ordered by index (`[]` entries keep their order of appearance)."""
        return [v for _, v in sorted(self.items(), key=lambda kv: _index_key(kv[0]))]


def _index_key(key: str) -> tuple[int, int | str]:
    # Appended (`[]`) entries are stored as "\x00<n>" and sort after explicit indices.
    if key.startswith("\x00"):
        return (1, int(key[1:]))
    return (0, int(key)) if key.isdigit() else (2, key)


def split_key(key: str) -> list[str]:
    """`a[b][0][c]` -> ["a", "b", "0", "c"]; `key[]` -> ["key", ""]. Malformed stays whole."""
    start = key.find("[")
    if start <= 0 or not key.endswith("]"):
        return [key]
    parts = [key[:start]]
    rest = key[start:]
    while rest:
        if not rest.startswith("["):
            return [key]
        end = rest.find("]")
        if end < 0:
            return [key]
        parts.append(rest[1:end])
        rest = rest[end + 1 :]
    return parts


@functools.lru_cache(maxsize=8192)  # clients send the same keys request after request
def _split_cached(key: str) -> tuple[str, ...]:
    return tuple(split_key(key))


def decode(body: str | bytes) -> dict[str, Any]:
    """Decode an `application/x-www-form-urlencoded` body or query string."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if not body:
        return {}
    return decode_pairs(_pairs(body))


def _unquote(text: str) -> str:
    if "%" in text or "+" in text:
        return unquote_plus(text)
    return text


def _pairs(body: str) -> list[tuple[str, str]]:
    """`parse_qsl(body, keep_blank_values=True)`, 5x faster: most keys and values need no
    unquoting (the SDK sends brackets literally), so only those with % or + pay for it."""
    pairs = []
    for field in body.split("&"):
        if not field:
            continue
        key, _, value = field.partition("=")
        pairs.append((_unquote(key), _unquote(value)))
    return pairs


def decode_pairs(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Build the nested structure from (key, value) pairs in order of appearance."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        if "[" not in key:  # most top-level params: no nesting to build
            if isinstance(root.get(key), dict):
                raise InvalidRequestError(
                    f"Invalid value for {key}: it was sent both as a hash and as a value.",
                    param=key)
            root[key] = value
            continue
        parts = _split_cached(key)
        node: dict[str, Any] = root
        for depth, part in enumerate(parts[:-1]):
            nxt_part = parts[depth + 1]
            child = node.get(part)
            if part == "":
                part = f"\x00{len(node)}"
                child = None
            if child is None:
                child = Indexed() if (nxt_part.isdigit() or nxt_part == "") else {}
                node[part] = child
            elif not isinstance(child, dict):
                raise InvalidRequestError(
                    f"Invalid value for {_bracketed(parts[: depth + 1])}: it was sent both "
                    "as a value and as a hash.",
                    param=_bracketed(parts[: depth + 1]),
                )
            elif isinstance(child, Indexed) and not (nxt_part.isdigit() or nxt_part == ""):
                # a hash after all (for instance metadata[0]=a&metadata[x]=b)
                node[part] = child = dict(child)
            node = child
        last = parts[-1]
        if last == "":
            last = f"\x00{len(node)}"
        existing = node.get(last)
        if isinstance(existing, dict):
            raise InvalidRequestError(
                f"Invalid value for {_bracketed(parts)}: it was sent both as a hash and as "
                "a value.",
                param=_bracketed(parts),
            )
        node[last] = value
    return root


def _bracketed(parts: list[str] | tuple[str, ...]) -> str:
    return parts[0] + "".join(f"[{p}]" for p in parts[1:])
