"""Prefixed object ids (`cus_...`, `evt_...`), reproducible when seeded.

Ids are not secrets, so a seeded PRNG is fine here; secrets (webhook signing secrets,
client secrets) come from `secrets` via `new_secret`.
"""

from __future__ import annotations

import random
import secrets
import string

_ALPHABET = string.digits + string.ascii_letters
#: Byte -> base62 character in one `bytes.translate`: 12x faster than `choices` (ids are
#: made on every write). 256 is not a multiple of 62, so 8 characters are slightly more
#: frequent; ids need uniqueness, not uniformity (secrets below use `secrets`).
_TO_BASE62 = bytes.maketrans(bytes(range(256)), (_ALPHABET * 5).encode()[:256])
_rng = random.Random()


def seed(value: int | str | None) -> None:
    """Make every id generated from now on reproducible (tests, demos)."""
    _rng.seed(value)


def new_id(prefix: str, length: int = 24) -> str:
    """`prefix_` followed by `length` base62 characters, as Stripe's ids look."""
    return f"{prefix}_{_rng.randbytes(length).translate(_TO_BASE62).decode()}"


def new_secret(prefix: str, length: int = 32) -> str:
    """A credential (`whsec_...`, client secrets): always from the OS's CSPRNG."""
    return f"{prefix}_{''.join(secrets.choice(_ALPHABET) for _ in range(length))}"


def new_request_id() -> str:
    """`req_` + 14 base62 characters (Stripe's Request-Id format)."""
    return new_id("req", 14)
