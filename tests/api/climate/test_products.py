"""Products (`climate.product`) through the official SDK: the shipped catalogue as each
account sees it (its own inventory), and the test helpers that add and reprice products."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.climate.conftest import (
    FIXTURE_SUPPLIERS,
    P2027,
    P2028,
    P2030,
    SPOT,
    assert_event_conforms,
    assert_product_conforms,
    create_order,
    event_types,
    fund,
    helper,
)


def _new_product(client: stripe.StripeClient, **overrides: Any) -> stripe.climate.Product:
    params: dict[str, Any] = {
        "name": "Test spot removal", "delivery_year": 2024, "metric_tons_available": "40",
        "current_prices_per_metric_ton": {"usd": {"amount_subtotal": 10000}},
        "suppliers": ["climsup_heirloom", "climsup_lithos"]}
    params.update(overrides)
    return helper(client, "products", **params)  # type: ignore[no-any-return]


class TestRetrieveProduct:
    def test_stripes_example_product(self, client: stripe.StripeClient) -> None:
        product = client.v1.climate.products.retrieve(P2027)
        assert product.name == "Frontier's 2027 offtake portfolio"
        assert product.delivery_year == 2027 and product.livemode is False
        assert product.metric_tons_available == Decimal("1000000")
        usd = product.current_prices_per_metric_ton["usd"]
        assert (usd.amount_subtotal, usd.amount_fees, usd.amount_total) == (55000, 1650, 56650)
        assert [s.id for s in product.suppliers] == FIXTURE_SUPPLIERS
        assert product.suppliers[3].name == "Vaulted Deep"
        assert_product_conforms(product)

    def test_tons_are_a_decimal_string_on_the_wire(self, http: Any) -> None:
        body = http.get(f"/v1/climate/products/{P2027}").json()
        assert body["metric_tons_available"] == "1000000"
        assert body["suppliers"][0]["object"] == "climate.supplier"

    def test_several_currencies(self, client: stripe.StripeClient) -> None:
        prices = client.v1.climate.products.retrieve(P2027).current_prices_per_metric_ton
        assert sorted(prices.to_dict()) == ["cad", "eur", "gbp", "usd"]
        eur = prices["eur"]
        assert (eur.amount_subtotal, eur.amount_fees, eur.amount_total) == (51000, 1530, 52530)

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.products.retrieve("climsku_x")
        assert err.value.http_status == 404 and err.value.code == "resource_missing"
        assert err.value.user_message == "No such product: 'climsku_x'"


class TestListProducts:
    def test_every_product_newest_first(self, client: stripe.StripeClient) -> None:
        page = client.v1.climate.products.list({"limit": 100})
        assert [p.id for p in page.data] == [P2030, P2028, SPOT, P2027]
        assert [p.delivery_year for p in page.data] == [2030, 2028, 2025, 2027]
        for product in page.data:
            assert_product_conforms(product)

    def test_pages(self, client: stripe.StripeClient) -> None:
        first = client.v1.climate.products.list({"limit": 3})
        assert len(first.data) == 3 and first.has_more
        rest = client.v1.climate.products.list({"limit": 3, "starting_after": first.data[-1].id})
        assert [p.id for p in rest.data] == [P2027] and not rest.has_more


class TestInventory:
    def test_orders_consume_the_accounts_own_inventory(self, server: Any,
                                                       account: Account) -> None:
        client = account.client(max_network_retries=0)
        fund(client, 200_000)
        create_order(client, metric_tons=Decimal("2.5"))
        assert client.v1.climate.products.retrieve(P2027).metric_tons_available == Decimal(
            "999997.5")
        listed = {p.id: p for p in client.v1.climate.products.list().data}
        assert listed[P2027].metric_tons_available == Decimal("999997.5")
        other = server.new_account().client(max_network_retries=0)
        assert other.v1.climate.products.retrieve(P2027).metric_tons_available == Decimal(
            "1000000")


class TestCreateProductHelper:
    def test_adds_a_product_to_this_account(self, server: Any,
                                            client: stripe.StripeClient) -> None:
        product = _new_product(client, id="climsku_test_spot_2024")
        assert product.id == "climsku_test_spot_2024" and product.delivery_year == 2024
        usd = product.current_prices_per_metric_ton["usd"]
        assert (usd.amount_subtotal, usd.amount_fees, usd.amount_total) == (10000, 300, 10300)
        assert [s.id for s in product.suppliers] == ["climsup_heirloom", "climsup_lithos"]
        assert_product_conforms(product)
        assert client.v1.climate.products.list().data[0].id == product.id
        assert event_types(client) == ["climate.product.created"]
        event = client.v1.events.list({"type": "climate.product.created"}).data[0]
        assert event.data.object["id"] == product.id
        assert_event_conforms(event)
        other = server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.climate.products.retrieve(product.id)

    def test_generated_id(self, client: stripe.StripeClient) -> None:
        assert _new_product(client).id.startswith("climsku_")

    def test_id_taken(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            _new_product(client, id=P2027)
        assert (err.value.code, err.value.param) == ("resource_already_exists", "id")

    def test_bad_id(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            _new_product(client, id="prod_123")
        assert err.value.param == "id"

    def test_unknown_supplier(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            _new_product(client, suppliers=["climsup_heirloom", "climsup_nope"])
        assert (err.value.http_status, err.value.param) == (404, "suppliers[1]")

    def test_missing_name(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            helper(client, "products", delivery_year=2024, metric_tons_available="1",
                   current_prices_per_metric_ton={"usd": {"amount_subtotal": 1}},
                   suppliers=["climsup_heirloom"])
        assert (err.value.code, err.value.param) == ("parameter_missing", "name")

    def test_negative_inventory(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            _new_product(client, metric_tons_available="-1")
        assert err.value.param == "metric_tons_available"

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            _new_product(client, colour="green")
        assert (err.value.code, err.value.param) == ("parameter_unknown", "colour")


class TestUpdateProductHelper:
    def test_reprice_emits_pricing_updated(self, client: stripe.StripeClient) -> None:
        fund(client, 1_000_000)
        before = create_order(client, metric_tons=Decimal("1"))
        product = helper(client, f"products/{P2027}", current_prices_per_metric_ton={
            "usd": {"amount_subtotal": 60000, "amount_fees": 1800}})
        usd = product.current_prices_per_metric_ton["usd"]
        assert (usd.amount_subtotal, usd.amount_fees, usd.amount_total) == (60000, 1800, 61800)
        assert product.current_prices_per_metric_ton["eur"].amount_subtotal == 51000
        assert event_types(client) == ["climate.order.created",
                                       "climate.product.pricing_updated"]
        event = client.v1.events.list({"type": "climate.product.pricing_updated"}).data[0]
        previous = event.data.previous_attributes["current_prices_per_metric_ton"]
        assert previous["usd"]["amount_subtotal"] == 55000
        assert_event_conforms(event)
        # the confirmed order keeps its price; a new one pays the new price
        assert client.v1.climate.orders.retrieve(before.id).amount_total == 56650
        assert create_order(client, metric_tons=Decimal("1")).amount_total == 61800

    def test_set_availability(self, client: stripe.StripeClient) -> None:
        product = helper(client, f"products/{P2028}", metric_tons_available="12.5")
        assert product.metric_tons_available == Decimal("12.5")
        assert client.v1.climate.products.retrieve(P2028).metric_tons_available == Decimal(
            "12.5")
        assert event_types(client) == ["climate.product.pricing_updated"]

    def test_no_change_no_event(self, client: stripe.StripeClient) -> None:
        helper(client, f"products/{P2028}", metric_tons_available="1500000")
        assert event_types(client) == []

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            helper(client, "products/climsku_nope", metric_tons_available="1")
        assert err.value.http_status == 404

    def test_bad_price(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            helper(client, f"products/{P2028}", current_prices_per_metric_ton={
                "usd": {"amount_subtotal": 0}})
        assert err.value.param == "current_prices_per_metric_ton[usd][amount_subtotal]"
