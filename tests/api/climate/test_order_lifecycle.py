"""What happens to an order after it is paid: delivery on the clock, and the test helpers
that stand in for Frontier (deliver, delay, substitute, supplier cancel), each emitting
exactly its event; every Climate event reaches a webhook endpoint."""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import stripe

from stripe_emulator.testing import EmulatorServer
from tests.api.climate.conftest import (
    DAY,
    FIXTURE_SUPPLIERS,
    P2027,
    P2028,
    P2030,
    SPOT,
    available,
    create_order,
    event_types,
    fund,
    funded_order,
    helper,
    wait_until,
)
from tests.api.webhooks.receiver import Receiver
from tests.conformance import assert_conforms

CLIMATE_EVENTS = {"climate.order.created", "climate.order.canceled", "climate.order.delayed",
                  "climate.order.delivered", "climate.order.product_substituted",
                  "climate.product.created", "climate.product.pricing_updated"}


def _refused(client: stripe.StripeClient, path: str, **params: Any
             ) -> stripe.InvalidRequestError:
    with pytest.raises(stripe.InvalidRequestError) as err:
        helper(client, path, **params)
    return err.value


def _year(clock: Any) -> int:
    return datetime.fromtimestamp(clock.now(), UTC).year


def _settle() -> None:
    """Give the server's job worker (it polls 4 times a second) time to run due jobs."""
    time.sleep(0.8)


