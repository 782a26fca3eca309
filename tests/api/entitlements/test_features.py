"""Features through the official SDK."""

from __future__ import annotations

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.entitlements.conftest import create_feature
from tests.conformance import assert_conforms


class TestCreateFeature:
    def test_defaults(self, client: stripe.StripeClient) -> None:
        f = client.v1.entitlements.features.create({"name": "SSO", "lookup_key": "sso"})
        assert f.id.startswith("feat_test_")
        assert f.object == "entitlements.feature"
        assert (f.name, f.lookup_key, f.active, f.livemode) == ("SSO", "sso", True, False)
        assert f.metadata.to_dict() == {}
        assert "created" not in f
        assert_conforms(f)

    def test_metadata(self, client: stripe.StripeClient) -> None:
        f = create_feature(client, metadata={"tier": "gold"})
        assert f.metadata.to_dict() == {"tier": "gold"}

    def test_lookup_key_taken(self, client: stripe.StripeClient) -> None:
        create_feature(client, lookup_key="api")
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_feature(client, lookup_key="api")
        assert (e.value.code, e.value.param) == ("resource_already_exists", "lookup_key")
        assert e.value.http_status == 400
        assert "api" in str(e.value.user_message)

    def test_archived_feature_keeps_its_lookup_key(self, client: stripe.StripeClient) -> None:
        f = create_feature(client, lookup_key="old")
        client.v1.entitlements.features.update(f.id, {"active": False})
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_feature(client, lookup_key="old")
        assert e.value.code == "resource_already_exists"

    def test_lookup_key_free_in_another_account(self, client: stripe.StripeClient,
                                                account: Account) -> None:
        create_feature(client, lookup_key="shared")
        other = account.server.new_account().client(max_network_retries=0)
        assert create_feature(other, lookup_key="shared").lookup_key == "shared"

    def test_lookup_key_up_to_80_characters(self, client: stripe.StripeClient) -> None:
        assert create_feature(client, lookup_key="k" * 80).lookup_key == "k" * 80
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_feature(client, lookup_key="k" * 81)
        assert e.value.param == "lookup_key"
        assert e.value.http_status == 400

    @pytest.mark.parametrize("missing", ["name", "lookup_key"])
    def test_required(self, client: stripe.StripeClient, missing: str) -> None:
        params = {"name": "SSO", "lookup_key": "sso"}
        del params[missing]
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.create(params)  # type: ignore[arg-type]
        assert (e.value.code, e.value.param) == ("parameter_missing", missing)

    @pytest.mark.parametrize("empty", ["name", "lookup_key"])
    def test_empty(self, client: stripe.StripeClient, empty: str) -> None:
        params = {"name": "SSO", "lookup_key": "sso", empty: ""}
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.create(params)  # type: ignore[arg-type]
        assert (e.value.code, e.value.param) == ("parameter_invalid_empty", empty)

    def test_unknown_param(self, http: httpx.Client) -> None:
        r = http.post("/v1/entitlements/features",
                      data={"name": "x", "lookup_key": "x", "active": "false"})
        assert r.status_code == 400
        assert r.json()["error"]["param"] == "active"

    def test_no_event(self, client: stripe.StripeClient) -> None:
        f = create_feature(client)
        client.v1.entitlements.features.update(f.id, {"name": "Renamed"})
        assert client.v1.events.list().data == []


class TestRetrieveFeature:
    def test_retrieve(self, client: stripe.StripeClient,
                      feature: stripe.entitlements.Feature) -> None:
        got = client.v1.entitlements.features.retrieve(feature.id)
        assert got.to_dict() == feature.to_dict()
        assert_conforms(got)

    def test_archived_still_retrievable(self, client: stripe.StripeClient,
                                        feature: stripe.entitlements.Feature) -> None:
        client.v1.entitlements.features.update(feature.id, {"active": False})
        assert client.v1.entitlements.features.retrieve(feature.id).active is False

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.retrieve("feat_test_nope")
        assert e.value.http_status == 404
        assert e.value.code == "resource_missing"
        assert str(e.value.user_message) == "No such feature: 'feat_test_nope'"

    def test_other_account(self, feature: stripe.entitlements.Feature,
                           account: Account) -> None:
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            other.v1.entitlements.features.retrieve(feature.id)
        assert e.value.http_status == 404


