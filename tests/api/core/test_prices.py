"""Prices through the official SDK: create, retrieve, update, list, lookup keys."""

from __future__ import annotations

from decimal import Decimal

import pytest
import stripe

from tests.api.core.conftest import create_price, create_product
from tests.conformance import assert_conforms


class TestCreatePrice:
    def test_recurring_for_a_product(self, client: stripe.StripeClient,
                                     product: stripe.Product) -> None:
        p = create_price(client, product.id, nickname="Monthly", metadata={"tier": "gold"})
        assert p.id.startswith("price_")
        assert p.product == product.id
        assert p.type == "recurring"
        assert p.unit_amount == 1000 and p.unit_amount_decimal == Decimal("1000")
        assert p.recurring.interval == "month" and p.recurring.interval_count == 1
        assert p.recurring.usage_type == "licensed"
        assert p.billing_scheme == "per_unit" and p.tax_behavior == "unspecified"
        assert p.active is True and p.lookup_key is None
        assert_conforms(p)
        assert client.v1.events.list({"type": "price.created"}).data[0].data.object.id == p.id

    def test_one_time_with_product_data(self, client: stripe.StripeClient) -> None:
        p = client.v1.prices.create({"currency": "EUR", "unit_amount": 250,
                                     "product_data": {"name": "Sticker"}})
        assert p.type == "one_time" and p.recurring is None and p.currency == "eur"
        product = client.v1.products.retrieve(p.product)
        assert product.name == "Sticker"
        assert_conforms(p)

    def test_decimal_amount(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        p = client.v1.prices.create({"currency": "usd", "unit_amount_decimal": "0.5",
                                     "product": product.id})
        assert p.unit_amount is None and p.unit_amount_decimal == Decimal("0.5")

    def test_tiers_are_expand_only(self, client: stripe.StripeClient,
                                   product: stripe.Product) -> None:
        p = client.v1.prices.create({
            "currency": "usd", "product": product.id, "billing_scheme": "tiered",
            "tiers_mode": "graduated", "recurring": {"interval": "month"},
            "tiers": [{"up_to": 5, "unit_amount": 100}, {"up_to": "inf", "unit_amount": 50}]})
        assert "tiers" not in p
        expanded = client.v1.prices.retrieve(p.id, {"expand": ["tiers"]})
        assert [t.up_to for t in expanded.tiers] == [5, None]
        assert_conforms(expanded)

    def test_currency_options_expand(self, client: stripe.StripeClient,
                                     product: stripe.Product) -> None:
        p = create_price(client, product.id, currency_options={"eur": {"unit_amount": 900}})
        expanded = client.v1.prices.retrieve(p.id, {"expand": ["currency_options"]})
        assert expanded.currency_options["eur"].unit_amount == 900
        assert expanded.currency_options["usd"].unit_amount == 1000

    def test_unknown_product_creates_nothing(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, "prod_nope")
        assert e.value.code == "resource_missing" and e.value.param == "product"
        assert client.v1.prices.list().data == []

    def test_product_and_product_data_exclusive(self, client: stripe.StripeClient,
                                                product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, product.id, product_data={"name": "x"})
        assert e.value.code == "parameters_exclusive"

    def test_product_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.prices.create({"currency": "usd", "unit_amount": 1})
        assert e.value.code == "parameter_missing" and e.value.param == "product"

    def test_amount_required(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.prices.create({"currency": "usd", "product": product.id})
        assert e.value.param == "unit_amount"

    @pytest.mark.parametrize("interval,count", [("month", 37), ("year", 4), ("week", 157),
                                                ("day", 1096), ("month", 0)])
    def test_interval_limits(self, client: stripe.StripeClient, product: stripe.Product,
                             interval: str, count: int) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, product.id,
                         recurring={"interval": interval, "interval_count": count})
        assert e.value.param == "recurring[interval_count]"
        assert client.v1.prices.list().data == []

    def test_longest_interval_allowed(self, client: stripe.StripeClient,
                                      product: stripe.Product) -> None:
        p = create_price(client, product.id, recurring={"interval": "month",
                                                        "interval_count": 36})
        assert p.recurring.interval_count == 36

    def test_bad_currency(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, product.id, currency="zzz")
        assert e.value.param == "currency"

    def test_bad_interval(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, product.id, recurring={"interval": "fortnight"})
        assert e.value.param == "recurring[interval]"


class TestLookupKeys:
    def test_unique(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        first = create_price(client, product.id, lookup_key="gold_monthly")
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_price(client, product.id, lookup_key="gold_monthly")
        assert e.value.param == "lookup_key" and first.id in str(e.value.user_message)
        assert len(client.v1.prices.list().data) == 1

    def test_transfer_on_create(self, client: stripe.StripeClient,
                                product: stripe.Product) -> None:
        first = create_price(client, product.id, lookup_key="gold")
        second = create_price(client, product.id, lookup_key="gold", transfer_lookup_key=True,
                              unit_amount=2000)
        assert second.lookup_key == "gold"
        assert client.v1.prices.retrieve(first.id).lookup_key is None
        found = client.v1.prices.list({"lookup_keys": ["gold"]}).data
        assert [p.id for p in found] == [second.id]
        updated = client.v1.events.list({"type": "price.updated"}).data[0]
        assert updated.data.object.id == first.id
        assert updated.data.previous_attributes["lookup_key"] == "gold"

    def test_transfer_on_update(self, client: stripe.StripeClient,
                                product: stripe.Product) -> None:
        first = create_price(client, product.id, lookup_key="k")
        second = create_price(client, product.id)
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.prices.update(second.id, {"lookup_key": "k"})
        moved = client.v1.prices.update(second.id, {"lookup_key": "k",
                                                    "transfer_lookup_key": True})
        assert moved.lookup_key == "k"
        assert client.v1.prices.retrieve(first.id).lookup_key is None


class TestUpdatePrice:
    def test_mutable_fields(self, client: stripe.StripeClient, price: stripe.Price) -> None:
        u = client.v1.prices.update(price.id, {"active": False, "nickname": "Old",
                                               "metadata": {"a": "1"},
                                               "tax_behavior": "exclusive"})
        assert (u.active, u.nickname, u.metadata["a"], u.tax_behavior) == (
            False, "Old", "1", "exclusive")
        event = client.v1.events.list({"type": "price.updated"}).data[0]
        assert event.data.previous_attributes["active"] is True
        assert_conforms(u)

    def test_amount_is_immutable(self, client: stripe.StripeClient, price: stripe.Price) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.prices.update(price.id, {"unit_amount": 5})  # type: ignore[typeddict-unknown-key]
        assert e.value.code == "parameter_unknown"

    def test_unknown_price(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.prices.update("price_nope", {"active": False})
        assert e.value.http_status == 404


class TestListPrices:
    def test_filters(self, client: stripe.StripeClient) -> None:
        gold = create_product(client, name="gold")
        silver = create_product(client, name="silver")
        monthly = create_price(client, gold.id)
        yearly = create_price(client, gold.id, recurring={"interval": "year"})
        once = client.v1.prices.create({"currency": "eur", "unit_amount": 5,
                                        "product": silver.id})
        archived = create_price(client, silver.id, active=False)

        def ids(params: dict[str, object]) -> list[str]:
            return [p.id for p in client.v1.prices.list(params).data]  # type: ignore[arg-type]

        assert ids({"product": gold.id}) == [yearly.id, monthly.id]
        assert ids({"type": "one_time"}) == [once.id]
        assert ids({"currency": "eur"}) == [once.id]
        assert ids({"active": False}) == [archived.id]
        assert ids({"recurring": {"interval": "year"}}) == [yearly.id]
        assert set(ids({})) == {monthly.id, yearly.id, once.id, archived.id}

    def test_expand_product(self, client: stripe.StripeClient, price: stripe.Price) -> None:
        page = client.v1.prices.list({"expand": ["data.product"]})
        assert page.data[0].product.name == "Gold plan"  # type: ignore[union-attr]

    def test_other_account_sees_nothing(self, client: stripe.StripeClient,
                                        price: stripe.Price, server: object) -> None:
        other = server.new_account().client()  # type: ignore[attr-defined]
        assert other.v1.prices.list().data == []
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.prices.retrieve(price.id)