class TestDeliverHelper:
    def test_delivers_every_ton_from_the_suppliers(self, server: EmulatorServer,
                                                   client: stripe.StripeClient) -> None:
        order = funded_order(client)
        delivered = helper(client, f"orders/{order.id}/deliver")
        assert delivered.status == "delivered" and delivered.delivered_at is not None
        # Links are minted on the server's own public base URL.
        base = server.app.runtime.public_url
        assert base == server.url
        assert delivered.certificate == f"{base}/climate/certificates/{order.id}"
        assert [d.registry_url for d in delivered.delivery_details] == [
            f"{base}/climate/registry/{order.id}/{n}" for n in range(1, 6)]
        details = delivered.delivery_details
        assert [d.supplier.id for d in details] == FIXTURE_SUPPLIERS
        assert [d.metric_tons for d in details] == ["0.2"] * 5  # 1 t over 5 suppliers
        charm = details[0]
        assert charm.supplier.name == "Charm Industrial"
        assert charm.location is not None and charm.location.city == "San Francisco"
        assert charm.delivered_at == delivered.delivered_at
        assert_conforms(delivered)
        assert client.v1.climate.orders.retrieve(order.id).to_dict() == delivered.to_dict()
        assert event_types(client) == ["climate.order.created", "climate.order.delivered"]
        event = client.v1.events.list({"type": "climate.order.delivered"}).data[0]
        assert event.data.object["status"] == "delivered"
        assert_conforms(event)

    def test_uneven_split_adds_up(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, metric_tons=Decimal("1.03"))
        details = helper(client, f"orders/{order.id}/deliver").delivery_details
        # 103 hundredths over 5 suppliers: 21, 21, 21, 20, 20
        assert [d.metric_tons for d in details] == ["0.21", "0.21", "0.21", "0.2", "0.2"]

    def test_a_hundredth_comes_from_one_supplier(self, client: stripe.StripeClient) -> None:
        order = funded_order(client, metric_tons=Decimal("0.01"))
        [detail] = helper(client, f"orders/{order.id}/deliver").delivery_details
        assert (detail.supplier.id, detail.metric_tons) == ("climsup_charm_industrial", "0.01")

    def test_only_confirmed_orders(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        helper(client, f"orders/{order.id}/deliver")
        err = _refused(client, f"orders/{order.id}/deliver")
        assert err.http_status == 400 and "status is 'delivered'" in (err.user_message or "")
        canceled = create_order(client)
        client.v1.climate.orders.cancel(canceled.id)
        assert _refused(client, f"orders/{canceled.id}/deliver").http_status == 400
        assert event_types(client).count("climate.order.delivered") == 1

    def test_unknown_order(self, client: stripe.StripeClient) -> None:
        err = _refused(client, "orders/climorder_nope/deliver")
        assert (err.http_status, err.code) == (404, "resource_missing")

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/deliver", when="now")
        assert (err.code, err.param) == ("parameter_unknown", "when")


class TestDeliveryOnTheClock:
    def test_spot_order_is_delivered_within_30_days(self, client: stripe.StripeClient,
                                                     clock: Any) -> None:
        order = funded_order(client, product=SPOT)
        assert order.expected_delivery_year == 2025
        clock.advance(30 * DAY - 60)
        _settle()
        assert client.v1.climate.orders.retrieve(order.id).status == "confirmed"
        clock.advance(61)
        delivered = wait_until(lambda: (o := client.v1.climate.orders.retrieve(order.id))
                               .status == "delivered" and o)
        assert delivered.delivered_at >= order.created + 30 * DAY
        assert [d.supplier.id for d in delivered.delivery_details] == [
            "climsup_charm_industrial", "climsup_lithos", "climsup_vaulted"]
        assert sum(Decimal(d.metric_tons) for d in delivered.delivery_details) == 1
        _settle()
        assert event_types(client) == ["climate.order.created", "climate.order.delivered"]

    def test_future_order_waits_for_its_delivery_year(self, client: stripe.StripeClient,
                                                      clock: Any) -> None:
        order = funded_order(client, product=P2030)
        year_end = calendar.timegm((2030, 12, 31, 0, 0, 0))
        clock.advance(31 * DAY)
        _settle()
        assert client.v1.climate.orders.retrieve(order.id).status == "confirmed"
        clock.advance(max(year_end - clock.now(), 0) - 60)
        _settle()
        assert client.v1.climate.orders.retrieve(order.id).status == "confirmed"
        clock.advance(61)
        delivered = wait_until(lambda: (o := client.v1.climate.orders.retrieve(order.id))
                               .status == "delivered" and o)
        assert delivered.delivered_at >= year_end
        assert event_types(client) == ["climate.order.created", "climate.order.delivered"]

    def test_a_delayed_order_is_not_delivered_when_first_due(
            self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client, product=SPOT)
        helper(client, f"orders/{order.id}/delay")
        clock.advance(30 * DAY + 1)
        _settle()
        assert client.v1.climate.orders.retrieve(order.id).status == "confirmed"
        helper(client, f"orders/{order.id}/deliver")
        assert event_types(client) == ["climate.order.created", "climate.order.delayed",
                                       "climate.order.delivered"]

    def test_a_canceled_order_is_never_delivered(self, client: stripe.StripeClient,
                                                 clock: Any) -> None:
        order = funded_order(client, product=SPOT)
        client.v1.climate.orders.cancel(order.id)
        clock.advance(30 * DAY + 1)
        _settle()
        assert client.v1.climate.orders.retrieve(order.id).status == "canceled"
        assert event_types(client) == ["climate.order.created", "climate.order.canceled"]

    def test_substituted_to_spot_is_delivered_sooner(self, client: stripe.StripeClient,
                                                     clock: Any) -> None:
        order = funded_order(client, product=P2030)
        helper(client, f"orders/{order.id}/substitute_product", product=SPOT)
        clock.advance(30 * DAY + 1)
        wait_until(lambda: client.v1.climate.orders.retrieve(order.id).status == "delivered")
        _settle()
        assert event_types(client) == ["climate.order.created",
                                       "climate.order.product_substituted",
                                       "climate.order.delivered"]


class TestDelayHelper:
    def test_default_is_the_next_year(self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client)
        delayed = helper(client, f"orders/{order.id}/delay")
        assert delayed.expected_delivery_year == max(2027, _year(clock)) + 1
        assert delayed.delayed_at is not None and delayed.status == "confirmed"
        assert_conforms(delayed)
        assert event_types(client) == ["climate.order.created", "climate.order.delayed"]
        event = client.v1.events.list({"type": "climate.order.delayed"}).data[0]
        assert event.data.object["expected_delivery_year"] == delayed.expected_delivery_year

    def test_given_year(self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client)
        year = max(2027, _year(clock)) + 3
        delayed = helper(client, f"orders/{order.id}/delay", expected_delivery_year=year)
        assert delayed.expected_delivery_year == year

    def test_year_must_be_later(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/delay", expected_delivery_year=2027)
        assert (err.http_status, err.param) == (400, "expected_delivery_year")
        assert event_types(client) == ["climate.order.created"]

    def test_only_confirmed_orders(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        client.v1.climate.orders.cancel(order.id)
        assert _refused(client, f"orders/{order.id}/delay").http_status == 400

    def test_unknown_param(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/delay", days=3)
        assert (err.code, err.param) == ("parameter_unknown", "days")


class TestSubstituteProductHelper:
    def test_moves_the_order_and_its_tons(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        balance = available(client)
        swapped = helper(client, f"orders/{order.id}/substitute_product", product=P2028)
        assert (swapped.product, swapped.expected_delivery_year) == (P2028, 2028)
        assert swapped.product_substituted_at is not None and swapped.status == "confirmed"
        assert (swapped.amount_subtotal, swapped.amount_fees, swapped.amount_total) == (
            55000, 1650, 56650)  # the price paid stays
        assert_conforms(swapped)
        products = client.v1.climate.products
        assert products.retrieve(P2027).metric_tons_available == Decimal("1000000")
        assert products.retrieve(P2028).metric_tons_available == Decimal("1499999")
        assert available(client) == balance
        assert event_types(client) == ["climate.order.created",
                                       "climate.order.product_substituted"]

    def test_same_product(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/substitute_product", product=P2027)
        assert (err.http_status, err.param) == (400, "product")

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/substitute_product", product="climsku_x")
        assert (err.http_status, err.param) == (404, "product")

    def test_replacement_lacks_inventory(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        helper(client, f"products/{P2028}", metric_tons_available="0.5")
        err = _refused(client, f"orders/{order.id}/substitute_product", product=P2028)
        assert err.param == "product" and "inventory" in (err.user_message or "")

    def test_product_required(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        err = _refused(client, f"orders/{order.id}/substitute_product")
        assert (err.code, err.param) == ("parameter_missing", "product")

    def test_only_confirmed_orders(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        helper(client, f"orders/{order.id}/deliver")
        err = _refused(client, f"orders/{order.id}/substitute_product", product=P2028)
        assert err.http_status == 400


class TestSupplierCancelHelper:
    def test_refunds_the_total(self, client: stripe.StripeClient) -> None:
        fund(client, 100_000)
        order = create_order(client)
        canceled = helper(client, f"orders/{order.id}/supplier_cancel")
        assert (canceled.status, canceled.cancellation_reason) == (
            "canceled", "product_unavailable")
        assert canceled.canceled_at is not None
        assert_conforms(canceled)
        assert available(client) == 100_000  # fees included: 56650 back
        [refund] = client.v1.balance_transactions.list({"type": "climate_order_refund"}).data
        assert (refund.amount, refund.source) == (56650, order.id)
        assert client.v1.climate.products.retrieve(P2027).metric_tons_available == Decimal(
            "1000000")
        assert event_types(client) == ["climate.order.created", "climate.order.canceled"]

    def test_after_the_cancel_window(self, client: stripe.StripeClient, clock: Any) -> None:
        order = funded_order(client)
        clock.advance(2 * DAY)
        assert helper(client, f"orders/{order.id}/supplier_cancel").status == "canceled"

    def test_only_confirmed_orders(self, client: stripe.StripeClient) -> None:
        order = funded_order(client)
        helper(client, f"orders/{order.id}/deliver")
        assert _refused(client, f"orders/{order.id}/supplier_cancel").http_status == 400
        assert event_types(client) == ["climate.order.created", "climate.order.delivered"]

    def test_unknown_order(self, client: stripe.StripeClient) -> None:
        assert _refused(client, "orders/climorder_nope/supplier_cancel").http_status == 404


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


class TestWebhooks:
    def test_every_climate_event_reaches_an_endpoint(self, client: stripe.StripeClient,
                                                      receiver: Receiver) -> None:
        url = receiver.hook()
        endpoint = client.v1.webhook_endpoints.create(
            {"url": url, "enabled_events": sorted(CLIMATE_EVENTS)})  # type: ignore[typeddict-item]
        product = helper(client, "products", name="Webhook spot", delivery_year=2024,
                         metric_tons_available="10", suppliers=["climsup_heirloom"],
                         current_prices_per_metric_ton={"usd": {"amount_subtotal": 1000}})
        helper(client, f"products/{product.id}", metric_tons_available="20")
        first = funded_order(client)
        helper(client, f"orders/{first.id}/delay")
        helper(client, f"orders/{first.id}/substitute_product", product=product.id)
        helper(client, f"orders/{first.id}/deliver")
        second = create_order(client)
        client.v1.climate.orders.cancel(second.id)
        arrivals = wait_until(lambda: len(receiver.arrivals(url)) >= 8 and receiver.arrivals(url))
        assert endpoint.secret is not None
        events = [stripe.Webhook.construct_event(a.body.decode(),
                                                 a.headers["stripe-signature"],
                                                 endpoint.secret) for a in arrivals]
        assert {e.type for e in events} == CLIMATE_EVENTS
        assert len(events) == 8  # two orders created, one event for each other change
