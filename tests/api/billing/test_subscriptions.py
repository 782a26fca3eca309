"""Subscriptions through the official SDK: creation and payment behaviours, trials,
cancellation, resume, updates, lists, and Stripe's errors for bad params."""

from __future__ import annotations

import pytest
import stripe

from tests.api.billing.conftest import DAY, T0, advance, clock_customer, subscribe
from tests.api.core.conftest import create_customer, create_price, create_product
from tests.api.payments.conftest import CHARGE_FAILS, attached_card, create_card
from tests.conformance import assert_conforms

FEB1 = 1_769_904_000  # 2026-02-01T00:00:00Z
MAR1 = 1_772_323_200  # 2026-03-01T00:00:00Z


class TestCreateSubscription:
    def test_charged_at_once(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        price = create_price(client)
        sub = subscribe(client, customer.id, price.id, metadata={"plan": "gold"})
        assert sub.id.startswith("sub_") and sub.status == "active"
        assert (sub.start_date, sub.created, sub.billing_cycle_anchor) == (T0, T0, T0)
        assert sub.test_clock == clock.id and sub.currency == "usd"
        item = sub["items"].data[0]
        assert item.id.startswith("si_") and item.price.id == price.id
        assert (item.current_period_start, item.current_period_end) == (T0, FEB1)
        assert item.quantity == 1 and item.plan.id == price.id
        assert_conforms(sub)
        assert_conforms(item)
        invoice = client.v1.invoices.retrieve(sub.latest_invoice, {"expand": ["payments"]})  # type: ignore[arg-type]
        assert (invoice.status, invoice.billing_reason) == ("paid", "subscription_create")
        assert (invoice.amount_due, invoice.amount_paid, invoice.amount_remaining) == (
            1000, 1000, 0)
        assert invoice.number and invoice.number.endswith("-0001")
        assert invoice.parent.subscription_details.subscription == sub.id  # type: ignore[union-attr]
        assert_conforms(invoice)
        assert_conforms(invoice.payments.data[0])
        line = invoice.lines.data[0]
        assert line.amount == 1000 and line.period.start == T0 and line.period.end == FEB1
        assert line.description == "1 × Gold plan (at $10.00 / month)"
        assert_conforms(line)
        pi = client.v1.payment_intents.retrieve(
            invoice.payments.data[0].payment.payment_intent)  # type: ignore[arg-type]
        assert pi.status == "succeeded" and pi.amount_received == 1000
        assert_conforms(pi)
        charge = client.v1.charges.retrieve(pi.latest_charge)  # type: ignore[arg-type]
        assert charge.status == "succeeded" and charge.paid and charge.captured
        assert charge.payment_method_details.card.last4 == "4242"  # type: ignore[union-attr]
        assert_conforms(charge)
        types = [e.type for e in client.v1.events.list({"limit": 30}).data]
        for expected in ("customer.subscription.created", "invoice.created",
                         "invoice.finalized", "invoice.paid", "invoice.payment_succeeded",
                         "payment_intent.created", "payment_intent.succeeded",
                         "charge.succeeded"):
            assert expected in types
        event = client.v1.events.list({"type": "customer.subscription.created"}).data[0]
        assert event.created == T0 and event.data.object.status == "active"

    def test_quantities_and_several_items(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        a = create_price(client, unit_amount=500)
        b = create_price(client, unit_amount=250)
        sub = client.v1.subscriptions.create({"customer": customer.id, "items": [
            {"price": a.id, "quantity": 3}, {"price": b.id}]})
        invoice = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        assert invoice.amount_paid == 1750
        assert [ln.amount for ln in invoice.lines.data] == [1500, 250]
        lines = client.v1.invoices.line_items.list(invoice.id)
        assert [ln.quantity for ln in lines.data] == [3, 1]

    def test_price_data(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        product = create_product(client)
        sub = client.v1.subscriptions.create({"customer": customer.id, "items": [{
            "price_data": {"currency": "usd", "product": product.id, "unit_amount": 700,
                           "recurring": {"interval": "week"}}}]})
        item = sub["items"].data[0]
        assert item.price.unit_amount == 700 and item.price.active is False
        assert item.current_period_end == T0 + 7 * DAY

    def test_without_payment_method_is_incomplete(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client, card=None)
        sub = subscribe(client, customer.id, create_price(client).id)
        assert sub.status == "incomplete"
        invoice = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "open" and invoice.attempt_count == 1
        advance(client, clock.id, T0 + 24 * 3600)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "incomplete_expired" and after.ended_at == T0 + 23 * 3600
        assert client.v1.invoices.retrieve(invoice.id).status == "void"

    def test_declined_first_payment_is_incomplete_then_paid(
            self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=CHARGE_FAILS)
        sub = subscribe(client, customer.id, create_price(client).id)
        assert sub.status == "incomplete"
        invoice = client.v1.invoices.retrieve(sub.latest_invoice, {"expand": ["payments"]})  # type: ignore[arg-type]
        pi = client.v1.payment_intents.retrieve(
            invoice.payments.data[0].payment.payment_intent)  # type: ignore[arg-type]
        assert pi.status == "requires_payment_method"
        assert pi.last_payment_error.code == "card_declined"  # type: ignore[union-attr]
        assert_conforms(pi)
        charge = client.v1.charges.retrieve(pi.latest_charge)  # type: ignore[arg-type]
        assert charge.status == "failed" and charge.failure_code == "card_declined"
        assert charge.balance_transaction is None
        good = attached_card(client, customer.id, default=False)
        paid = client.v1.invoices.pay(invoice.id, {"payment_method": good.id})
        assert paid.status == "paid"
        assert client.v1.subscriptions.retrieve(sub.id).status == "active"

    def test_error_if_incomplete_creates_nothing(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=CHARGE_FAILS)
        price = create_price(client)
        with pytest.raises(stripe.CardError) as e:
            subscribe(client, customer.id, price.id, payment_behavior="error_if_incomplete")
        assert e.value.code == "card_declined"
        assert client.v1.subscriptions.list({"status": "all"}).data == []
        assert client.v1.invoices.list().data == []
        assert client.v1.charges.list().data == []

    def test_default_incomplete(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id,
                        payment_behavior="default_incomplete")
        assert sub.status == "incomplete"
        invoice = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "open" and invoice.attempt_count == 0
        assert invoice.confirmation_secret is not None
        assert client.v1.invoices.pay(invoice.id).status == "paid"
        assert client.v1.subscriptions.retrieve(sub.id).status == "active"

    def test_send_invoice(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=None)
        sub = subscribe(client, customer.id, create_price(client).id,
                        collection_method="send_invoice", days_until_due=30)
        assert sub.status == "active" and sub.days_until_due == 30
        invoice = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "open" and invoice.due_date == T0 + 30 * DAY

    def test_default_payment_method_of_subscription(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=None)
        pm = attached_card(client, customer.id, default=False)
        sub = subscribe(client, customer.id, create_price(client).id,
                        default_payment_method=pm.id)
        assert sub.status == "active" and sub.default_payment_method == pm.id


class TestCreateSubscriptionErrors:
    def _refused(self, client: stripe.StripeClient, param: str, **params: object) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.subscriptions.create(params)  # type: ignore[arg-type]
        assert e.value.param == param
        assert client.v1.subscriptions.list({"status": "all"}).data == []
        assert client.v1.invoices.list().data == []

    def test_unknown_price(self, client: stripe.StripeClient,
                           customer: stripe.Customer) -> None:
        self._refused(client, "items[0][price]", customer=customer.id,
                      items=[{"price": "price_nope"}])

    def test_inactive_price(self, client: stripe.StripeClient,
                            customer: stripe.Customer) -> None:
        price = create_price(client, active=False)
        with pytest.raises(stripe.InvalidRequestError) as e:
            subscribe(client, customer.id, price.id)
        assert "inactive" in str(e.value.user_message)
        self._refused(client, "items[0][price]", customer=customer.id,
                      items=[{"price": price.id}])

    def test_one_time_price(self, client: stripe.StripeClient,
                            customer: stripe.Customer) -> None:
        price = client.v1.prices.create({"currency": "usd", "unit_amount": 5,
                                         "product_data": {"name": "x"}})
        self._refused(client, "items[0][price]", customer=customer.id,
                      items=[{"price": price.id}])

    def test_mixed_currencies(self, client: stripe.StripeClient,
                              customer: stripe.Customer) -> None:
        usd = create_price(client)
        eur = create_price(client, currency="eur")
        with pytest.raises(stripe.InvalidRequestError) as e:
            subscribe(client, customer.id, usd.id, eur.id)
        assert "Found mismatch in currency field" in str(e.value.user_message)
        self._refused(client, "items", customer=customer.id,
                      items=[{"price": usd.id}, {"price": eur.id}])

    def test_mixed_intervals(self, client: stripe.StripeClient,
                             customer: stripe.Customer) -> None:
        monthly = create_price(client)
        yearly = create_price(client, recurring={"interval": "year"})
        self._refused(client, "items", customer=customer.id,
                      items=[{"price": monthly.id}, {"price": yearly.id}])

    def test_customer_currency_cannot_change(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        subscribe(client, customer.id, create_price(client).id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            subscribe(client, customer.id, create_price(client, currency="eur").id)
        assert e.value.param == "currency"

    def test_unknown_customer(self, client: stripe.StripeClient) -> None:
        price = create_price(client)
        self._refused(client, "customer", customer="cus_nope", items=[{"price": price.id}])

    def test_items_required(self, client: stripe.StripeClient,
                            customer: stripe.Customer) -> None:
        self._refused(client, "items", customer=customer.id)

    def test_payment_method_must_be_attached(self, client: stripe.StripeClient,
                                             customer: stripe.Customer) -> None:
        price = create_price(client)
        pm = create_card(client)
        self._refused(client, "default_payment_method", customer=customer.id,
                      items=[{"price": price.id}], default_payment_method=pm.id)

    def test_trial_end_in_the_past(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        price = create_price(client)
        self._refused(client, "trial_end", customer=customer.id, items=[{"price": price.id}],
                      trial_end=T0 - 10)

    def test_unsupported_param_is_refused(self, client: stripe.StripeClient,
                                          customer: stripe.Customer) -> None:
        price = create_price(client)
        self._refused(client, "add_invoice_items", customer=customer.id,
                      items=[{"price": price.id}], add_invoice_items=[{"price": price.id}])


class TestTrials:
    def test_trial_then_paid(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id, trial_period_days=14)
        assert sub.status == "trialing"
        assert (sub.trial_start, sub.trial_end) == (T0, T0 + 14 * DAY)
        assert sub["items"].data[0].current_period_end == T0 + 14 * DAY
        first = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        assert first.status == "paid" and first.amount_due == 0
        assert first.lines.data[0].description == "Trial period for Gold plan"
        advance(client, clock.id, T0 + 12 * DAY)
        will_end = client.v1.events.list({"type": "customer.subscription.trial_will_end"})
        assert will_end.data[0].created == T0 + 11 * DAY
        advance(client, clock.id, T0 + 14 * DAY + 2 * 3600)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "active"
        assert after["items"].data[0].current_period_start == T0 + 14 * DAY
        invoice = client.v1.invoices.retrieve(after.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "paid" and invoice.amount_paid == 1000
        assert invoice.billing_reason == "subscription_cycle"
        assert invoice.status_transitions.finalized_at == T0 + 14 * DAY + 3600

    def test_trial_end_timestamp_and_end_now(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id,
                        trial_end=T0 + 5 * DAY)
        assert sub.status == "trialing" and sub.trial_end == T0 + 5 * DAY
        ended = client.v1.subscriptions.update(sub.id, {"trial_end": "now"})
        assert ended.status == "active" and ended.trial_end == T0
        invoice = client.v1.invoices.retrieve(ended.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "paid" and invoice.amount_paid == 1000

    def test_trial_from_plan(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        price = create_price(client, recurring={"interval": "month",
                                                "trial_period_days": 7})
        sub = subscribe(client, customer.id, price.id, trial_from_plan=True)
        assert sub.trial_end == T0 + 7 * DAY

    @pytest.mark.parametrize("behavior,status", [("pause", "paused"), ("cancel", "canceled"),
                                                 ("create_invoice", "past_due")])
    def test_trial_without_payment_method(self, client: stripe.StripeClient, behavior: str,
                                          status: str) -> None:
        clock, customer = clock_customer(client, card=None)
        sub = subscribe(client, customer.id, create_price(client).id, trial_period_days=7,
                        trial_settings={"end_behavior": {"missing_payment_method": behavior}})
        assert sub.status == "trialing"
        assert sub.trial_settings.end_behavior.missing_payment_method == behavior  # type: ignore[union-attr]
        advance(client, clock.id, T0 + 7 * DAY + 2 * 3600)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == status
        assert_conforms(after)
        if status == "paused":
            assert after.status_details.paused.subscription.type == \
                "trial_end_without_payment_method"  # type: ignore[union-attr]
            assert client.v1.events.list({"type": "customer.subscription.paused"}).data
        if status == "canceled":
            assert after.ended_at == T0 + 7 * DAY
        if status == "past_due":
            invoice = client.v1.invoices.retrieve(after.latest_invoice)  # type: ignore[arg-type]
            assert invoice.status == "open" and invoice.attempt_count == 1

    def test_resume_paused(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client, card=None)
        sub = subscribe(client, customer.id, create_price(client).id, trial_period_days=7,
                        trial_settings={"end_behavior": {"missing_payment_method": "pause"}})
        advance(client, clock.id, T0 + 8 * DAY)
        attached_card(client, customer.id)
        resumed = client.v1.subscriptions.resume(sub.id)
        assert resumed.status == "active" and resumed.billing_cycle_anchor == T0 + 8 * DAY
        assert resumed["items"].data[0].current_period_start == T0 + 8 * DAY
        invoice = client.v1.invoices.retrieve(resumed.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "paid"
        assert client.v1.events.list({"type": "customer.subscription.resumed"}).data

    def test_resume_refused_unless_paused(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.subscriptions.resume(sub.id)


class TestCancelSubscription:
    def test_cancel_now(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        canceled = client.v1.subscriptions.cancel(sub.id, {"cancellation_details": {
            "comment": "too pricey", "feedback": "too_expensive"}})
        assert canceled.status == "canceled"
        assert canceled.canceled_at == canceled.ended_at == T0
        details = canceled.cancellation_details
        assert details is not None and details.reason == "cancellation_requested"
        assert (details.comment, details.feedback) == ("too pricey", "too_expensive")
        event = client.v1.events.list({"type": "customer.subscription.deleted"}).data[0]
        assert event.data.object.id == sub.id
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.subscriptions.cancel(sub.id)

    def test_cancel_at_period_end(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        set_ = client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})
        assert set_.status == "active" and set_.cancel_at == FEB1 and set_.canceled_at == T0
        event = client.v1.events.list({"type": "customer.subscription.updated"}).data[0]
        assert event.data.previous_attributes["cancel_at_period_end"] is False
        advance(client, clock.id, FEB1 + 2 * 3600)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "canceled" and after.ended_at == FEB1
        assert len(client.v1.invoices.list({"subscription": sub.id}).data) == 1

    def test_undo_cancel_at_period_end(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})
        undone = client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": False})
        assert undone.cancel_at is None and undone.canceled_at is None
        advance(client, clock.id, FEB1 + 2 * 3600)
        assert client.v1.subscriptions.retrieve(sub.id).status == "active"

    def test_cancel_at(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id, cancel_at=T0 + 10 * DAY)
        assert sub.cancel_at == T0 + 10 * DAY and sub.cancel_at_period_end is False
        advance(client, clock.id, T0 + 11 * DAY)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "canceled" and after.ended_at == T0 + 10 * DAY


class TestUpdateSubscription:
    def test_quantity_change_bills_next_period(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        item = sub["items"].data[0]
        updated = client.v1.subscriptions.update(sub.id, {"items": [{"id": item.id,
                                                                      "quantity": 2}],
                                                          "metadata": {"seats": "2"}})
        assert updated["items"].data[0].quantity == 2 and updated.metadata["seats"] == "2"
        advance(client, clock.id, FEB1 + 2 * 3600)
        invoice = client.v1.invoices.list({"subscription": sub.id}).data[0]
        assert invoice.amount_paid == 2000

    def test_change_interval_restarts_cycle(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        yearly = create_price(client, recurring={"interval": "year"}, unit_amount=10000)
        item = sub["items"].data[0]
        updated = client.v1.subscriptions.update(sub.id, {"items": [
            {"id": item.id, "deleted": True}, {"price": yearly.id}]})
        assert [i.price.id for i in updated["items"].data] == [yearly.id]
        invoice = client.v1.invoices.retrieve(updated.latest_invoice)  # type: ignore[arg-type]
        assert invoice.amount_paid == 10000 and invoice.billing_reason == "subscription_update"

    def test_canceled_can_only_change_metadata(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        client.v1.subscriptions.cancel(sub.id)
        assert client.v1.subscriptions.update(sub.id, {"metadata": {"a": "b"}}).metadata["a"] \
            == "b"
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})


class TestListSubscriptions:
    def test_status_filters(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        price = create_price(client)
        live = subscribe(client, customer.id, price.id)
        gone = subscribe(client, customer.id, price.id)
        client.v1.subscriptions.cancel(gone.id)

        def ids(**params: object) -> list[str]:
            return [s.id for s in client.v1.subscriptions.list(params).data]  # type: ignore[arg-type]

        assert ids() == [live.id]
        assert ids(status="all") == [gone.id, live.id]
        assert ids(status="ended") == [gone.id]
        assert ids(status="canceled") == [gone.id]
        assert ids(status="active") == [live.id]
        assert ids(customer=customer.id, status="all") == [gone.id, live.id]
        assert ids(customer=create_customer(client).id) == []
        assert ids(price=price.id) == [live.id]
        assert ids(price=create_price(client).id) == []

    def test_expand_latest_invoice(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        subscribe(client, customer.id, create_price(client).id)
        sub = client.v1.subscriptions.list({"expand": ["data.latest_invoice"]}).data[0]
        assert sub.latest_invoice.status == "paid"  # type: ignore[union-attr]


class TestCustomerDeletion:
    def test_deleting_the_customer_cancels_its_subscriptions(
            self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        client.v1.customers.delete(customer.id)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "canceled" and after.ended_at == T0


class TestConfirmInvoicePaymentIntent:
    def _incomplete(self, client: stripe.StripeClient) -> tuple[stripe.Subscription, str]:
        _, customer = clock_customer(client, card=None)
        sub = subscribe(client, customer.id, create_price(client).id,
                        payment_behavior="default_incomplete",
                        expand=["latest_invoice.payments"])
        invoice = sub.latest_invoice
        pi_id = invoice.payments.data[0].payment.payment_intent  # type: ignore[union-attr]
        assert invoice.confirmation_secret.client_secret.startswith(pi_id)  # type: ignore[union-attr]
        return sub, pi_id

    def test_confirm_activates_the_subscription(self, client: stripe.StripeClient) -> None:
        sub, pi_id = self._incomplete(client)
        pi = client.v1.payment_intents.confirm(pi_id, {"payment_method": "pm_card_visa"})
        assert pi.status == "succeeded"
        assert client.v1.subscriptions.retrieve(sub.id).status == "active"
        assert client.v1.invoices.retrieve(
            sub.latest_invoice.id).status == "paid"  # type: ignore[union-attr]

    def test_declined_confirm_is_a_card_error(self, client: stripe.StripeClient) -> None:
        sub, pi_id = self._incomplete(client)
        with pytest.raises(stripe.CardError) as e:
            client.v1.payment_intents.confirm(pi_id, {"payment_method":
                                                      "pm_card_chargeCustomerFail"})
        assert e.value.code == "card_declined"
        assert e.value.error.payment_intent.id == pi_id  # type: ignore[union-attr]
        assert client.v1.subscriptions.retrieve(sub.id).status == "incomplete"

    def test_confirm_without_payment_method(self, client: stripe.StripeClient) -> None:
        _, pi_id = self._incomplete(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.payment_intents.confirm(pi_id)
        assert e.value.code == "payment_intent_unexpected_state"
