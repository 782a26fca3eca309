"""/v1/webhook_endpoints through the official SDK: every field, the secret shown once,
validation in Stripe's words, the cap of 16, isolation between accounts."""

from __future__ import annotations

import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.webhooks.conftest import create_endpoint
from tests.conformance import assert_conforms

URL = "https://example.com/hooks/stripe"


class TestCreateWebhookEndpoint:
    def test_every_field_and_the_secret(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL, enabled_events=["customer.created", "product.created"],
                             description="Orders", metadata={"team": "billing"},
                             api_version="2026-09-30.endive", connect=False)
        assert_conforms(we)
        assert we.id.startswith("we_")
        assert we.secret is not None and we.secret.startswith("whsec_")
        assert len(we.secret) == len("whsec_") + 32
        assert (we.url, we.status, we.description, we.api_version, we.application) == (
            URL, "enabled", "Orders", "2026-09-30.endive", None)
        assert we.enabled_events == ["customer.created", "product.created"]
        assert we.metadata.to_dict() == {"team": "billing"}
        assert we.livemode is False

    def test_defaults(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, "http://127.0.0.1:9/hook")
        assert (we.api_version, we.description, we.enabled_events) == (None, None, ["*"])
        assert we.metadata.to_dict() == {}

    def test_onramp_event_outside_the_sdk_enum(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL, enabled_events=["crypto.onramp_session_updated"])
        assert we.enabled_events == ["crypto.onramp_session_updated"]

    def test_unknown_event_type_names_the_param(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_endpoint(client, URL, enabled_events=["customer.created", "customer.nope"])
        assert e.value.http_status == 400
        assert e.value.param == "enabled_events[1]"
        assert "customer.nope" in str(e.value.user_message)

    def test_enabled_events_is_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.webhook_endpoints.create({"url": URL})  # type: ignore[typeddict-item]
        assert (e.value.code, e.value.param) == ("parameter_missing", "enabled_events")

    @pytest.mark.parametrize("url", ["ftp://example.com/x", "/hooks", "example.com/hooks",
                                     "http://", "https:// spaces.example.com/"])
    def test_url_must_be_absolute_http(self, client: stripe.StripeClient, url: str) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_endpoint(client, url)
        assert (e.value.http_status, e.value.param) == (400, "url")

    def test_unknown_api_version(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_endpoint(client, URL, api_version="2099-01-01.nope")
        assert e.value.param == "api_version"

    def test_sixteen_per_account(self, client: stripe.StripeClient) -> None:
        for i in range(16):
            create_endpoint(client, f"{URL}/{i}")
        with pytest.raises(stripe.InvalidRequestError) as e:
            create_endpoint(client, f"{URL}/17")
        assert e.value.http_status == 400
        assert "16" in str(e.value.user_message)

    def test_crud_emits_no_events(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL)
        client.v1.webhook_endpoints.update(we.id, {"description": "x"})
        client.v1.webhook_endpoints.delete(we.id)
        assert client.v1.events.list().data == []


class TestRetrieveWebhookEndpoint:
    def test_no_secret_after_creation(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL)
        got = client.v1.webhook_endpoints.retrieve(we.id)
        assert_conforms(got)
        assert "secret" not in got.to_dict()
        assert {k: v for k, v in we.to_dict().items() if k != "secret"} == got.to_dict()

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.webhook_endpoints.retrieve("we_nope")
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")

    def test_other_accounts_cannot_see_it(self, client: stripe.StripeClient,
                                          account: Account) -> None:
        we = create_endpoint(client, URL)
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError):
            other.v1.webhook_endpoints.retrieve(we.id)
        assert other.v1.webhook_endpoints.list().data == []


class TestUpdateWebhookEndpoint:
    def test_fields(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL, description="Before", metadata={"a": "1", "b": "2"})
        got = client.v1.webhook_endpoints.update(we.id, {
            "url": URL + "/v2", "enabled_events": ["product.created"], "disabled": True,
            "description": "", "metadata": {"a": "", "c": "3"}})
        assert_conforms(got)
        assert "secret" not in got.to_dict()
        assert (got.url, got.enabled_events, got.status, got.description) == (
            URL + "/v2", ["product.created"], "disabled", None)
        assert got.metadata.to_dict() == {"b": "2", "c": "3"}
        again = client.v1.webhook_endpoints.update(we.id, {"disabled": False})
        assert again.status == "enabled"

    def test_validation(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.webhook_endpoints.update(we.id, {"enabled_events": ["*", "bogus.type"]})
        assert e.value.param == "enabled_events[1]"
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.webhook_endpoints.update(we.id, {"url": "mailto:a@b.c"})
        assert e.value.param == "url"

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.webhook_endpoints.update("we_nope", {"description": "x"})
        assert e.value.http_status == 404


class TestDeleteWebhookEndpoint:
    def test_delete(self, client: stripe.StripeClient) -> None:
        we = create_endpoint(client, URL)
        gone = client.v1.webhook_endpoints.delete(we.id)
        assert gone.to_dict() == {"id": we.id, "object": "webhook_endpoint", "deleted": True}
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.webhook_endpoints.retrieve(we.id)
        assert client.v1.webhook_endpoints.list().data == []
        create_endpoint(client, URL)  # a deleted endpoint no longer counts against the cap


class TestListWebhookEndpoints:
    def test_newest_first_and_pages(self, client: stripe.StripeClient) -> None:
        made = [create_endpoint(client, f"{URL}/{i}").id for i in range(5)]
        page = client.v1.webhook_endpoints.list({"limit": 2})
        assert [w.id for w in page.data] == made[::-1][:2] and page.has_more
        for w in page.data:
            assert_conforms(w)
            assert "secret" not in w.to_dict()
        every = [w.id for w in client.v1.webhook_endpoints.list({"limit": 2})
                 .auto_paging_iter()]
        assert every == made[::-1]
