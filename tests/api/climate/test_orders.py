"""Orders (`climate.order`) through the official SDK: amounts from the catalogue's per-ton
prices, payment from the balance, inventory, update, cancel and list."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import stripe

from stripe_emulator.config import Settings
from stripe_emulator.testing import Account, EmulatorServer
from tests.api.climate.conftest import (
    DAY,
    P2027,
    SPOT,
    available,
    create_order,
    event_types,
    fund,
    funded_order,
    helper,
)
from tests.conformance import assert_conforms


def _purchase(client: stripe.StripeClient, order: str) -> stripe.BalanceTransaction:
    [txn] = client.v1.balance_transactions.list({"type": "climate_order_purchase",
                                                 "source": order}).data
    return txn


def _refusal(client: stripe.StripeClient, **params: Any) -> stripe.InvalidRequestError:
    with pytest.raises(stripe.InvalidRequestError) as err:
        create_order(client, **params)
    return err.value


class TestCreateOrder:
    def test_buy_a_hundredth_of_a_ton(self, client: stripe.StripeClient) -> None:
        fund(client, 1000)
        order = create_order(client, metric_tons=Decimal("0.01"))
        # 0.01 t x 55000 = 550; 0.01 t x 1650 = 16.5 -> 17 (half up)
        assert (order.amount_subtotal, order.amount_fees, order.amount_total) == (550, 17, 567)
        assert order.id.startswith("climorder_") and order.metric_tons == Decimal("0.01")
        assert (order.status, order.currency, order.product) == ("confirmed", "usd", P2027)
        assert order.confirmed_at == order.created and order.expected_delivery_year == 2027
        assert order.delivery_details == [] and order.certificate is None
        assert order.beneficiary is None and order.metadata.to_dict() == {}
        assert order.canceled_at is None and order.cancellation_reason is None
        assert_conforms(order)
        txn = _purchase(client, order.id)
        assert (txn.amount, txn.fee, txn.net, txn.currency) == (-567, 0, -567, "usd")
        assert (txn.status, txn.reporting_category) == ("available", "climate_order_purchase")
        assert txn.created == order.created
        assert_conforms(txn)
        assert available(client) == 1000 - 567

    def test_tons_are_a_decimal_string_on_the_wire(self, client: stripe.StripeClient,
                                                   http: Any) -> None:
        fund(client, 1000)
        order = create_order(client, metric_tons=Decimal("0.010"))
        assert http.get(f"/v1/climate/orders/{order.id}").json()["metric_tons"] == "0.01"

    def test_buy_by_amount(self, client: stripe.StripeClient) -> None:
        fund(client, 20000)
        order = create_order(client, metric_tons=None, amount=10000)
        # 10000 / 56650 = 0.1765 -> 0.17 t; 0.17 x 55000 = 9350; 0.17 x 1650 = 280.5 -> 281
        assert order.metric_tons == Decimal("0.17")
        assert (order.amount_subtotal, order.amount_fees, order.amount_total) == (
            9350, 281, 9631)
        assert _purchase(client, order.id).amount == -9631
        assert available(client) == 20000 - 9631

    def test_by_amount_never_costs_more_than_the_amount(self,
                                                        client: stripe.StripeClient) -> None:
        fund(client, 1000)
        product = helper(client, "products", name="Cheap", delivery_year=2024,
                         metric_tons_available="10", suppliers=["climsup_lithos"],
                         current_prices_per_metric_ton={"usd": {"amount_subtotal": 50,
                                                                "amount_fees": 50}})
        # 0.03 t would be 1.5 -> 2 plus 1.5 -> 2 = 4 > 3; 0.02 t is 1 + 1 = 2
        order = create_order(client, product=product.id, metric_tons=None, amount=3)
        assert order.metric_tons == Decimal("0.02") and order.amount_total == 2

    def test_other_currency(self, client: stripe.StripeClient) -> None:
        fund(client, 30000, "eur")
        order = create_order(client, metric_tons=Decimal("0.5"), currency="eur")
        # 0.5 x 51000 = 25500; 0.5 x 1530 = 765
        assert (order.currency, order.amount_subtotal, order.amount_fees,
                order.amount_total) == ("eur", 25500, 765, 26265)
        assert available(client, "eur") == 30000 - 26265

    def test_beneficiary_and_metadata(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, beneficiary={"public_name": "Jenny's Bakery"},
                             metadata={"cart": "42"})
        assert order.beneficiary is not None
        assert order.beneficiary.public_name == "Jenny's Bakery"
        assert order.metadata.to_dict() == {"cart": "42"}

    def test_emits_created(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        assert event_types(client) == ["climate.order.created"]
        event = client.v1.events.list({"type": "climate.order.created"}).data[0]
        assert event.data.object["id"] == order.id
        assert event.data.object["metric_tons"] == Decimal("1")
        assert_conforms(event)

    def test_expand_product(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, metric_tons=Decimal("3"))
        got = client.v1.climate.orders.retrieve(order.id, {"expand": ["product"]})
        assert isinstance(got.product, stripe.climate.Product)
        assert got.product.metric_tons_available == Decimal("999997")

    def test_insufficient_balance(self, client: stripe.StripeClient) -> None:
        fund(client, 566)
        err = _refusal(client, metric_tons=Decimal("0.01"))
        assert (err.http_status, err.code) == (400, "balance_insufficient")
        assert "insufficient funds" in (err.user_message or "")
        assert client.v1.climate.orders.list().data == []
        assert available(client) == 566
        assert client.v1.climate.products.retrieve(P2027).metric_tons_available == Decimal(
            "1000000")
        assert event_types(client) == []

    def test_balance_in_another_currency_does_not_pay(self,
                                                      client: stripe.StripeClient) -> None:
        fund(client, 100_000, "eur")
        assert _refusal(client, metric_tons=Decimal("0.01")).code == "balance_insufficient"

    def test_pending_funds_do_not_pay(self, client: stripe.StripeClient) -> None:
        assert _refusal(client, metric_tons=Decimal("0.01")).code == "balance_insufficient"

    def test_more_than_the_inventory(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, metric_tons=Decimal("1000000.01"))
        assert (err.http_status, err.param) == (400, "metric_tons")
        assert err.user_message == ("The requested quantity exceeds the product's available "
                                    "inventory.")

    def test_inventory_exhausted(self, client: stripe.StripeClient) -> None:
        fund(client, 500 * 61800)  # the whole spot inventory: 500 t at 60000 + 1800
        order = create_order(client, product=SPOT, metric_tons=Decimal("500"))
        assert order.amount_total == 30_900_000 and available(client) == 0
        assert client.v1.climate.products.retrieve(SPOT).metric_tons_available == 0
        fund(client, 10_000)
        err = _refusal(client, product=SPOT, metric_tons=Decimal("0.01"))
        assert err.param == "metric_tons" and "inventory" in (err.user_message or "")
        by_amount = _refusal(client, product=SPOT, metric_tons=None, amount=10_000)
        assert by_amount.param == "amount"

    def test_tons_and_amount_are_exclusive(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, amount=1000)
        assert (err.code, err.param) == ("parameters_exclusive", "amount")

    def test_tons_or_amount_required(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, metric_tons=None)
        assert (err.code, err.param) == ("parameter_missing", "amount")

    def test_product_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.create({"metric_tons": Decimal("1")})  # type: ignore[typeddict-item]
        assert (err.value.code, err.value.param) == ("parameter_missing", "product")

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, product="climsku_nope")
        assert (err.http_status, err.code, err.param) == (404, "resource_missing", "product")
        assert err.user_message == "No such product: 'climsku_nope'"

    def test_unsupported_currency(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, currency="jpy")
        assert (err.http_status, err.param) == (400, "currency")
        assert "cad, eur, gbp, usd" in (err.user_message or "")

    @pytest.mark.parametrize("tons", ["0", "-1"])
    def test_tons_must_be_positive(self, client: stripe.StripeClient, tons: str) -> None:
        assert _refusal(client, metric_tons=tons).param == "metric_tons"

    def test_at_most_twelve_decimals(self, client: stripe.StripeClient) -> None:
        assert _refusal(client, metric_tons="0.0000000000001").param == "metric_tons"
        fund(client, 1000)
        order = create_order(client, metric_tons=Decimal("0.000000000001"))
        assert order.metric_tons == Decimal("0.000000000001") and order.amount_total == 0

    def test_not_a_decimal(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, metric_tons="lots")
        assert (err.param, err.user_message) == ("metric_tons", "Invalid decimal: lots")

    @pytest.mark.parametrize("amount", [0, -5])
    def test_amount_must_be_positive(self, client: stripe.StripeClient, amount: int) -> None:
        assert _refusal(client, metric_tons=None, amount=amount).param == "amount"

    def test_amount_too_small_for_a_hundredth(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, metric_tons=None, amount=566)
        assert err.param == "amount" and "567" in (err.user_message or "")

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, colour="green")
        assert (err.code, err.param) == ("parameter_unknown", "colour")

    def test_empty_beneficiary_name(self, client: stripe.StripeClient) -> None:
        err = _refusal(client, beneficiary={"public_name": ""})
        assert (err.code, err.param) == ("parameter_invalid_empty", "beneficiary[public_name]")


class TestRetrieveOrder:
    def test_retrieve(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        got = client.v1.climate.orders.retrieve(order.id)
        assert got.to_dict() == order.to_dict()

    def test_unknown_order(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.retrieve("climorder_nope")
        assert (err.value.http_status, err.value.code) == (404, "resource_missing")
        assert err.value.user_message == "No such order: 'climorder_nope'"

    def test_other_accounts_orders_are_invisible(self, server: Any,
                                                 client: stripe.StripeClient) -> None:
        order = funded_order(client)
        other = server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.climate.orders.retrieve(order.id)
        assert other.v1.climate.orders.list().data == []


class TestUpdateOrder:
    def test_beneficiary_and_metadata(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, metadata={"a": "1", "b": "2"})
        updated = client.v1.climate.orders.update(order.id, {
            "beneficiary": {"public_name": "Frontier Climate"}, "metadata": {"b": "", "c": "3"}})
        assert updated.beneficiary is not None
        assert updated.beneficiary.public_name == "Frontier Climate"
        assert updated.metadata.to_dict() == {"a": "1", "c": "3"}
        assert client.v1.climate.orders.retrieve(order.id).to_dict() == updated.to_dict()
        assert event_types(client) == ["climate.order.created"]  # updates emit no event

    def test_clear_beneficiary(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, beneficiary={"public_name": "Jenny"})
        assert client.v1.climate.orders.update(order.id, {"beneficiary": ""}).beneficiary is None

    def test_clear_beneficiary_name(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, beneficiary={"public_name": "Jenny"})
        updated = client.v1.climate.orders.update(order.id, {"beneficiary": {"public_name": ""}})
        assert updated.beneficiary is None

    def test_clear_metadata(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, metadata={"a": "1"})
        assert client.v1.climate.orders.update(order.id, {"metadata": ""}).metadata.to_dict() == {}

    def test_unknown_order(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.update("climorder_nope", {"metadata": {"a": "1"}})
        assert err.value.http_status == 404

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.update(order.id, {"metric_tons": "2"})  # type: ignore[typeddict-unknown-key]
        assert (err.value.code, err.value.param) == ("parameter_unknown", "metric_tons")


class TestListOrders:
    def test_newest_first_and_pages(self, client: stripe.StripeClient) -> None:
        fund(client, 1_000_000)
        made = [create_order(client, metric_tons=Decimal("0.01")).id for _ in range(3)]
        listed = client.v1.climate.orders.list()
        assert [o.id for o in listed.data] == made[::-1] and listed.url == "/v1/climate/orders"
        page = client.v1.climate.orders.list({"limit": 2})
        assert [o.id for o in page.data] == made[:0:-1] and page.has_more
        rest = client.v1.climate.orders.list({"limit": 2, "starting_after": made[1]})
        assert [o.id for o in rest.data] == [made[0]] and not rest.has_more
        for order in listed.data:
            assert_conforms(order)

    def test_expand_product_in_list(self, client: stripe.StripeClient) -> None:
        funded_order(client)
        [order] = client.v1.climate.orders.list({"expand": ["data.product"]}).data
        assert order.product.id == P2027  # type: ignore[union-attr]


class TestCancelOrder:
    def test_within_the_window_refunds_the_subtotal(self, client: stripe.StripeClient) -> None:
        fund(client, 100_000)
        order = create_order(client)
        assert available(client) == 100_000 - 56650
        canceled = client.v1.climate.orders.cancel(order.id)
        assert (canceled.status, canceled.cancellation_reason) == ("canceled", "requested")
        assert canceled.canceled_at is not None and canceled.canceled_at >= order.created
        assert_conforms(canceled)
        # the 55000 subtotal comes back; the 1650 fees do not
        assert available(client) == 100_000 - 1650
        [refund] = client.v1.balance_transactions.list({"type": "climate_order_refund"}).data
        assert (refund.amount, refund.source, refund.reporting_category) == (
            55000, order.id, "climate_order_refund")
        assert_conforms(refund)
        assert client.v1.climate.products.retrieve(P2027).metric_tons_available == Decimal(
            "1000000")
        assert event_types(client) == ["climate.order.created", "climate.order.canceled"]
        event = client.v1.events.list({"type": "climate.order.canceled"}).data[0]
        assert event.data.object["cancellation_reason"] == "requested"

    def test_outside_the_window(self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client)
        clock.advance(DAY + 1)
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel(order.id)
        assert err.value.http_status == 400
        assert err.value.user_message == ("This order can no longer be canceled. Orders can "
                                          "be canceled within 24 hours of creation.")
        assert client.v1.climate.orders.retrieve(order.id).status == "confirmed"
        assert event_types(client) == ["climate.order.created"]

    def test_just_inside_the_window(self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client)
        clock.advance(DAY - 60)
        assert client.v1.climate.orders.cancel(order.id).status == "canceled"

    def test_twice(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        client.v1.climate.orders.cancel(order.id)
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel(order.id)
        assert "status is 'canceled'" in (err.value.user_message or "")
        assert event_types(client) == ["climate.order.created", "climate.order.canceled"]

    def test_delivered_order(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        helper(client, f"orders/{order.id}/deliver")
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel(order.id)
        assert "status is 'delivered'" in (err.value.user_message or "")

    def test_unknown_order(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel("climorder_nope")
        assert err.value.http_status == 404

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel(order.id, {"reason": "x"})  # type: ignore[typeddict-unknown-key]
        assert (err.value.code, err.value.param) == ("parameter_unknown", "reason")


@pytest.fixture(scope="module")
def short(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """A server whose orders can be canceled for one minute only (SQLite is enough)."""
    with EmulatorServer(data_dir=tmp_path_factory.mktemp("climate-window"),
                        climate_cancel_window_seconds=60) as s:
        yield s


class TestConfiguredCancelWindow:
    def test_window_from_settings(self, short: EmulatorServer) -> None:
        client = Account(server=short, api_key="sk_test_window").client(max_network_retries=0)
        order = funded_order(client)
        short.app.clock.advance(61)
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.climate.orders.cancel(order.id)
        assert "within 1 minute of creation" in (err.value.user_message or "")

    def test_setting_from_environment(self) -> None:
        settings = Settings.from_env({"STRIPE_EMULATOR_CLIMATE_CANCEL_WINDOW_SECONDS": "3600"})
        assert settings.climate_cancel_window_seconds == 3600
        assert Settings.from_env({}).climate_cancel_window_seconds == 86400