class TestUpdateFeature:
    def test_rename(self, client: stripe.StripeClient,
                    feature: stripe.entitlements.Feature) -> None:
        f = client.v1.entitlements.features.update(feature.id, {"name": "SAML SSO"})
        assert f.name == "SAML SSO" and f.lookup_key == feature.lookup_key
        assert client.v1.entitlements.features.retrieve(feature.id).name == "SAML SSO"
        assert_conforms(f)

    def test_metadata_merges_and_clears(self, client: stripe.StripeClient) -> None:
        f = create_feature(client, metadata={"a": "1", "b": "2"})
        f = client.v1.entitlements.features.update(f.id, {"metadata": {"b": "", "c": "3"}})
        assert f.metadata.to_dict() == {"a": "1", "c": "3"}
        f = client.v1.entitlements.features.update(f.id, {"metadata": ""})
        assert f.metadata.to_dict() == {}

    def test_archive_is_permanent(self, client: stripe.StripeClient,
                                  feature: stripe.entitlements.Feature) -> None:
        archived = client.v1.entitlements.features.update(feature.id, {"active": False})
        assert archived.active is False
        again = client.v1.entitlements.features.update(feature.id, {"active": False})
        assert again.active is False
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.update(feature.id, {"active": True})
        assert e.value.param == "active" and e.value.http_status == 400
        assert client.v1.entitlements.features.retrieve(feature.id).active is False

    def test_active_true_on_active_feature(self, client: stripe.StripeClient,
                                           feature: stripe.entitlements.Feature) -> None:
        assert client.v1.entitlements.features.update(feature.id, {"active": True}).active

    def test_lookup_key_cannot_change(self, http: httpx.Client,
                                      feature: stripe.entitlements.Feature) -> None:
        r = http.post(f"/v1/entitlements/features/{feature.id}", data={"lookup_key": "new"})
        assert r.status_code == 400
        assert r.json()["error"]["code"] == "parameter_unknown"

    def test_empty_name(self, client: stripe.StripeClient,
                        feature: stripe.entitlements.Feature) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.update(feature.id, {"name": ""})
        assert (e.value.code, e.value.param) == ("parameter_invalid_empty", "name")

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.update("feat_test_nope", {"name": "x"})
        assert e.value.http_status == 404


class TestListFeatures:
    def test_active_only_by_default(self, client: stripe.StripeClient) -> None:
        kept, archived = create_feature(client), create_feature(client)
        client.v1.entitlements.features.update(archived.id, {"active": False})
        page = client.v1.entitlements.features.list()
        assert [f.id for f in page.data] == [kept.id]
        assert page.url == "/v1/entitlements/features"
        assert [f.id for f in client.v1.entitlements.features.list({"archived": False}).data
                ] == [kept.id]
        assert [f.id for f in client.v1.entitlements.features.list({"archived": True}).data
                ] == [archived.id]

    def test_lookup_key(self, client: stripe.StripeClient) -> None:
        create_feature(client)
        wanted = create_feature(client, lookup_key="wanted")
        page = client.v1.entitlements.features.list({"lookup_key": "wanted"})
        assert [f.id for f in page.data] == [wanted.id]
        assert client.v1.entitlements.features.list({"lookup_key": "nope"}).data == []

    def test_archived_lookup_key(self, client: stripe.StripeClient) -> None:
        f = create_feature(client, lookup_key="gone")
        client.v1.entitlements.features.update(f.id, {"active": False})
        assert client.v1.entitlements.features.list({"lookup_key": "gone"}).data == []
        assert [x.id for x in client.v1.entitlements.features.list(
            {"lookup_key": "gone", "archived": True}).data] == [f.id]

    def test_newest_first_and_paging(self, client: stripe.StripeClient) -> None:
        made = [create_feature(client).id for _ in range(5)]
        page = client.v1.entitlements.features.list({"limit": 2})
        assert [f.id for f in page.data] == made[::-1][:2] and page.has_more
        everything = [f.id for f in page.auto_paging_iter()]
        assert everything == made[::-1]
        before = client.v1.entitlements.features.list({"ending_before": made[0], "limit": 2})
        assert [f.id for f in before.data] == [made[2], made[1]]

    def test_limit_bounds(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.list({"limit": 101})
        assert e.value.param == "limit"

    def test_unknown_cursor(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.features.list({"starting_after": "feat_test_nope"})
        assert e.value.param == "starting_after"

    def test_accounts_isolated(self, client: stripe.StripeClient, account: Account) -> None:
        create_feature(client)
        other = account.server.new_account().client(max_network_retries=0)
        assert other.v1.entitlements.features.list().data == []
