"""Forwarding API tests: real destinations on 127.0.0.1 (started here), an emulator whose
operator config enables them, once on SQLite and once on PostgreSQL, and the factories.

`server` is overridden for this package, so the shared `account`, `client` and `http`
fixtures talk to the emulator that knows the destinations.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stripe

from stripe_emulator.testing import EmulatorServer
from tests.conftest import drop_pg_database, make_pg_database
from tests.unit.forwarding.destination import Blackhole, DestinationServer, tls_material

PAN = "4242424242424242"
CVC = "739"
API_KEY = "sk_dest_live_credential_0123456789"
SIGNING_SECRET = "whsec_forwarding_signing_0123456789"
FIELDS = {"card_number": "paymentMethod.number", "card_cvc": "paymentMethod.cvc",
          "card_expiry_month": "paymentMethod.expiryMonth",
          "card_expiry_year": "paymentMethod.expiryYear",
          "cardholder_name": "paymentMethod.holderName"}


class Destinations:
    """The servers behind the enabled URLs, and the URLs by role."""

    def __init__(self, main: DestinationServer, other: DestinationServer, tls: DestinationServer,
                 hole: Blackhole, config: Path) -> None:
        self.main, self.other, self.tls, self.hole = main, other, tls, hole
        #: the operator's forwarding.toml enabling all of them
        self.config = config
        self.ok = main.url("/ok")
        self.echo = main.url("/echo")
        self.escaped = main.url("/escaped")
        self.failing = main.url("/status/500")
        self.redirect = main.url(f"/redirect?to={other.url('/ok')}")
        self.big = main.url("/big")
        self.hang = main.url("/hang")
        self.number_only = main.url("/ok?fields=number")
        self.other_account = main.url("/ok?account=other")
        self.unreachable = hole.url("/pay")
        self.https = tls.url("/ok")

    def received(self, marker: str, server: DestinationServer | None = None) -> list[Any]:
        """What the destination got for the request whose body carries `marker`."""
        return [r for r in (server or self.main).received if marker.encode() in r.body]


def _toml(d: Destinations, ca_file: str) -> str:
    def dest(url: str, **extra: Any) -> str:
        lines = ["[[destinations]]", f'url = "{url}"']
        lines += [f"{k} = {v}" for k, v in extra.items()]
        return "\n".join(lines) + "\n"

    fields = "{ " + ", ".join(f'{k} = "{v}"' for k, v in FIELDS.items()) + " }"
    creds = f'{{ "X-Api-Key" = "{API_KEY}" }}'
    sig = f'{{ header = "X-Signature", secret = "{SIGNING_SECRET}" }}'
    return "allow_loopback_http = true\n\n" + "\n".join([
        dest(d.ok, fields=fields, headers=creds, request_signature=sig),
        dest(d.echo, fields=fields, headers=creds),
        dest(d.escaped, fields=fields),
        dest(d.failing, fields=fields),
        dest(d.redirect, fields=fields),
        dest(d.big, fields=fields),
        # long enough that a busy machine answers other requests well within it
        dest(d.hang, fields=fields, timeout=4),
        dest(d.number_only, fields='{ card_number = "paymentMethod.number" }'),
        dest(d.other_account, fields=fields, accounts='["acct_someoneelse00000000"]'),
        dest(d.unreachable, fields=fields, timeout=3, connect_timeout=0.5),
        dest(d.https, fields=fields, headers=creds, addresses='["127.0.0.1"]',
             ca_file=f'"{ca_file}"'),
    ])


@pytest.fixture(scope="package")
def destinations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Destinations]:
    tls_ctx, ca_file = tls_material(tmp_path_factory.mktemp("tls"), hostname="localhost")
    hole = Blackhole()
    with DestinationServer() as main, DestinationServer() as other, \
            DestinationServer(tls=tls_ctx, host="localhost") as tls:
        d = Destinations(main, other, tls, hole,
                         tmp_path_factory.mktemp("operator") / "forwarding.toml")
        d.config.write_text(_toml(d, ca_file))
        yield d
    hole.close()


@pytest.fixture(scope="package", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           destinations: Destinations) -> Iterator[EmulatorServer]:
    data_dir = tmp_path_factory.mktemp(f"forwarding-{request.param}")
    config = destinations.config
    if request.param == "sqlite":
        with EmulatorServer(data_dir=data_dir, forwarding_config=config) as s:
            yield s
        return
    url, admin = make_pg_database("forwarding")
    try:
        with EmulatorServer(data_dir=data_dir, database_url=url, forwarding_config=config) as s:
            yield s
    finally:
        drop_pg_database(admin, url)


def create_payment_method(client: stripe.StripeClient, **card: Any) -> stripe.PaymentMethod:
    """A card PaymentMethod with a live CVC; skips while billing does not serve them."""
    params: dict[str, Any] = {"number": PAN, "exp_month": 12, "exp_year": 2034, "cvc": CVC}
    params.update(card)
    try:
        return client.v1.payment_methods.create({
            "type": "card", "card": params,  # type: ignore[typeddict-item]
            "billing_details": {"name": "Jenny Rosen"}})
    except stripe.InvalidRequestError as exc:
        if exc.http_status == 404 and "Unrecognized request URL" in str(exc.user_message):
            pytest.skip("billing does not serve POST /v1/payment_methods yet: forwarding "
                        "needs its card PaymentMethods")
        raise


@pytest.fixture
def payment_method(client: stripe.StripeClient) -> stripe.PaymentMethod:
    return create_payment_method(client)


def marker() -> str:
    return f"ref_{uuid.uuid4().hex}"


def body(ref: str, **extra: Any) -> str:
    """The caller's body: card fields left empty for the server to fill."""
    import orjson

    doc = {"amount": {"value": 1000, "currency": "usd"}, "reference": ref,
           "paymentMethod": {"number": "", "cvc": "", "expiryMonth": "", "expiryYear": "",
                             "holderName": ""}, **extra}
    return orjson.dumps(doc).decode()


def forward(client: stripe.StripeClient, pm: str, url: str, ref: str, *,
            replacements: list[str] | None = None, options: dict[str, Any] | None = None,
            **request: Any) -> stripe.forwarding.Request:
    params: dict[str, Any] = {
        "payment_method": pm, "url": url,
        "replacements": replacements or ["card_number", "card_expiry", "card_cvc",
                                         "cardholder_name"],
        "request": {"body": body(ref), **request}}
    return client.v1.forwarding.requests.create(params, options or {})  # type: ignore[arg-type]


def dump_database(server: EmulatorServer, *, raw: bool = True) -> str:
    """Everything the database holds as text (objects, idempotency records, jobs), and on
    SQLite (`raw`) the bytes of its files: what an export or a backup would contain."""
    queries = ["SELECT data FROM objects", "SELECT body FROM idempotency_keys",
               "SELECT payload FROM jobs"]
    url = server.settings.database_url
    if url is None:
        path = Path(server.settings.resolved_database_url.removeprefix("sqlite:///"))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for q in queries for r in conn.execute(q)]
        finally:
            conn.close()
        files = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        return "\n".join(rows) + (files.decode("latin-1") if raw else "")
    import psycopg2

    conn2 = psycopg2.connect(url)
    try:
        with conn2.cursor() as cur:
            out = []
            for q in queries:
                cur.execute(q)
                out += [str(r[0]) for r in cur.fetchall()]
    finally:
        conn2.close()
    return "\n".join(out)
