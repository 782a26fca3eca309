"""Products through the official SDK."""

from __future__ import annotations

import concurrent.futures

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.core.conftest import create_product
from tests.conformance import assert_conforms


class TestCreateProduct:
    def test_defaults(self, client: stripe.StripeClient) -> None:
        p = client.v1.products.create({"name": "Gold"})
        assert p.id.startswith("prod_")
        assert p.active is True
        assert p.type == "service"
        assert p.images == [] and p.marketing_features == []
        assert p.updated == p.created
        assert_conforms(p)

    def test_all_fields(self, client: stripe.StripeClient) -> None:
        p = client.v1.products.create({
            "name": "Shirt", "type": "good", "description": "Cotton", "shippable": True,
            "images": ["https://example.com/a.png"], "url": "https://example.com",
            "marketing_features": [{"name": "Soft"}], "statement_descriptor": "SHIRT",
            "unit_label": "shirt", "package_dimensions": {"height": 1.5, "length": 2,
                                                          "weight": 3, "width": 4},
            "metadata": {"sku": "1"},
        })
        assert p.package_dimensions.height == 1.5
        assert p.marketing_features[0].name == "Soft"
        assert_conforms(p)

    def test_name_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.create({})  # type: ignore[typeddict-item]
        assert e.value.code == "parameter_missing"
        assert e.value.param == "name"

    def test_custom_id_unique(self, client: stripe.StripeClient) -> None:
        create_product(client, id="gold")
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_product(client, id="gold")
        assert e.value.code == "resource_already_exists"
        assert len(client.v1.products.list().data) == 1

    def test_racing_creates_with_one_id_leave_one_product(self, account: Account) -> None:
        def post() -> int:
            return httpx.post(f"{account.url}/v1/products", data={"name": "x", "id": "same"},
                              auth=(account.api_key, "")).status_code

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            codes = list(pool.map(lambda _: post(), range(12)))
        assert codes.count(200) == 1
        assert set(codes) == {200, 400}
        assert len(account.client().v1.products.list().data) == 1

    def test_bad_type(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.create({"name": "x", "type": "thing"})  # type: ignore[typeddict-item]
        assert e.value.param == "type"


class TestUpdateProduct:
    def test_update_moves_updated_and_emits(self, client: stripe.StripeClient) -> None:
        p = create_product(client)
        u = client.v1.products.update(p.id, {"active": False, "description": "Old"})
        assert u.active is False and u.description == "Old"
        event = client.v1.events.list({"type": "product.updated"}).data[0]
        assert event.data.previous_attributes["active"] is True

    def test_unset_description(self, client: stripe.StripeClient) -> None:
        p = create_product(client, description="x")
        assert client.v1.products.update(p.id, {"description": ""}).description is None

    def test_unknown_default_price(self, client: stripe.StripeClient) -> None:
        p = create_product(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.update(p.id, {"default_price": "price_nope"})
        assert e.value.param == "default_price"


class TestDeleteProduct:
    def test_delete(self, client: stripe.StripeClient) -> None:
        p = create_product(client)
        assert client.v1.products.delete(p.id).deleted is True
        assert client.v1.products.list().data == []
        assert [e.type for e in client.v1.events.list().data][0] == "product.deleted"


class TestListProducts:
    def test_filters(self, client: stripe.StripeClient) -> None:
        a = create_product(client, name="a", type="good", shippable=True)
        b = create_product(client, name="b", active=False)
        assert [p.id for p in client.v1.products.list({"active": False}).data] == [b.id]
        assert [p.id for p in client.v1.products.list({"type": "good"}).data] == [a.id]
        assert [p.id for p in client.v1.products.list({"shippable": True}).data] == [a.id]
        both = client.v1.products.list({"ids": [a.id, b.id]}).data
        assert {p.id for p in both} == {a.id, b.id}


class TestDefaultPrice:
    def test_default_price_data(self, client: stripe.StripeClient) -> None:
        p = client.v1.products.create({"name": "Gold", "default_price_data": {
            "currency": "usd", "unit_amount": 1500, "recurring": {"interval": "month"}}})
        assert p.default_price is not None
        price = client.v1.prices.retrieve(p.default_price)  # type: ignore[arg-type]
        assert price.product == p.id and price.unit_amount == 1500
        expanded = client.v1.products.retrieve(p.id, {"expand": ["default_price"]})
        assert expanded.default_price.id == price.id  # type: ignore[union-attr]
        assert_conforms(p)
        types = [e.type for e in client.v1.events.list().data]
        assert types[:2] == ["product.created", "price.created"]

    def test_bad_default_price_data_creates_nothing(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.create({"name": "Gold", "default_price_data": {
                "currency": "usd", "unit_amount": 1,
                "recurring": {"interval": "month", "interval_count": 40}}})
        assert e.value.param == "default_price_data[recurring][interval_count]"
        assert client.v1.products.list().data == []

    def test_set_default_price(self, client: stripe.StripeClient) -> None:
        p = create_product(client)
        price = client.v1.prices.create({"currency": "usd", "unit_amount": 5,
                                         "product": p.id})
        assert client.v1.products.update(p.id, {"default_price": price.id}).default_price \
            == price.id
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.prices.update(price.id, {"active": False})
        assert e.value.param == "active"

    def test_delete_refused_while_prices_exist(self, client: stripe.StripeClient) -> None:
        p = create_product(client)
        client.v1.prices.create({"currency": "usd", "unit_amount": 5, "product": p.id,
                                 "active": False})
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.delete(p.id)
        assert "user-created prices" in str(e.value.user_message)
        assert client.v1.products.retrieve(p.id).name == "Gold plan"
