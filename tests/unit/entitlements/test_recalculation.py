"""Recalculation from subscription events, on a real store: what is granted, when Stripe
recalculates, ids, and the summary event."""

from __future__ import annotations

import pytest

from stripe_emulator.areas.entitlements.models import ENTITLING_STATUSES
from tests.unit.entitlements.conftest import T0, World
from tests.unit.entitlements.subscriptions import MONTH, subscription

pytestmark = pytest.mark.anyio

ALL_STATUSES = ["trialing", "active", "past_due", "paused", "unpaid", "incomplete",
                "incomplete_expired", "canceled"]


class TestGrant:
    async def test_subscription_created_grants_the_products_features(self, world: World
                                                                      ) -> None:
        product, feature_ids = await world.product_with_features(2)
        customer = await world.customer()
        await world.subscribe(customer, [product])
        listed = await world.entitlements(customer)
        assert sorted(e["feature"] for e in listed["data"]) == sorted(feature_ids)
        assert all(e["id"].startswith("ent_test_") for e in listed["data"])
        assert all(set(e) == {"id", "object", "feature", "livemode", "lookup_key"}
                   for e in listed["data"])

    @pytest.mark.parametrize("status", ALL_STATUSES)
    async def test_entitling_statuses(self, world: World, status: str) -> None:
        product, feature_ids = await world.product_with_features()
        customer = await world.customer()
        await world.subscribe(customer, [product], status=status)
        expected = feature_ids if status in {"trialing", "active", "past_due", "paused",
                                             "unpaid"} else []
        assert await world.features_of(customer) == expected
        assert {"trialing", "active", "past_due", "paused", "unpaid"} == ENTITLING_STATUSES

    async def test_product_without_features_grants_nothing(self, world: World) -> None:
        customer = await world.customer()
        await world.subscribe(customer, [await world.product()])
        assert await world.features_of(customer) == []
        assert await world.summaries(customer) == []

    async def test_one_entitlement_per_feature_across_products(self, world: World) -> None:
        shared = await world.feature()
        a, b = await world.product(), await world.product()
        await world.attach(a, shared["id"])
        await world.attach(b, shared["id"])
        customer = await world.customer()
        await world.subscribe(customer, [a, b])
        assert await world.features_of(customer) == [shared["id"]]

    async def test_customers_do_not_share_entitlements(self, world: World) -> None:
        product, _ = await world.product_with_features()
        one, two = await world.customer(), await world.customer()
        await world.subscribe(one, [product])
        assert await world.features_of(two) == []


