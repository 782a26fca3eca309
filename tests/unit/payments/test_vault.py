"""The card vault on a real SQLite store: encrypted at rest, bound to its PaymentMethod,
CVC single-use and short-lived, `reveal_card` for forwarding."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.areas.payments import payment_methods, vault
from stripe_emulator.areas.payments.sdk_params import PaymentMethodCreateParams
from stripe_emulator.clock import Clock
from stripe_emulator.config import Settings
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import open_store

NUMBER = "4242424242424242"
NOW = 1_767_225_600


async def _scenario(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    clock = Clock(fixed=NOW)
    settings = Settings(data_dir=tmp_path)
    try:
        async with store.transaction() as session:
            ctx = Context(account="acct_a", session=session, store=store,
                          runtime=Runtime(settings), clock=clock)
            pm = await payment_methods.create(ctx, PaymentMethodCreateParams.model_validate({
                "type": "card", "card": {"number": NUMBER, "exp_month": 3, "exp_year": 2031,
                                         "cvc": "987"},
                "billing_details": {"name": "Jenny Rosen"}}))
            first = await payment_methods.reveal_card(ctx, pm["id"], consume_cvc=False)
            assert first == (NUMBER, 3, 2031, "987", "Jenny Rosen")
            assert (await payment_methods.reveal_card(ctx, pm["id"]))[3] == "987"
            assert (await payment_methods.reveal_card(ctx, pm["id"]))[3] is None  # used
            other = await payment_methods.create(ctx, PaymentMethodCreateParams.model_validate(
                {"type": "card", "card": {"number": NUMBER, "exp_month": 3,
                                          "exp_year": 2031, "cvc": "987"}}))
            clock.advance(vault.CVC_TTL + 1)
            assert (await payment_methods.reveal_card(ctx, other["id"]))[3] is None  # expired
            # A row moved to another PaymentMethod does not decrypt.
            await session.execute("UPDATE card_vault SET payment_method = ? WHERE "
                                  "payment_method = ?", "pm_elsewhere", other["id"])
            with pytest.raises(Exception):  # noqa: B017 - cryptography's InvalidTag
                await vault.read(ctx, "pm_elsewhere", NOW)
            with pytest.raises(InvalidRequestError):
                await payment_methods.reveal_card(ctx, pm["id"] + "x")
    finally:
        await store.close()


def test_vault(tmp_path: Path) -> None:
    asyncio.run(_scenario(tmp_path))
    raw = (tmp_path / "db.sqlite").read_bytes()
    assert NUMBER.encode() not in raw
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    stored = conn.execute("SELECT card, cvc FROM card_vault").fetchall()
    assert stored and all(NUMBER not in (c or "") for row in stored for c in row)
