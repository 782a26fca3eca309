"""Climate tests: a server of their own (SQLite and PostgreSQL), because lifecycle tests
move its clock by days; factories for funds, orders and the test helpers.

Expected amounts are computed by hand from the shipped catalogue's per-ton prices
(minor units), listed here once.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import stripe

from stripe_emulator.testing import EmulatorServer
from tests.conformance import assert_conforms, check
from tests.conftest import running_server
from tests.polling import wait_for as wait_until  # noqa: F401  (used by the climate tests)

DAY = 86400
P2027 = "climsku_frontier_offtake_portfolio_2027"
P2028 = "climsku_frontier_offtake_portfolio_2028"
P2030 = "climsku_frontier_offtake_portfolio_2030"
SPOT = "climsku_frontier_spot_portfolio_2025"
#: (amount_subtotal, amount_fees) per metric ton, from catalog.json.
PRICES = {
    (P2027, "usd"): (55000, 1650), (P2027, "eur"): (51000, 1530),
    (P2027, "gbp"): (44000, 1320), (P2027, "cad"): (75000, 2250),
    (P2028, "usd"): (52000, 1560), (SPOT, "usd"): (60000, 1800),
}
FIXTURE_SUPPLIERS = ["climsup_charm_industrial", "climsup_heirloom", "climsup_lithos",
                     "climsup_vaulted", "climsup_carbon_capture_inc"]


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    with running_server(request.param, tmp_path_factory, "climate") as s:
        yield s


def _one_price(product: dict[str, Any]) -> dict[str, Any]:
    """Check each price of a product's currency -> price map against the SDK's class, and
    return the product with the map replaced by one price (the checker reads the map as
    one price)."""
    prices = product["current_prices_per_metric_ton"]
    assert prices, "a product has at least one price"
    for currency, entry in prices.items():
        problems = check(entry, stripe.climate.Product.CurrentPricesPerMetricTon)
        assert not problems, f"{product['id']} {currency}: {problems}"
    return dict(product, current_prices_per_metric_ton=next(iter(prices.values())))


def assert_product_conforms(product: Any) -> None:
    """`assert_conforms` for a product (see `_one_price`)."""
    assert_conforms(_one_price(product.to_dict() if hasattr(product, "to_dict") else product))


def assert_event_conforms(event: Any) -> None:
    """`assert_conforms` for an event, whose object may be a product."""
    data = event.to_dict()
    obj = data["data"]["object"]
    if obj["object"] == "climate.product":
        data["data"] = dict(data["data"], object=_one_price(obj))
    assert_conforms(data)


def fund(client: stripe.StripeClient, amount: int, currency: str = "usd") -> None:
    """Add available funds to the balance (a top-up, as Stripe's docs suggest)."""
    client.v1.topups.create({"amount": amount, "currency": currency})


def available(client: stripe.StripeClient, currency: str = "usd") -> int:
    return sum(b.amount for b in client.v1.balance.retrieve().available
               if b.currency == currency)


def create_order(client: stripe.StripeClient, **overrides: Any) -> stripe.climate.Order:
    params: dict[str, Any] = {"product": P2027, "metric_tons": Decimal("1")}
    params.update(overrides)
    return client.v1.climate.orders.create(params)  # type: ignore[arg-type]


def funded_order(client: stripe.StripeClient, **overrides: Any) -> stripe.climate.Order:
    """An order with just enough funds added first (1 t of the 2027 product by default)."""
    fund(client, 10_000_000, overrides.get("currency", "usd"))
    return create_order(client, **overrides)


def helper(client: stripe.StripeClient, path: str, **params: Any) -> Any:
    """POST a `/v1/test_helpers/climate/...` driver and return the object it answers."""
    response = client.raw_request("post", "/v1/test_helpers/climate/" + path, **params)
    return client.deserialize(response, api_mode="V1")


def climate_events(client: stripe.StripeClient) -> list[stripe.Event]:
    """The account's climate.* events, oldest first."""
    events = client.v1.events.list({"limit": 100}).data
    return [e for e in reversed(events) if e.type.startswith("climate.")]


def event_types(client: stripe.StripeClient) -> list[str]:
    return [e.type for e in climate_events(client)]


@pytest.fixture
def clock(server: EmulatorServer) -> Any:
    """The server's wall clock (advance it to run timed jobs)."""
    return server.app.clock