class TestTwoSubscriptionsOneFeature:
    async def test_one_entitlement_kept_until_the_last_grant_ends(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        first = await world.subscribe(customer, [product])
        second = await world.subscribe(customer, [product])
        [entitlement] = (await world.entitlements(customer))["data"]
        assert len(await world.summaries(customer)) == 1

        await world.cancel(first)
        assert (await world.entitlements(customer))["data"] == [entitlement]
        assert len(await world.summaries(customer)) == 1  # set unchanged: no event

        await world.cancel(second)
        assert await world.features_of(customer) == []
        assert len(await world.summaries(customer)) == 2


class TestIds:
    async def test_id_stable_while_continuously_granted(self, world: World) -> None:
        product, _ = await world.product_with_features()
        extra, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        [before] = (await world.entitlements(customer))["data"]
        renewed = subscription(sub["id"], customer, [product, extra],
                               period_end=T0 + 2 * MONTH)
        await world.update(sub, {"items": sub["items"]}, **{"items": renewed["items"]})
        ids = [e["id"] for e in (await world.entitlements(customer))["data"]]
        assert before["id"] in ids and len(ids) == 2

    async def test_new_id_after_a_gap(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        [first] = (await world.entitlements(customer))["data"]
        await world.cancel(sub)
        await world.subscribe(customer, [product])
        [second] = (await world.entitlements(customer))["data"]
        assert second["feature"] == first["feature"] and second["id"] != first["id"]


class TestWhenStripeRecalculates:
    async def test_status_only_change_does_not_recalculate(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        late = await world.feature()
        await world.attach(product, late["id"])  # not granted until the next recalculation
        await world.update(sub, {"status": "active"}, status="past_due")
        assert late["id"] not in await world.features_of(customer)
        assert len(await world.summaries(customer)) == 1

    async def test_renewal_recalculates(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        late = await world.feature()
        await world.attach(product, late["id"])
        renewed = subscription(sub["id"], customer, [product], period_end=T0 + 2 * MONTH)
        await world.update(sub, {"items": sub["items"], "latest_invoice": None},
                           at=T0 + MONTH, items=renewed["items"], latest_invoice="in_2")
        assert late["id"] in await world.features_of(customer)
        summary = (await world.summaries(customer))[-1]
        assert summary["created"] == T0 + MONTH

    async def test_attach_and_detach_wait_for_the_next_recalculation(self, world: World
                                                                       ) -> None:
        product, [kept] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        assert await world.features_of(customer) == [kept]
        gained = await world.feature()
        await world.attach(product, gained["id"])
        assert await world.features_of(customer) == [kept]
        # Cancel at period end: an update, so a recalculation (the status stays active).
        await world.update(sub, {"cancel_at_period_end": False, "cancel_at": None},
                           cancel_at_period_end=True, cancel_at=T0 + MONTH)
        assert sorted(await world.features_of(customer)) == sorted([kept, gained["id"]])

    async def test_detached_feature_revoked_at_next_recalculation(self, world: World) -> None:
        product = await world.product()
        feature = await world.feature()
        pf = await world.attach(product, feature["id"])
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        await world.detach(product, pf)
        assert await world.features_of(customer) == [feature["id"]]
        await world.update(sub, {"metadata": {}}, metadata={"plan": "x"})
        assert await world.features_of(customer) == []

    async def test_archiving_does_not_revoke(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        await world.archive(feature_id)
        assert await world.features_of(customer) == [feature_id]
        await world.update(sub, {"metadata": {}}, metadata={"plan": "x"})
        assert await world.features_of(customer) == [feature_id]

    async def test_incomplete_to_active_grants(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product], status="incomplete")
        assert await world.features_of(customer) == []
        await world.update(sub, {"status": "incomplete"}, status="active")
        assert await world.features_of(customer) == [feature_id]

    async def test_incomplete_expired_grants_nothing(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product], status="incomplete")
        await world.update(sub, {"status": "incomplete"}, status="incomplete_expired")
        assert await world.features_of(customer) == []
        assert await world.summaries(customer) == []

    async def test_trial_ending_into_paused_keeps_entitlements(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product], status="trialing")
        paused = {**sub, "status": "paused"}
        await world.event("customer.subscription.paused", paused)
        await world.update(sub, {"status": "trialing"}, status="paused")
        assert await world.features_of(customer) == [feature_id]
        assert len(await world.summaries(customer)) == 1

    async def test_cancel_now_revokes(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        await world.cancel(sub)
        assert await world.features_of(customer) == []

    async def test_price_change_to_another_product(self, world: World) -> None:
        basic, [basic_feature] = await world.product_with_features()
        pro, [pro_feature] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [basic])
        moved = subscription(sub["id"], customer, [pro])
        await world.update(sub, {"items": sub["items"]}, items=moved["items"])
        assert await world.features_of(customer) == [pro_feature]
        summary = (await world.summaries(customer))[-1]["data"]
        assert [e["feature"]["id"] for e in summary["previous_attributes"]["entitlements"]
                ["data"]] == [basic_feature]

    async def test_unknown_subscription_update_is_learned(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        sub = subscription("sub_seen_late", customer, [product])
        await world.update(sub, {"status": "active"}, status="past_due")
        assert await world.features_of(customer) == [feature_id]

    async def test_customer_deleted_revokes(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        await world.subscribe(customer, [product])
        await world.event("customer.deleted", {"id": customer, "object": "customer"})
        summaries = await world.summaries(customer)
        assert summaries[-1]["data"]["object"]["entitlements"]["data"] == []

    async def test_other_events_are_ignored(self, world: World) -> None:
        customer = await world.customer()
        await world.event("invoice.paid", {"id": "in_1", "object": "invoice",
                                           "customer": customer})
        await world.event("customer.subscription.updated", {"id": "x", "object": "invoice"})
        assert await world.summaries() == []


class TestSummaryEvent:
    async def test_shape_and_previous_attributes(self, world: World) -> None:
        product, [feature_id] = await world.product_with_features()
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        await world.cancel(sub, at=T0 + 60)
        granted, revoked = await world.summaries(customer)
        assert granted["type"] == "entitlements.active_entitlement_summary.updated"
        summary = granted["data"]["object"]
        assert set(summary) == {"object", "customer", "entitlements", "livemode"}
        assert summary["object"] == "entitlements.active_entitlement_summary"
        assert summary["livemode"] is False
        listed = summary["entitlements"]
        assert listed["object"] == "list" and listed["has_more"] is False
        assert listed["url"] == "/v1/entitlements/active_entitlements"
        [entitlement] = listed["data"]
        assert entitlement["feature"]["id"] == feature_id  # expanded inside the summary
        assert entitlement["feature"]["object"] == "entitlements.feature"
        assert "customer" not in entitlement
        assert granted["data"]["previous_attributes"]["entitlements"]["data"] == []
        assert revoked["data"]["object"]["entitlements"]["data"] == []
        assert revoked["data"]["previous_attributes"]["entitlements"]["data"] == [entitlement]
        assert revoked["created"] == T0 + 60

    async def test_first_page_of_ten_and_has_more(self, world: World) -> None:
        product, feature_ids = await world.product_with_features(12)
        customer = await world.customer()
        sub = await world.subscribe(customer, [product])
        [summary] = await world.summaries(customer)
        listed = summary["data"]["object"]["entitlements"]
        assert len(listed["data"]) == 10 and listed["has_more"] is True
        assert len((await world.entitlements(customer))["data"]) == 12
        await world.cancel(sub)
        previous = (await world.summaries(customer))[-1]["data"]["previous_attributes"]
        assert len(previous["entitlements"]["data"]) == 10
        assert previous["entitlements"]["has_more"] is True
        assert (await world.entitlements(customer))["data"] == []
        assert len(feature_ids) == 12

    async def test_once_per_customer_per_change(self, world: World) -> None:
        product, _ = await world.product_with_features(3)
        one, two = await world.customer(), await world.customer()
        await world.subscribe(one, [product])
        await world.subscribe(two, [product])
        assert len(await world.summaries(one)) == 1
        assert len(await world.summaries(two)) == 1

    async def test_test_clock_time(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        at = T0 + 400 * 24 * 3600
        await world.subscribe(customer, [product], at=at)
        [summary] = await world.summaries(customer)
        assert summary["created"] == at


class TestAtomicity:
    async def test_rolled_back_change_leaves_no_entitlement(self, world: World) -> None:
        product, _ = await world.product_with_features()
        customer = await world.customer()
        sub = subscription("sub_rolled_back", customer, [product])
        from stripe_emulator.events import emit

        with pytest.raises(RuntimeError):
            async with world.unit() as ctx:
                await emit(ctx, "customer.subscription.created", sub)
                raise RuntimeError("billing failed after emitting")
        assert await world.features_of(customer) == []
        assert await world.summaries() == []


class TestListing:
    async def test_newest_first_and_expand(self, world: World) -> None:
        first, [old] = await world.product_with_features()
        second, [new] = await world.product_with_features()
        customer = await world.customer()
        await world.subscribe(customer, [first], at=T0)
        sub = await world.subscribe(customer, [second], at=T0 + 10)
        assert sub["status"] == "active"
        listed = await world.entitlements(customer, expand=["data.feature"])
        assert [e["feature"]["id"] for e in listed["data"]] == [new, old]
        assert listed["data"][0]["feature"]["object"] == "entitlements.feature"


class TestTestClockDeleted:
    async def test_clock_customers_rows_dropped_silently(self, world: World) -> None:
        product, _ = await world.product_with_features()
        on_clock, elsewhere = await world.customer(), await world.customer()
        sub = subscription("sub_on_clock", on_clock, [product], test_clock="clock_1")
        await world.event("customer.subscription.created", sub)
        await world.subscribe(elsewhere, [product])
        async with world.unit() as ctx:  # Billing deletes the clock's customers, no events
            await ctx.objects.delete({"id": on_clock, "object": "customer"})
        await world.event("test_helpers.test_clock.deleted",
                          {"id": "clock_1", "object": "test_helpers.test_clock"})
        async with world.unit() as ctx:
            held = await ctx.objects.all("entitlements.active_entitlement")
        assert {e["customer"] for e in held} == {elsewhere}
        assert len(await world.summaries(on_clock)) == 1  # the grant; no revoke event
