"""The operations measured, one entry each, and the fixtures they read from.

Adding an operation is one `Op(...)` in OPS. Templates are sent as the official SDK sends
them (form bodies with literal brackets). Placeholders:
  {unique}  filled by wrk per request (bench.lua), unique over the run
  {id}      cycles over the ids the op's fixture created
  {key}     the op's secret key; other {names} come from the fixture's `vars`
A fixture creates, through HTTP, the objects its ops need, once per server and run. An
operation whose endpoint answers 404 on a server is reported "n/a" for that server.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

FORM = "application/x-www-form-urlencoded"
SETUP_CONCURRENCY = 16
LIST_FIXTURE_SIZE = 1_000  # objects behind each list/retrieve, per the issue


class NotAvailable(Exception):
    """The server does not have this endpoint (it answered 404)."""


class SetupFailed(Exception):
    """The endpoint exists but refused the fixture or probe request."""


class Api:
    """A small synchronous client for fixtures and probes, on one account key."""

    def __init__(self, client: httpx.Client, key: str) -> None:
        self.client = client
        self.key = key

    def request(self, method: str, path: str, body: str = "",
                headers: dict[str, str] | None = None) -> httpx.Response:
        all_headers = {"Authorization": f"Bearer {self.key}", **(headers or {})}
        if method == "POST":
            all_headers.setdefault("Content-Type", FORM)
        response = self.client.request(method, path, content=body or None, headers=all_headers)
        if response.status_code == 404:
            raise NotAvailable(f"{method} {path.split('?')[0]} -> 404")
        if response.status_code >= 400:
            raise SetupFailed(f"{method} {path} -> {response.status_code}: {response.text[:300]}")
        return response

    def create(self, path: str, body: str) -> str:
        """POST and return the new object's id."""
        data = self.request("POST", path, body).json()
        return str(data["id"])

    def create_many(self, path: str, bodies: list[str]) -> list[str]:
        with ThreadPoolExecutor(SETUP_CONCURRENCY) as pool:
            return list(pool.map(lambda b: self.create(path, b), bodies))


@dataclass(frozen=True)
class FixtureData:
    ids: list[str] = field(default_factory=list)
    vars: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Fixture:
    name: str
    build: Callable[[Api], FixtureData]


@dataclass(frozen=True)
class Op:
    name: str
    method: str
    path: str
    body: str = ""
    fixture: Fixture | None = None
    # One account per request, for resources Stripe caps per account (webhook endpoints: 16).
    fresh_account: bool = False
    note: str = ""

    @property
    def is_create(self) -> bool:
        return self.method == "POST"

    def headers(self, key: str) -> dict[str, str]:
        """Headers as wrk sends them; every POST carries a unique Idempotency-Key."""
        auth_key = "sk_test_bench_{unique}" if self.fresh_account else key
        headers = {"Authorization": f"Bearer {auth_key}"}
        if self.is_create:
            headers["Content-Type"] = FORM
            headers["Idempotency-Key"] = "bench-{unique}"
        return headers


# --- fixtures ------------------------------------------------------------------------

def _customers(api: Api) -> FixtureData:
    bodies = [f"email=seed{i}%40example.com&name=Seed+{i}" for i in range(LIST_FIXTURE_SIZE)]
    return FixtureData(ids=api.create_many("/v1/customers", bodies))


def _features(api: Api) -> FixtureData:
    bodies = [f"name=Seed+{i}&lookup_key=seed_{i}" for i in range(LIST_FIXTURE_SIZE)]
    return FixtureData(ids=api.create_many("/v1/entitlements/features", bodies))


def _webhook_endpoints(api: Api) -> FixtureData:
    bodies = [f"url=https%3A%2F%2Fexample.com%2Fhook%2F{i}&enabled_events[0]=%2A"
              for i in range(16)]  # Stripe's cap per account
    return FixtureData(ids=api.create_many("/v1/webhook_endpoints", bodies))


def _one_customer(api: Api) -> FixtureData:
    customer = api.create("/v1/customers", "email=ent%40example.com")
    return FixtureData(vars={"customer": customer})


def _tax_account(api: Api) -> FixtureData:
    """A head office and a California registration, so calculations are collected."""
    api.request("POST", "/v1/tax/settings",
                "head_office[address][country]=US&head_office[address][state]=CA"
                "&head_office[address][postal_code]=94103")
    api.create("/v1/tax/registrations",
               "country=US&country_options[us][type]=state_sales_tax"
               "&country_options[us][state]=CA&active_from=now")
    return FixtureData()


CUSTOMERS = Fixture("customers", _customers)
TAX_ACCOUNT = Fixture("tax_account", _tax_account)
FEATURES = Fixture("features", _features)
WEBHOOK_ENDPOINTS = Fixture("webhook_endpoints", _webhook_endpoints)
ONE_CUSTOMER = Fixture("one_customer", _one_customer)

TAX_BODY = ("currency=usd&line_items[0][amount]=1000&line_items[0][reference]=L1"
            "&line_items[0][tax_code]=txcd_10000000"
            "&customer_details[address][country]=US&customer_details[address][state]=CA"
            "&customer_details[address][postal_code]=94103"
            "&customer_details[address_source]=shipping")

OPS: list[Op] = [
    Op("customers.create", "POST", "/v1/customers",
       "email=c{unique}%40example.com&name=Bench+{unique}"),
    Op("customers.retrieve", "GET", "/v1/customers/{id}", fixture=CUSTOMERS,
       note="cycles over 1,000 customers"),
    Op("customers.list", "GET", "/v1/customers?limit=10", fixture=CUSTOMERS,
       note="limit=10 of 1,000"),
    Op("features.create", "POST", "/v1/entitlements/features",
       "name=Feature+{unique}&lookup_key=f_{unique}"),
    Op("features.list", "GET", "/v1/entitlements/features?limit=10", fixture=FEATURES,
       note="limit=10 of 1,000"),
    Op("webhook_endpoints.create", "POST", "/v1/webhook_endpoints",
       "url=https%3A%2F%2Fexample.com%2Fhook%2F{unique}&enabled_events[0]=%2A",
       fresh_account=True, note="a new account per request (16 endpoints per account)"),
    Op("webhook_endpoints.list", "GET", "/v1/webhook_endpoints?limit=10",
       fixture=WEBHOOK_ENDPOINTS, note="limit=10 of 16"),
    Op("tax.calculations.create", "POST", "/v1/tax/calculations", TAX_BODY,
       fixture=TAX_ACCOUNT, note="one line item, US/CA address, CA registration"),
    Op("entitlements.active.list", "GET",
       "/v1/entitlements/active_entitlements?customer={customer}", fixture=ONE_CUSTOMER,
       note="a customer without entitlements"),
]


def fill_fixed(template: str, values: dict[str, str]) -> str:
    """Fill the placeholders known before the run ({key}, fixture vars); leave wrk's."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def probe(api: Api, op: Op, data: FixtureData, nonce: str) -> None:
    """Send the op once as wrk will, so a missing endpoint is n/a, not a wall of errors."""
    unique = f"{nonce}-probe"
    values = {**data.vars, "unique": unique, "id": data.ids[0] if data.ids else ""}
    headers = {k: fill_fixed(v, values) for k, v in op.headers(api.key).items()}
    probe_api = Api(api.client, headers.pop("Authorization").removeprefix("Bearer "))
    probe_api.request(op.method, fill_fixed(op.path, values), fill_fixed(op.body, values),
                      headers)
