"""The card vault: full card numbers and CVCs, AES-GCM encrypted at rest in the
`card_vault` table, never in an object document.

The 256-bit key lives in `<data dir>/card-vault.key` (created 0600 on first use). Every
ciphertext is bound to its account and PaymentMethod id (associated data), so a row moved
to another PaymentMethod does not decrypt. Fingerprints are an HMAC under the same key:
stable per number and account, useless for recovering the number.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import string
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from stripe_emulator.store.card_vault import CardVaultRows

if TYPE_CHECKING:
    from stripe_emulator.api.context import Context

__all__ = ["CVC_TTL", "fingerprint", "number", "read", "store", "use_cvc"]

KEY_FILE = "card-vault.key"
#: How long a collected CVC stays usable (forwarding spec: limited time, then gone).
CVC_TTL = 3600
_ALPHABET = string.digits + string.ascii_letters
_keys: dict[Path, bytes] = {}


def _key(ctx: Context) -> bytes:
    path = (Path(ctx.settings.data_dir) / KEY_FILE).resolve()
    key = _keys.get(path)
    if key is not None:
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = base64.b64decode(path.read_bytes().strip())
    else:
        key = AESGCM.generate_key(bit_length=256)
        with os.fdopen(fd, "wb") as f:
            f.write(base64.b64encode(key) + b"\n")
    if len(key) != 32:
        raise RuntimeError(f"{path} does not hold a 256-bit key")
    _keys[path] = key
    return key


def _seal(key: bytes, plaintext: str, aad: bytes) -> str:
    nonce = secrets.token_bytes(12)
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plaintext.encode(), aad)).decode()


def _open(key: bytes, sealed: str, aad: bytes) -> str:
    raw = base64.b64decode(sealed)
    return AESGCM(key).decrypt(raw[:12], raw[12:], aad).decode()


def _aad(ctx: Context, pm_id: str, part: str) -> bytes:
    return f"{ctx.account}\x00{pm_id}\x00{part}".encode()


def fingerprint(ctx: Context, number: str) -> str:
    """16 base62 characters, the same for the same number in the same account."""
    digest = hmac.new(_key(ctx), f"fingerprint\x00{ctx.account}\x00{number}".encode(),
                      hashlib.sha256).digest()
    value = int.from_bytes(digest[:12], "big")
    out = []
    for _ in range(16):
        value, rem = divmod(value, 62)
        out.append(_ALPHABET[rem])
    return "".join(out)


async def store(ctx: Context, pm_id: str, number: str, cvc: str | None, now: int) -> None:
    """Keep a PaymentMethod's number (and CVC, usable for `CVC_TTL` seconds)."""
    key = _key(ctx)
    await ctx.repository(CardVaultRows).insert(
        pm_id, card=_seal(key, number, _aad(ctx, pm_id, "card")),
        cvc=_seal(key, cvc, _aad(ctx, pm_id, "cvc")) if cvc else None,
        cvc_available_until=now + CVC_TTL if cvc else None, created=now)


async def read(ctx: Context, pm_id: str, now: int) -> tuple[str, str | None] | None:
    """(number, CVC or None once expired or used) of a PaymentMethod, or None."""
    row = await ctx.repository(CardVaultRows).get(pm_id)
    if row is None:
        return None
    sealed_card, sealed_cvc, cvc_until = row
    key = _key(ctx)
    number = _open(key, sealed_card, _aad(ctx, pm_id, "card"))
    cvc = None
    if sealed_cvc is not None and cvc_until is not None and cvc_until > now:
        cvc = _open(key, sealed_cvc, _aad(ctx, pm_id, "cvc"))
    return number, cvc


async def number(ctx: Context, pm_id: str) -> str | None:
    """The card number of a PaymentMethod, or None."""
    row = await ctx.repository(CardVaultRows).get(pm_id)
    return _open(_key(ctx), row[0], _aad(ctx, pm_id, "card")) if row else None


async def use_cvc(ctx: Context, pm_id: str) -> None:
    """Forget the CVC: it is single-use."""
    await ctx.repository(CardVaultRows).forget_cvc(pm_id)
