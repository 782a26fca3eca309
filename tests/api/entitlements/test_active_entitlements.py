"""Active entitlements through the official SDK.

Subscription events come from `feed` (a second store on the server's database) until
Billing serves subscriptions; `TestDocumentedIntegration` runs the whole documented flow
through the SDK once `/v1/subscriptions` and `/v1/webhook_endpoints` exist.
"""

from __future__ import annotations

import concurrent.futures
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.core.conftest import create_customer
from tests.api.entitlements.conftest import Feed, attach, create_feature, product_with_features
from tests.conformance import assert_conforms
from tests.polling import wait_for

SUMMARY = "entitlements.active_entitlement_summary.updated"


def entitlements(client: stripe.StripeClient, customer: str, **params: Any
                 ) -> stripe.ListObject[stripe.entitlements.ActiveEntitlement]:
    return client.v1.entitlements.active_entitlements.list(
        {"customer": customer, **params})  # type: ignore[typeddict-item]


# -- webhook receiver ------------------------------------------------------------------------

class _Receiver(http.server.ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1 that keeps every delivery (headers, raw body)."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.deliveries.append(({k.lower(): v for k, v in self.headers.items()},
                                            body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/webhooks"


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _subscription_and_summary_events(client: stripe.StripeClient) -> list[str]:
    """The types of the account's subscription and summary events, in `/v1/events` order
    read oldest first."""
    events = client.v1.events.list({"limit": 100}).data
    return [e.type for e in reversed(events)
            if e.type == SUMMARY or e.type.startswith("customer.subscription.")]


def _served(http: httpx.Client, path: str) -> bool:
    r = http.get(path)
    return not (r.status_code == 404 and "Unrecognized request URL" in r.text)


class TestListActiveEntitlements:
    def test_customer_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.active_entitlements.list({})  # type: ignore[typeddict-item]
        assert (e.value.code, e.value.param) == ("parameter_missing", "customer")

    def test_unknown_customer(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(client, "cus_nope")
        assert (e.value.http_status, e.value.code, e.value.param) == (
            404, "resource_missing", "customer")
        assert str(e.value.user_message) == "No such customer: 'cus_nope'"

    def test_deleted_customer(self, client: stripe.StripeClient, account: Account,
                              feed: Feed) -> None:
        product, _ = product_with_features(client)
        customer = create_customer(client)
        feed.subscribe(account, customer.id, [product.id])
        client.v1.customers.delete(customer.id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(client, customer.id)
        assert e.value.http_status == 404

    def test_none_yet(self, client: stripe.StripeClient, customer: stripe.Customer) -> None:
        page = entitlements(client, customer.id)
        assert page.data == [] and page.has_more is False
        assert page.url == "/v1/entitlements/active_entitlements"

    def test_granted_by_a_subscription(self, client: stripe.StripeClient, account: Account,
                                       feed: Feed, customer: stripe.Customer) -> None:
        product, features = product_with_features(client, 2)
        feed.subscribe(account, customer.id, [product.id])
        page = entitlements(client, customer.id)
        assert sorted(e.feature for e in page.data) == sorted(f.id for f in features)
        by_feature = {f.id: f for f in features}
        for e in page.data:
            assert e.id.startswith("ent_test_")
            assert e.lookup_key == by_feature[e.feature].lookup_key  # type: ignore[index]
            assert e.livemode is False
            assert_conforms(e)

    def test_expand_feature(self, client: stripe.StripeClient, account: Account, feed: Feed,
                            customer: stripe.Customer) -> None:
        product, [feature] = product_with_features(client)
        feed.subscribe(account, customer.id, [product.id])
        client.v1.entitlements.features.update(feature.id, {"name": "Renamed"})
        [e] = entitlements(client, customer.id, expand=["data.feature"]).data
        assert e.feature.id == feature.id  # type: ignore[union-attr]
        assert e.feature.name == "Renamed"  # type: ignore[union-attr]
        assert_conforms(e)

    def test_expand_needs_data_prefix(self, client: stripe.StripeClient,
                                      customer: stripe.Customer) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(client, customer.id, expand=["feature"])
        assert e.value.param == "expand"

    def test_more_than_ten(self, client: stripe.StripeClient, account: Account, feed: Feed,
                           customer: stripe.Customer) -> None:
        product, features = product_with_features(client, 12)
        feed.subscribe(account, customer.id, [product.id])
        first = entitlements(client, customer.id)
        assert len(first.data) == 10 and first.has_more is True
        every = [e.feature for e in first.auto_paging_iter()]
        assert sorted(every) == sorted(f.id for f in features)
        assert len(set(every)) == 12
        [summary] = client.v1.events.list({"type": SUMMARY}).data
        embedded = summary.data.object["entitlements"]
        assert len(embedded["data"]) == 10 and embedded["has_more"] is True

    def test_two_subscriptions_grant_one_entitlement(self, client: stripe.StripeClient,
                                                     account: Account, feed: Feed,
                                                     customer: stripe.Customer) -> None:
        product, [feature] = product_with_features(client)
        first = feed.subscribe(account, customer.id, [product.id])
        second = feed.subscribe(account, customer.id, [product.id])
        [entitlement] = entitlements(client, customer.id).data
        feed.cancel(account, first)
        assert [e.id for e in entitlements(client, customer.id).data] == [entitlement.id]
        feed.cancel(account, second)
        assert entitlements(client, customer.id).data == []
        assert len(client.v1.events.list({"type": SUMMARY}).data) == 2
        assert entitlement.feature == feature.id

    def test_limit_bounds(self, client: stripe.StripeClient,
                          customer: stripe.Customer) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(client, customer.id, limit=0)
        assert e.value.param == "limit"

    def test_unknown_cursor(self, client: stripe.StripeClient,
                            customer: stripe.Customer) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(client, customer.id, starting_after="ent_test_nope")
        assert e.value.param == "starting_after"

    def test_unknown_param(self, http: httpx.Client, customer: stripe.Customer) -> None:
        r = http.get("/v1/entitlements/active_entitlements",
                     params={"customer": customer.id, "feature": "x"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "parameter_unknown"

    def test_accounts_isolated(self, client: stripe.StripeClient, account: Account,
                               feed: Feed, customer: stripe.Customer) -> None:
        product, _ = product_with_features(client)
        feed.subscribe(account, customer.id, [product.id])
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            entitlements(other, customer.id)
        assert (e.value.http_status, e.value.param) == (404, "customer")


class TestRetrieveActiveEntitlement:
    def test_retrieve(self, client: stripe.StripeClient, account: Account, feed: Feed,
                      customer: stripe.Customer) -> None:
        product, [feature] = product_with_features(client)
        feed.subscribe(account, customer.id, [product.id])
        [listed] = entitlements(client, customer.id).data
        got = client.v1.entitlements.active_entitlements.retrieve(listed.id)
        assert got.to_dict() == listed.to_dict()
        assert_conforms(got)
        expanded = client.v1.entitlements.active_entitlements.retrieve(
            listed.id, {"expand": ["feature"]})
        assert expanded.feature.lookup_key == feature.lookup_key  # type: ignore[union-attr]

    def test_gone_once_revoked(self, client: stripe.StripeClient, account: Account,
                               feed: Feed, customer: stripe.Customer) -> None:
        product, _ = product_with_features(client)
        sub = feed.subscribe(account, customer.id, [product.id])
        [listed] = entitlements(client, customer.id).data
        feed.cancel(account, sub)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.active_entitlements.retrieve(listed.id)
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")

    def test_unknown(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.entitlements.active_entitlements.retrieve("ent_test_nope")
        assert e.value.http_status == 404
        assert str(e.value.user_message) == "No such active entitlement: 'ent_test_nope'"

    def test_other_account(self, client: stripe.StripeClient, account: Account, feed: Feed,
                           customer: stripe.Customer) -> None:
        product, _ = product_with_features(client)
        feed.subscribe(account, customer.id, [product.id])
        [listed] = entitlements(client, customer.id).data
        other = account.server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            other.v1.entitlements.active_entitlements.retrieve(listed.id)
        assert e.value.http_status == 404


class TestSummaryEvent:
    def test_grant_and_revoke(self, client: stripe.StripeClient, account: Account,
                              feed: Feed, customer: stripe.Customer) -> None:
        product, [feature] = product_with_features(client)
        sub = feed.subscribe(account, customer.id, [product.id])
        feed.cancel(account, sub)
        revoked, granted = client.v1.events.list({"type": SUMMARY}).data
        for event in (granted, revoked):
            assert_conforms(event)
            assert event.data.object["object"] == "entitlements.active_entitlement_summary"
            assert event.data.object["customer"] == customer.id
        [entitlement] = granted.data.object["entitlements"]["data"]
        assert entitlement["feature"]["id"] == feature.id
        assert granted.data.previous_attributes["entitlements"]["data"] == []
        assert revoked.data.object["entitlements"]["data"] == []
        assert revoked.data.previous_attributes["entitlements"]["data"][0]["id"] == \
            entitlement["id"]

    def test_follows_the_subscription_event_that_caused_it(
            self, client: stripe.StripeClient, account: Account, feed: Feed,
            customer: stripe.Customer) -> None:
        """Events are stored before their subscribers run: in `/v1/events` a summary comes
        after the subscription event that caused it, never before."""
        product, _ = product_with_features(client)
        sub = feed.subscribe(account, customer.id, [product.id])
        feed.cancel(account, sub)
        assert _subscription_and_summary_events(client) == [
            "customer.subscription.created", SUMMARY,
            "customer.subscription.deleted", SUMMARY]

    def test_no_event_when_unchanged(self, client: stripe.StripeClient, account: Account,
                                     feed: Feed, customer: stripe.Customer) -> None:
        bare, _ = product_with_features(client, 0)
        feed.subscribe(account, customer.id, [bare.id])
        assert client.v1.events.list({"type": SUMMARY}).data == []


class TestWebhookDelivery:
    def test_summary_events_reach_an_endpoint_signed(
            self, client: stripe.StripeClient, http: httpx.Client, account: Account,
            feed: Feed, customer: stripe.Customer, receiver: _Receiver) -> None:
        if not _served(http, "/v1/webhook_endpoints"):
            pytest.skip("waiting for webhook endpoints: /v1/webhook_endpoints not served (404)")
        endpoint = client.v1.webhook_endpoints.create({"url": receiver.url,
                                                       "enabled_events": [SUMMARY]})
        product, [feature] = product_with_features(client)
        sub = feed.subscribe(account, customer.id, [product.id])
        feed.cancel(account, sub)
        wait_for(lambda: len(receiver.deliveries) >= 2)
        received = []
        for headers, body in receiver.deliveries:
            event = stripe.Webhook.construct_event(body.decode(), headers["stripe-signature"],
                                                   endpoint.secret)
            assert event.type == SUMMARY
            received.append(orjson.loads(body))
        by_size = sorted(received, key=lambda e: len(e["data"]["object"]["entitlements"]
                                                     ["data"]))
        revoke, grant = by_size
        assert grant["data"]["object"]["entitlements"]["data"][0]["feature"]["id"] == \
            feature.id
        assert revoke["data"]["previous_attributes"]["entitlements"]["data"][0]["id"] == \
            grant["data"]["object"]["entitlements"]["data"][0]["id"]


# -- the documented integration, end to end (needs Billing's subscriptions) -----------------

class TestDocumentedIntegration:
    """docs.stripe.com/billing/entitlements: features on a product, a subscription grants
    them, cancel at period end, the test clock passes the period end, they are gone; the
    summary events reach a webhook endpoint, signed."""

    def test_subscribe_cancel_at_period_end_advance_clock(
            self, client: stripe.StripeClient, http: httpx.Client,
            receiver: _Receiver) -> None:
        missing = [p for p in ("/v1/subscriptions", "/v1/webhook_endpoints")
                   if not _served(http, p)]
        if missing:
            pytest.skip(f"waiting for Billing / webhook endpoints: {', '.join(missing)} "
                        "not served yet (404)")
        endpoint = client.v1.webhook_endpoints.create({
            "url": receiver.url, "enabled_events": [SUMMARY]})
        secret = endpoint.secret
        assert secret

        sso = create_feature(client, name="SSO", lookup_key="sso")
        api = create_feature(client, name="API access", lookup_key="api")
        product = client.v1.products.create({"name": "Pro"})
        for f in (sso, api):
            attach(client, product.id, f.id)
        price = client.v1.prices.create({"product": product.id, "currency": "usd",
                                         "unit_amount": 2000,
                                         "recurring": {"interval": "month"}})
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": 1_767_225_600})
        customer = client.v1.customers.create({"email": "jenny@example.com",
                                               "test_clock": clock.id})
        sub = client.v1.subscriptions.create({
            "customer": customer.id, "items": [{"price": price.id}],
            "collection_method": "send_invoice", "days_until_due": 30})
        assert sub.status == "active"

        granted = entitlements(client, customer.id).data
        assert sorted(e.lookup_key for e in granted) == ["api", "sso"]

        sub = client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})
        assert sorted(e.lookup_key for e in entitlements(client, customer.id).data) == [
            "api", "sso"]

        period_end = sub["items"].data[0].current_period_end
        client.v1.test_helpers.test_clocks.advance(clock.id,
                                                   {"frozen_time": period_end + 3600})
        wait_for(lambda: client.v1.test_helpers.test_clocks.retrieve(clock.id).status
               == "ready")
        assert client.v1.subscriptions.retrieve(sub.id).status == "canceled"
        assert entitlements(client, customer.id).data == []
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.entitlements.active_entitlements.retrieve(granted[0].id)

        wait_for(lambda: len(receiver.deliveries) >= 2)
        events = []
        for headers, body in receiver.deliveries:
            event = stripe.Webhook.construct_event(body.decode(), headers["stripe-signature"],
                                                   secret)
            assert event.type == SUMMARY
            events.append(orjson.loads(body))
        events.sort(key=lambda e: e["created"])
        grant, revoke = events
        assert grant["data"]["object"]["customer"] == customer.id
        assert {e["lookup_key"] for e in grant["data"]["object"]["entitlements"]["data"]} \
            == {"api", "sso"}
        assert revoke["data"]["object"]["entitlements"]["data"] == []
        assert len(revoke["data"]["previous_attributes"]["entitlements"]["data"]) == 2
        assert revoke["created"] >= period_end  # clock time of the cancellation

    def _billing(self, http: httpx.Client) -> None:
        if not _served(http, "/v1/subscriptions"):
            pytest.skip("waiting for Billing: /v1/subscriptions not served yet (404)")

    @staticmethod
    def _subscribe(client: stripe.StripeClient, customer: str, product: str,
                   ) -> stripe.Subscription:
        price = client.v1.prices.create({"product": product, "currency": "usd",
                                         "unit_amount": 1000,
                                         "recurring": {"interval": "month"}})
        return client.v1.subscriptions.create({
            "customer": customer, "items": [{"price": price.id}],
            "collection_method": "send_invoice", "days_until_due": 30})

    def test_renewal_under_a_test_clock_recalculates(self, client: stripe.StripeClient,
                                                      http: httpx.Client) -> None:
        self._billing(http)
        product, [first] = product_with_features(client)
        clock = client.v1.test_helpers.test_clocks.create({"frozen_time": 1_767_225_600})
        customer = client.v1.customers.create({"test_clock": clock.id})
        sub = self._subscribe(client, customer.id, product.id)
        late = create_feature(client)
        attach(client, product.id, late.id)  # existing subscribers get it at renewal
        assert [e.feature for e in entitlements(client, customer.id).data] == [first.id]
        period_end = sub["items"].data[0].current_period_end
        client.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": period_end + 60})
        wait_for(lambda: client.v1.test_helpers.test_clocks.retrieve(clock.id).status
               == "ready")
        assert sorted(e.feature for e in entitlements(client, customer.id).data) == sorted(
            [first.id, late.id])
        newest = client.v1.events.list({"type": SUMMARY}).data[0]
        assert newest.created >= period_end  # at the clock's time of the renewal

    def test_two_subscriptions_one_feature(self, client: stripe.StripeClient,
                                           http: httpx.Client) -> None:
        self._billing(http)
        product, [feature] = product_with_features(client)
        customer = create_customer(client)
        first = self._subscribe(client, customer.id, product.id)
        second = self._subscribe(client, customer.id, product.id)
        [entitlement] = entitlements(client, customer.id).data
        assert entitlement.feature == feature.id
        client.v1.subscriptions.cancel(first.id)
        assert [e.id for e in entitlements(client, customer.id).data] == [entitlement.id]
        client.v1.subscriptions.cancel(second.id)
        assert entitlements(client, customer.id).data == []
        assert len(client.v1.events.list({"type": SUMMARY}).data) == 2

    def test_summaries_follow_their_subscription_events(self, client: stripe.StripeClient,
                                                        http: httpx.Client) -> None:
        self._billing(http)
        product, _ = product_with_features(client)
        customer = create_customer(client)
        sub = self._subscribe(client, customer.id, product.id)
        client.v1.subscriptions.cancel(sub.id)
        types = _subscription_and_summary_events(client)
        assert types.count(SUMMARY) == 2
        grant = types.index(SUMMARY)
        revoke = len(types) - 1 - types[::-1].index(SUMMARY)
        assert types.index("customer.subscription.created") < grant
        assert types.index("customer.subscription.deleted") < revoke

    def test_more_than_ten(self, client: stripe.StripeClient, http: httpx.Client) -> None:
        self._billing(http)
        product, features = product_with_features(client, 11)
        customer = create_customer(client)
        self._subscribe(client, customer.id, product.id)
        page = entitlements(client, customer.id)
        assert len(page.data) == 10 and page.has_more
        assert sorted(e.feature for e in page.auto_paging_iter()) == sorted(
            f.id for f in features)
        [summary] = client.v1.events.list({"type": SUMMARY}).data
        assert summary.data.object["entitlements"]["has_more"] is True

    def test_concurrent_subscriptions_grant_once(self, client: stripe.StripeClient,
                                                 http: httpx.Client) -> None:
        self._billing(http)
        product, [feature] = product_with_features(client)
        customer = create_customer(client)
        prices = [client.v1.prices.create({"product": product.id, "currency": "usd",
                                           "unit_amount": 1000,
                                           "recurring": {"interval": "month"}})
                  for _ in range(4)]

        def subscribe(price: str) -> str:
            return client.v1.subscriptions.create({
                "customer": customer.id, "items": [{"price": price}],
                "collection_method": "send_invoice", "days_until_due": 30}).status

        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            statuses = list(pool.map(subscribe, [p.id for p in prices]))
        assert statuses == ["active"] * 4
        assert [e.feature for e in entitlements(client, customer.id).data] == [feature.id]
        assert len(client.v1.events.list({"type": SUMMARY}).data) == 1
