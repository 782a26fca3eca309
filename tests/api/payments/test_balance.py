"""Balance, balance transactions and top-ups through the official SDK."""

from __future__ import annotations

import pytest
import stripe

from tests.api.billing.conftest import DAY, T0, advance, clock_customer, subscribe
from tests.api.core.conftest import create_price
from tests.api.payments.conftest import BYPASS_PENDING
from tests.conformance import assert_conforms


def _charge_of(client: stripe.StripeClient, invoice_id: str) -> stripe.Charge:
    invoice = client.v1.invoices.retrieve(invoice_id, {"expand": ["payments"]})
    pi = client.v1.payment_intents.retrieve(
        invoice.payments.data[0].payment.payment_intent)  # type: ignore[arg-type]
    return client.v1.charges.retrieve(pi.latest_charge)  # type: ignore[arg-type]


class TestBalance:
    def test_empty(self, client: stripe.StripeClient) -> None:
        balance = client.v1.balance.retrieve()
        assert [(b.amount, b.currency) for b in balance.available] == [(0, "usd")]
        assert [(b.amount, b.currency) for b in balance.pending] == [(0, "usd")]
        assert_conforms(balance)

    def test_charge_is_pending_then_available(self, client: stripe.StripeClient) -> None:
        clock, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client, unit_amount=2000).id)
        charge = _charge_of(client, sub.latest_invoice)  # type: ignore[arg-type]
        txn = client.v1.balance_transactions.retrieve(charge.balance_transaction)  # type: ignore[arg-type]
        assert (txn.type, txn.source, txn.amount, txn.fee, txn.net) == (
            "charge", charge.id, 2000, 88, 1912)
        assert txn.fee_details[0].type == "stripe_fee" and txn.fee_details[0].amount == 88
        assert txn.status == "pending" and txn.available_on == T0 + 2 * DAY
        assert txn.reporting_category == "charge" and txn.created == T0
        assert_conforms(txn)
        balance = client.v1.balance.retrieve()
        assert (balance.available[0].amount, balance.pending[0].amount) == (0, 1912)
        advance(client, clock.id, T0 + 2 * DAY)
        assert client.v1.balance_transactions.retrieve(txn.id).status == "available"
        balance = client.v1.balance.retrieve()
        assert (balance.available[0].amount, balance.pending[0].amount) == (1912, 0)
        event = client.v1.events.list({"type": "balance.available"}).data[0]
        assert event.created == T0 + 2 * DAY and event.data.object.available[0].amount == 1912

    def test_bypass_pending_card(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=BYPASS_PENDING)
        sub = subscribe(client, customer.id, create_price(client).id)
        charge = _charge_of(client, sub.latest_invoice)  # type: ignore[arg-type]
        txn = client.v1.balance_transactions.retrieve(charge.balance_transaction)  # type: ignore[arg-type]
        assert txn.status == "available" and txn.available_on == T0
        assert client.v1.balance.retrieve().available[0].amount == 941

    def test_international_card_fee(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client, card=None)
        pm = client.v1.payment_methods.attach("pm_card_fr", {"customer": customer.id})
        client.v1.customers.update(customer.id, {"invoice_settings": {
            "default_payment_method": pm.id}})
        sub = subscribe(client, customer.id, create_price(client).id)
        charge = _charge_of(client, sub.latest_invoice)  # type: ignore[arg-type]
        txn = client.v1.balance_transactions.retrieve(charge.balance_transaction)  # type: ignore[arg-type]
        assert txn.fee == 74  # 4.4% + 30


class TestTopups:
    def test_topup_adds_available_funds(self, client: stripe.StripeClient) -> None:
        topup = client.v1.topups.create({"amount": 5000, "currency": "usd",
                                         "description": "Test funds"})
        assert topup.status == "succeeded" and topup.id.startswith("tu_")
        assert_conforms(topup)
        txn = client.v1.balance_transactions.retrieve(topup.balance_transaction)  # type: ignore[arg-type]
        assert (txn.type, txn.fee, txn.net, txn.status) == ("topup", 0, 5000, "available")
        assert client.v1.balance.retrieve().available[0].amount == 5000
        assert client.v1.topups.retrieve(topup.id).amount == 5000
        assert [t.id for t in client.v1.topups.list({"status": "succeeded"}).data] == [
            topup.id]
        types = {e.type for e in client.v1.events.list().data}
        assert {"topup.created", "topup.succeeded", "balance.available"} <= types

    def test_amount_must_be_positive(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.topups.create({"amount": 0, "currency": "usd"})
        assert e.value.param == "amount"


class TestListBalanceTransactions:
    def test_filters(self, client: stripe.StripeClient) -> None:
        _, customer = clock_customer(client)
        sub = subscribe(client, customer.id, create_price(client).id)
        charge = _charge_of(client, sub.latest_invoice)  # type: ignore[arg-type]
        topup = client.v1.topups.create({"amount": 100, "currency": "eur"})

        def ids(**params: object) -> list[str]:
            return [t.id for t in client.v1.balance_transactions.list(params).data]  # type: ignore[arg-type]

        assert ids(type="charge") == [charge.balance_transaction]
        assert ids(type="topup") == [topup.balance_transaction]
        assert ids(source=charge.id) == [charge.balance_transaction]
        assert ids(currency="eur") == [topup.balance_transaction]
        with pytest.raises(stripe.InvalidRequestError) as no_payout:
            ids(payout="po_nope")
        assert no_payout.value.http_status == 404
        assert set(ids()) == {charge.balance_transaction, topup.balance_transaction}
        expanded = client.v1.balance_transactions.list({"type": "charge",
                                                        "expand": ["data.source"]}).data[0]
        assert expanded.source.id == charge.id  # type: ignore[union-attr]
        balance = client.v1.balance.retrieve()
        assert {b.currency: b.amount for b in balance.available} == {"eur": 100, "usd": 0}

    def test_unknown_transaction(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.balance_transactions.retrieve("txn_nope")
        assert e.value.http_status == 404
