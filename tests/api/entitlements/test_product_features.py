"""Product features (features attached to products) through the official SDK."""

from __future__ import annotations

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.core.conftest import create_product
from tests.api.entitlements.conftest import attach, create_feature
from tests.conformance import assert_conforms


class TestCreateProductFeature:
    def test_attach(self, client: stripe.StripeClient, product: stripe.Product,
                    feature: stripe.entitlements.Feature) -> None:
        pf = client.v1.products.features.create(product.id,
                                                {"entitlement_feature": feature.id})
        assert pf.id.startswith("prodft_")
        assert pf.object == "product_feature" and pf.livemode is False
        assert pf.entitlement_feature.to_dict() == feature.to_dict()
        assert_conforms(pf)

    def test_unknown_product(self, client: stripe.StripeClient,
                             feature: stripe.entitlements.Feature) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, "prod_nope", feature.id)
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert e.value.param == "product"
        assert str(e.value.user_message) == "No such product: 'prod_nope'"

    def test_deleted_product(self, client: stripe.StripeClient, product: stripe.Product,
                             feature: stripe.entitlements.Feature) -> None:
        client.v1.products.delete(product.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, product.id, feature.id)
        assert e.value.http_status == 404

    def test_unknown_feature(self, client: stripe.StripeClient,
                             product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, product.id, "feat_test_nope")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert e.value.param == "entitlement_feature"
        assert str(e.value.user_message) == "No such feature: 'feat_test_nope'"

    def test_feature_of_another_account(self, client: stripe.StripeClient,
                                        product: stripe.Product, account: Account) -> None:
        other = account.server.new_account().client(max_network_retries=0)
        foreign = create_feature(other)
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, product.id, foreign.id)
        assert (e.value.http_status, e.value.param) == (404, "entitlement_feature")

    def test_archived_feature_refused(self, client: stripe.StripeClient,
                                      product: stripe.Product,
                                      feature: stripe.entitlements.Feature) -> None:
        client.v1.entitlements.features.update(feature.id, {"active": False})
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, product.id, feature.id)
        assert (e.value.http_status, e.value.param) == (400, "entitlement_feature")
        assert client.v1.products.features.list(product.id).data == []

    def test_same_feature_twice_refused(self, client: stripe.StripeClient,
                                        product: stripe.Product,
                                        feature: stripe.entitlements.Feature) -> None:
        attach(client, product.id, feature.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            attach(client, product.id, feature.id)
        assert (e.value.http_status, e.value.code) == (400, "resource_already_exists")
        assert e.value.param == "entitlement_feature"
        assert len(client.v1.products.features.list(product.id).data) == 1

    def test_same_feature_on_two_products(self, client: stripe.StripeClient,
                                          feature: stripe.entitlements.Feature) -> None:
        a, b = create_product(client), create_product(client)
        assert attach(client, a.id, feature.id).id != attach(client, b.id, feature.id).id

    def test_feature_required(self, client: stripe.StripeClient,
                              product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.create(product.id, {})  # type: ignore[typeddict-item]
        assert (e.value.code, e.value.param) == ("parameter_missing", "entitlement_feature")

    def test_embedded_feature_not_expandable(self, client: stripe.StripeClient,
                                             product: stripe.Product,
                                             feature: stripe.entitlements.Feature) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.create(product.id, {
                "entitlement_feature": feature.id, "expand": ["entitlement_feature"]})
        assert e.value.param == "expand"

    def test_no_event(self, client: stripe.StripeClient, product: stripe.Product,
                      feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        client.v1.products.features.delete(product.id, pf.id)
        assert client.v1.events.list({"type": "product_feature.*"}).data == []
        assert [e.type for e in client.v1.events.list().data] == ["product.created"]


class TestListProductFeatures:
    def test_list(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        features = [create_feature(client) for _ in range(3)]
        made = [attach(client, product.id, f.id).id for f in features]
        attach(client, create_product(client).id, features[0].id)  # another product's
        page = client.v1.products.features.list(product.id)
        assert [pf.id for pf in page.data] == made[::-1]
        assert page.url == f"/v1/products/{product.id}/features"
        for pf in page.data:
            assert_conforms(pf)

    def test_embedded_feature_is_current(self, client: stripe.StripeClient,
                                         product: stripe.Product,
                                         feature: stripe.entitlements.Feature) -> None:
        attach(client, product.id, feature.id)
        client.v1.entitlements.features.update(feature.id, {"name": "New name",
                                                            "active": False})
        [pf] = client.v1.products.features.list(product.id).data
        assert pf.entitlement_feature.name == "New name"
        assert pf.entitlement_feature.active is False  # attachments outlive archiving

    def test_paging(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        made = [attach(client, product.id, create_feature(client).id).id for _ in range(4)]
        page = client.v1.products.features.list(product.id, {"limit": 3})
        assert page.has_more
        assert [pf.id for pf in page.auto_paging_iter()] == made[::-1]

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.list("prod_nope")
        assert (e.value.http_status, e.value.param) == (404, "product")


class TestRetrieveProductFeature:
    def test_retrieve(self, client: stripe.StripeClient, product: stripe.Product,
                      feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        client.v1.entitlements.features.update(feature.id, {"metadata": {"k": "v"}})
        got = client.v1.products.features.retrieve(product.id, pf.id)
        assert got.id == pf.id
        assert got.entitlement_feature.metadata.to_dict() == {"k": "v"}
        assert_conforms(got)

    def test_under_another_product(self, client: stripe.StripeClient,
                                   product: stripe.Product,
                                   feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        other = create_product(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.retrieve(other.id, pf.id)
        assert e.value.http_status == 404
        assert str(e.value.user_message) == f"No such product feature: '{pf.id}'"

    def test_unknown(self, client: stripe.StripeClient, product: stripe.Product) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.retrieve(product.id, "prodft_nope")
        assert e.value.http_status == 404

    def test_unknown_product(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.retrieve("prod_nope", "prodft_nope")
        assert (e.value.http_status, e.value.param) == (404, "product")


class TestDeleteProductFeature:
    def test_delete(self, client: stripe.StripeClient, product: stripe.Product,
                    feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        gone = client.v1.products.features.delete(product.id, pf.id)
        assert gone.to_dict() == {"id": pf.id, "object": "product_feature", "deleted": True}
        assert client.v1.products.features.list(product.id).data == []
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.retrieve(product.id, pf.id)
        assert e.value.http_status == 404
        assert attach(client, product.id, feature.id).id != pf.id  # attachable again

    def test_twice(self, client: stripe.StripeClient, product: stripe.Product,
                   feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        client.v1.products.features.delete(product.id, pf.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.delete(product.id, pf.id)
        assert e.value.http_status == 404

    def test_under_another_product(self, client: stripe.StripeClient,
                                   product: stripe.Product,
                                   feature: stripe.entitlements.Feature) -> None:
        pf = attach(client, product.id, feature.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.products.features.delete(create_product(client).id, pf.id)
        assert e.value.http_status == 404
        assert len(client.v1.products.features.list(product.id).data) == 1

    def test_unknown_param(self, http: httpx.Client, product: stripe.Product) -> None:
        r = http.delete(f"/v1/products/{product.id}/features/prodft_x", params={"x": "1"})
        assert r.status_code == 400 and r.json()["error"]["param"] == "x"
