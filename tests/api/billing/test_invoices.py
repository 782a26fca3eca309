"""Invoices through the official SDK: renewals under a test clock, failed payments and
Stripe's retry schedule, pay / void / mark_uncollectible / finalize, lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from stripe_emulator.testing import EmulatorServer
from tests.api.billing.conftest import DAY, T0, advance, clock_customer, subscribe
from tests.api.core.conftest import create_price
from tests.api.payments.conftest import CHARGE_FAILS, attached_card
from tests.conformance import assert_conforms

FEB1 = 1_769_904_000  # 2026-02-01T00:00:00Z
MAR1 = 1_772_323_200
APR1 = 1_775_001_600
HOUR = 3600
RETRY_DAYS = (1, 3, 5, 7, 9, 11, 14)


def _renewal_that_fails(client: stripe.StripeClient,
                        ) -> tuple[stripe.test_helpers.TestClock, stripe.Subscription]:
    """A monthly subscription paid at creation whose card declines from then on."""
    clock, customer = clock_customer(client)
    sub = subscribe(client, customer.id, create_price(client).id)
    assert sub.status == "active"
    attached_card(client, customer.id, CHARGE_FAILS)  # becomes the default card
    return clock, sub


class TestRenewals:
    def test_three_months_make_four_paid_invoices(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        for when in (FEB1, MAR1, APR1):
            advance(client, clock.id, when + 2 * HOUR)
        invoices = client.v1.invoices.list({"subscription": sub.id}).data
        assert len(invoices) == 4
        assert [i.status for i in invoices] == ["paid"] * 4
        assert [i.created for i in invoices] == [APR1, MAR1, FEB1, T0]
        assert [i.billing_reason for i in invoices] == ["subscription_cycle"] * 3 + [
            "subscription_create"]
        assert [i.number.rsplit("-", 1)[1] for i in invoices] == [  # type: ignore[union-attr]
            "0004", "0003", "0002", "0001"]
        renewal = invoices[0]
        assert (renewal.period_start, renewal.period_end) == (MAR1, APR1)
        assert renewal.lines.data[0].period.start == APR1
        assert renewal.status_transitions.paid_at == APR1 + HOUR
        after = client.v1.subscriptions.retrieve(sub.id)
        item = after["items"].data[0]
        assert (item.current_period_start, item.current_period_end) == (
            APR1, 1_777_593_600)  # 2026-05-01
        assert after.latest_invoice == renewal.id and after.status == "active"
        assert len(client.v1.charges.list({"customer": customer.id}).data) == 4
        created = client.v1.events.list({"type": "invoice.created", "limit": 10}).data
        assert [e.created for e in created] == [APR1, MAR1, FEB1, T0]
        assert all(e.request.id is None for e in created[:3])
        # 4 x (1000 - 59 fee): three released two days after their charge, one pending.
        balance = client.v1.balance.retrieve()
        assert balance.available[0].amount == 3 * 941
        assert balance.pending[0].amount == 941

    def test_renewal_is_a_draft_for_an_hour(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        advance(client, clock.id, FEB1 + 60)
        draft = client.v1.invoices.retrieve(
            client.v1.subscriptions.retrieve(sub.id).latest_invoice)  # type: ignore[arg-type]
        assert draft.status == "draft" and draft.number is None
        assert draft.automatically_finalizes_at == FEB1 + HOUR
        assert_conforms(draft)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        assert client.v1.invoices.retrieve(draft.id).status == "paid"


class TestFailedPayments:
    def test_past_due_then_canceled_after_retries(self, client: stripe.StripeClient) -> None:
        clock, sub = _renewal_that_fails(client)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "past_due"
        invoice = client.v1.invoices.retrieve(after.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "open" and invoice.attempt_count == 1
        assert invoice.next_payment_attempt == FEB1 + HOUR + DAY
        assert client.v1.customers.retrieve(after.customer).delinquent is True  # type: ignore[arg-type]
        failed = client.v1.events.list({"type": "invoice.payment_failed"}).data
        assert failed[0].created == FEB1 + HOUR
        advance(client, clock.id, FEB1 + HOUR + 6 * DAY)
        invoice = client.v1.invoices.retrieve(invoice.id)
        assert invoice.attempt_count == 4
        assert invoice.next_payment_attempt == FEB1 + HOUR + 7 * DAY
        advance(client, clock.id, FEB1 + HOUR + 15 * DAY)
        invoice = client.v1.invoices.retrieve(invoice.id)
        assert invoice.attempt_count == 8 and invoice.next_payment_attempt is None
        assert invoice.status == "open"  # default: the invoice is left past due
        failed = client.v1.events.list({"type": "invoice.payment_failed", "limit": 20}).data
        assert sorted(e.created for e in failed) == [FEB1 + HOUR] + [
            FEB1 + HOUR + d * DAY for d in RETRY_DAYS]
        ended = client.v1.subscriptions.retrieve(sub.id)
        assert ended.status == "canceled" and ended.ended_at == FEB1 + HOUR + 14 * DAY
        assert ended.cancellation_details.reason == "payment_failed"  # type: ignore[union-attr]
        statuses = [e.data.object.status for e in client.v1.events.list(
            {"type": "customer.subscription.updated"}).data]
        assert "past_due" in statuses

    def test_paying_a_past_due_invoice_reactivates(self, client: stripe.StripeClient) -> None:
        clock, sub = _renewal_that_fails(client)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        after = client.v1.subscriptions.retrieve(sub.id)
        good = attached_card(client, after.customer)  # type: ignore[arg-type]
        paid = client.v1.invoices.pay(after.latest_invoice, {"payment_method": good.id})  # type: ignore[arg-type]
        assert paid.status == "paid"
        assert client.v1.subscriptions.retrieve(sub.id).status == "active"
        assert client.v1.customers.retrieve(after.customer).delinquent is False  # type: ignore[arg-type]

    def test_pay_with_declining_card_is_a_card_error(self, client: stripe.StripeClient) -> None:
        clock, sub = _renewal_that_fails(client)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        invoice = client.v1.subscriptions.retrieve(sub.id).latest_invoice
        before = client.v1.invoices.retrieve(invoice)  # type: ignore[arg-type]
        with pytest.raises(stripe.CardError) as e:
            client.v1.invoices.pay(invoice)  # type: ignore[arg-type]
        assert e.value.code == "card_declined"
        # The declined attempt is on record, as on Stripe: one more attempt, a failed charge.
        after = client.v1.invoices.retrieve(invoice)  # type: ignore[arg-type]
        assert after.attempt_count == before.attempt_count + 1
        failed = [c for c in client.v1.charges.list({"customer": after.customer}).data
                  if c.status == "failed"]
        assert len(failed) == after.attempt_count

    def test_declined_pay_retried_with_its_key_is_replayed_not_repeated(
            self, client: stripe.StripeClient) -> None:
        """The decline's kept changes and its stored answer commit together: a retry with
        the same Idempotency-Key replays the 402 and makes no second attempt."""
        clock, sub = _renewal_that_fails(client)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        invoice = client.v1.subscriptions.retrieve(sub.id).latest_invoice
        before = client.v1.invoices.retrieve(invoice)  # type: ignore[arg-type]
        errors = []
        for _ in range(2):
            with pytest.raises(stripe.CardError) as e:
                client.v1.invoices.pay(invoice, options={"idempotency_key": f"pay-{invoice}"})  # type: ignore[arg-type]
            errors.append(e.value)
        assert errors[0].json_body == errors[1].json_body
        assert errors[1].headers["idempotent-replayed"] == "true"  # type: ignore[index]
        after = client.v1.invoices.retrieve(invoice)  # type: ignore[arg-type]
        assert after.attempt_count == before.attempt_count + 1


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """A server whose failed-payment settings mark subscriptions unpaid and invoices
    uncollectible (Stripe's Dashboard "Manage failed payments" options)."""
    data_dir: Path = tmp_path_factory.mktemp("strict")
    with EmulatorServer(data_dir=data_dir, subscription_after_failed_retries="unpaid",
                        invoice_after_failed_retries="uncollectible") as s:
        yield s


class TestFailedPaymentSettings:
    def test_unpaid_and_uncollectible(self, strict_server: EmulatorServer) -> None:
        client = strict_server.new_account().client(max_network_retries=0)
        clock, sub = _renewal_that_fails(client)
        advance(client, clock.id, FEB1 + 2 * HOUR)
        advance(client, clock.id, FEB1 + HOUR + 15 * DAY)
        after = client.v1.subscriptions.retrieve(sub.id)
        assert after.status == "unpaid"
        invoice = client.v1.invoices.retrieve(after.latest_invoice)  # type: ignore[arg-type]
        assert invoice.status == "uncollectible"
        assert invoice.status_transitions.marked_uncollectible_at == FEB1 + HOUR + 14 * DAY
        # Unpaid subscriptions keep renewing into drafts that are not charged.
        advance(client, clock.id, MAR1 + 2 * HOUR)
        draft = client.v1.invoices.retrieve(
            client.v1.subscriptions.retrieve(sub.id).latest_invoice)  # type: ignore[arg-type]
        assert draft.status == "draft" and draft.created == MAR1


class TestInvoiceActions:
    def test_void_and_mark_uncollectible(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=None)
        price = create_price(client)
        first = subscribe(client, customer.id, price.id,
                          payment_behavior="default_incomplete")
        voided = client.v1.invoices.void_invoice(first.latest_invoice)  # type: ignore[arg-type]
        assert voided.status == "void" and voided.status_transitions.voided_at == T0
        assert client.v1.events.list({"type": "invoice.voided"}).data
        second = subscribe(client, customer.id, price.id,
                           payment_behavior="default_incomplete")
        marked = client.v1.invoices.mark_uncollectible(second.latest_invoice)  # type: ignore[arg-type]
        assert marked.status == "uncollectible"
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.invoices.mark_uncollectible(marked.id)
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.invoices.pay(voided.id)

    def test_finalize_a_draft_now(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        advance(client, clock.id, FEB1 + 60)
        draft = client.v1.subscriptions.retrieve(sub.id).latest_invoice
        final = client.v1.invoices.finalize_invoice(draft)  # type: ignore[arg-type]
        assert final.status == "paid" and final.status_transitions.finalized_at == FEB1 + 60
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.invoices.finalize_invoice(draft)  # type: ignore[arg-type]

    def test_list_filters(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        price = create_price(client)
        paid = subscribe(client, customer.id, price.id)
        open_ = subscribe(client, customer.id, price.id, payment_behavior="default_incomplete")

        def ids(**params: object) -> list[str]:
            return [i.id for i in client.v1.invoices.list(params).data]  # type: ignore[arg-type]

        assert ids(status="paid") == [paid.latest_invoice]
        assert ids(status="open") == [open_.latest_invoice]
        assert ids(subscription=paid.id) == [paid.latest_invoice]
        assert ids(customer=customer.id) == [open_.latest_invoice, paid.latest_invoice]
        assert ids(collection_method="send_invoice") == []

    def test_unknown_invoice(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.invoices.retrieve("in_nope")
        assert e.value.http_status == 404
