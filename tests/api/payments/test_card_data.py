"""Card numbers and CVCs never leave the vault: not in a response body (success or error),
an event, a log line, a database column or a file of the data dir. Every flow that touches
a card runs here, then everything the server produced is searched."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from stripe_emulator.testing import Account, EmulatorServer
from tests.api.billing.conftest import T0
from tests.api.payments.conftest import ALL_TEST_NUMBERS, CHARGE_FAILS, VISA

BAD_LUHN = "4242424242424241"
NOT_A_TEST_CARD = "4111111111111111"
CVCS = ("314", "2718")  # distinctive, so a hit is unambiguous
SECRETS = (*ALL_TEST_NUMBERS, BAD_LUHN, NOT_A_TEST_CARD)


def _card(number: str) -> dict[str, str]:
    amex = number.startswith(("34", "37"))
    return {"type": "card", "card[number]": number, "card[exp_month]": "12",
            "card[exp_year]": "2034", "card[cvc]": CVCS[1] if amex else CVCS[0],
            "billing_details[name]": "Jenny Rosen"}


def _exercise(http: httpx.Client) -> list[str]:
    """Every card flow, through raw HTTP so the exact bodies are kept."""
    bodies: list[str] = []

    def call(method: str, path: str, **kw: Any) -> dict[str, Any]:
        r = http.request(method, path, **kw)
        bodies.append(r.text)
        result: dict[str, Any] = r.json()
        return result

    clock = call("POST", "/v1/test_helpers/test_clocks", data={"frozen_time": T0})
    customer = call("POST", "/v1/customers", data={"test_clock": clock["id"]})
    price = call("POST", "/v1/prices", data={"currency": "usd", "unit_amount": "1000",
                                             "recurring[interval]": "month",
                                             "product_data[name]": "Gold"})
    for number in ALL_TEST_NUMBERS:
        pm = call("POST", "/v1/payment_methods", data=_card(number))
        call("GET", f"/v1/payment_methods/{pm['id']}")
        call("POST", f"/v1/payment_methods/{pm['id']}/attach",
             data={"customer": customer["id"]})
        call("POST", f"/v1/payment_methods/{pm['id']}",
             data={"billing_details[email]": "jenny@example.com"})
    # Errors that involve a number: Luhn, raw card refusal, misplaced fields, bad types.
    call("POST", "/v1/payment_methods", data=_card(BAD_LUHN))
    call("POST", "/v1/payment_methods", data=_card(NOT_A_TEST_CARD))
    call("POST", "/v1/payment_methods", data={"type": "card", "card[numbr]": VISA})
    call("POST", "/v1/payment_methods", data={"type": "card", "card[number]": VISA,
                                              "card[exp_month]": "x"})
    call("POST", "/v1/payment_methods", data={"type": "card", "card[number][0]": VISA})
    call("GET", "/v1/payment_methods", params={"customer": customer["id"], "limit": "100"})
    # Charges: one that succeeds, one that fails.
    good = call("POST", "/v1/payment_methods", data=_card(VISA))
    call("POST", f"/v1/payment_methods/{good['id']}/attach", data={"customer": customer["id"]})
    call("POST", f"/v1/customers/{customer['id']}",
         data={"invoice_settings[default_payment_method]": good["id"]})
    call("POST", "/v1/subscriptions", data={"customer": customer["id"],
                                            "items[0][price]": price["id"]})
    bad = call("POST", "/v1/payment_methods", data=_card(CHARGE_FAILS))
    call("POST", f"/v1/payment_methods/{bad['id']}/attach", data={"customer": customer["id"]})
    call("POST", "/v1/subscriptions", data={"customer": customer["id"],
                                            "items[0][price]": price["id"],
                                            "default_payment_method": bad["id"]})
    call("POST", "/v1/subscriptions", data={"customer": customer["id"],
                                            "items[0][price]": price["id"],
                                            "default_payment_method": bad["id"],
                                            "payment_behavior": "error_if_incomplete"})
    for path in ("/v1/charges", "/v1/payment_intents", "/v1/invoices", "/v1/subscriptions",
                 "/v1/balance_transactions"):
        call("GET", path, params={"limit": "100"})
    after = None
    while True:
        page = call("GET", "/v1/events", params={"limit": "100",
                                                 **({"starting_after": after} if after
                                                    else {})})
        if not page["has_more"]:
            break
        after = page["data"][-1]["id"]
    return bodies


def _database_text(server: EmulatorServer) -> list[str]:
    url = server.settings.resolved_database_url
    out: list[str] = []
    if url.startswith("sqlite:"):
        path = url.split("sqlite:///", 1)[1]
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                out.extend(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
        finally:
            conn.close()
        for f in Path(path).parent.glob(Path(path).name + "*"):  # the file, its WAL
            out.append(f.read_bytes().decode("latin-1"))
        return out
    import psycopg2

    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            for (table,) in cur.fetchall():
                cur.execute(f'SELECT * FROM "{table}"')
                out.extend(repr(row) for row in cur.fetchall())
    finally:
        conn.close()
    return out


def _leaks(text: str) -> list[str]:
    found = [n for n in SECRETS if n in text]
    found += [f"cvc {c}" for c in CVCS if f'"{c}"' in text or f"'{c}'" in text]
    return found


class TestCardDataNeverLeaks:
    def test_nowhere_to_be_found(self, server: EmulatorServer, account: Account,
                                 http: httpx.Client, caplog: pytest.LogCaptureFixture,
                                 capfd: pytest.CaptureFixture[str]) -> None:
        caplog.set_level(logging.DEBUG)
        bodies = _exercise(http)
        assert any('"last4"' in b for b in bodies)  # the flows did run
        for body in bodies:
            assert not _leaks(body), body[:300]
        logged = caplog.text + "".join(capfd.readouterr())
        assert not _leaks(logged)
        for row in _database_text(server):
            assert not _leaks(row), row[:300]
        for f in Path(server.settings.data_dir).rglob("*"):
            if f.is_file():
                assert not _leaks(f.read_bytes().decode("latin-1")), f

    def test_key_file_is_private(self, server: EmulatorServer, http: httpx.Client) -> None:
        http.post("/v1/payment_methods", data=_card(VISA))
        key = Path(server.settings.data_dir) / "card-vault.key"
        assert key.stat().st_mode & 0o777 == 0o600
