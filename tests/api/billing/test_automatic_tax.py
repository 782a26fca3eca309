"""Subscriptions with `automatic_tax[enabled]=true`: their invoices are taxed by Stripe Tax
(the tax area's engine), with the lines' `taxes`, `total_taxes` and totals as Stripe
shows them, and the charge covers the tax."""

from __future__ import annotations

import pytest
import stripe

from tests.api.billing.conftest import subscribe
from tests.api.core.conftest import create_customer, create_price
from tests.api.payments.conftest import attached_card
from tests.api.tax.conftest import DE_ADDRESS, activate, register
from tests.conformance import assert_conforms


def _tax_account(client: stripe.StripeClient) -> None:
    activate(client, country="DE")
    register(client, "DE")


def _customer_with_card(client: stripe.StripeClient, **overrides: object) -> stripe.Customer:
    customer = create_customer(client, **overrides)
    attached_card(client, customer.id)
    return customer


def _eur_price(client: stripe.StripeClient, behavior: str = "exclusive") -> stripe.Price:
    return create_price(client, currency="eur", unit_amount=10000, tax_behavior=behavior)


def _invoice(client: stripe.StripeClient, sub: stripe.Subscription) -> stripe.Invoice:
    assert isinstance(sub.latest_invoice, str)
    return client.v1.invoices.retrieve(sub.latest_invoice, {"expand": ["payments"]})


class TestAutomaticTax:
    def test_exclusive_price_taxed_and_charged(self, client: stripe.StripeClient) -> None:
        _tax_account(client)
        customer = _customer_with_card(client, address=DE_ADDRESS)
        price = _eur_price(client)
        sub = subscribe(client, customer.id, price.id, automatic_tax={"enabled": True})
        assert sub.status == "active"
        assert sub.automatic_tax.to_dict() == {
            "disabled_reason": None, "enabled": True,
            "liability": {"account": None, "type": "self"}}
        assert_conforms(sub)
        invoice = _invoice(client, sub)
        # 19% German VAT on EUR 100.00, on top of the price: 19.00.
        assert (invoice.subtotal, invoice.total, invoice.amount_due, invoice.amount_paid) == (
            10000, 11900, 11900, 11900)
        assert (invoice.subtotal_excluding_tax, invoice.total_excluding_tax) == (10000, 10000)
        assert invoice.status == "paid"
        assert invoice.automatic_tax.status == "complete"
        assert invoice.automatic_tax.enabled is True
        [total_tax] = invoice.total_taxes or []
        assert (total_tax.amount, total_tax.taxable_amount, total_tax.tax_behavior,
                total_tax.taxability_reason) == (1900, 10000, "exclusive", "standard_rated")
        assert total_tax.tax_rate_details is not None
        assert str(total_tax.tax_rate_details.tax_rate).startswith("txr_")
        [line] = invoice.lines.data
        [line_tax] = line.taxes or []
        assert (line.amount, line_tax.amount) == (10000, 1900)
        assert_conforms(invoice)
        [payment] = invoice.payments.data  # type: ignore[union-attr]
        pi = client.v1.payment_intents.retrieve(str(payment.payment.payment_intent))
        assert pi.amount == 11900
        assert pi.latest_charge is not None
        charge = client.v1.charges.retrieve(str(pi.latest_charge))
        assert (charge.amount, charge.amount_captured, charge.paid) == (11900, 11900, True)

    def test_inclusive_price(self, client: stripe.StripeClient) -> None:
        _tax_account(client)
        customer = _customer_with_card(client, address=DE_ADDRESS)
        price = create_price(client, currency="eur", unit_amount=11900,
                             tax_behavior="inclusive")
        invoice = _invoice(client, subscribe(client, customer.id, price.id,
                                             automatic_tax={"enabled": True}))
        # 11900 contains 19% VAT: 11900 * 19 / 119 = 1900.
        assert (invoice.subtotal, invoice.total, invoice.amount_paid) == (11900, 11900, 11900)
        assert (invoice.subtotal_excluding_tax, invoice.total_excluding_tax) == (10000, 10000)
        assert [t.amount for t in invoice.total_taxes or []] == [1900]
        assert_conforms(invoice)

    def test_without_head_office_refused(self, client: stripe.StripeClient) -> None:
        customer = _customer_with_card(client, address=DE_ADDRESS)
        price = _eur_price(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            subscribe(client, customer.id, price.id, automatic_tax={"enabled": True})
        assert e.value.http_status == 400
        assert e.value.param == "automatic_tax[enabled]"
        assert client.v1.subscriptions.list({"customer": customer.id}).data == []
        assert client.v1.invoices.list({"customer": customer.id}).data == []
        assert client.v1.customers.retrieve(customer.id).currency is None

    def test_location_missing_not_taxed(self, client: stripe.StripeClient) -> None:
        _tax_account(client)
        customer = _customer_with_card(client)
        price = _eur_price(client)
        invoice = _invoice(client, subscribe(client, customer.id, price.id,
                                             automatic_tax={"enabled": True}))
        assert invoice.automatic_tax.status == "requires_location_inputs"
        assert (invoice.total, invoice.total_taxes, invoice.amount_paid) == (10000, [], 10000)
        assert_conforms(invoice)

    def test_enable_on_update_taxes_next_invoice(self, client: stripe.StripeClient) -> None:
        _tax_account(client)
        customer = _customer_with_card(client, address=DE_ADDRESS)
        price = _eur_price(client)
        sub = subscribe(client, customer.id, price.id)
        assert sub.automatic_tax.enabled is False
        assert _invoice(client, sub).total == 10000
        sub = client.v1.subscriptions.update(sub.id, {"automatic_tax": {"enabled": True}})
        assert sub.automatic_tax.enabled is True
        yearly = create_price(client, currency="eur", unit_amount=10000,
                              tax_behavior="exclusive", recurring={"interval": "year"})
        item = sub["items"].data[0].id
        sub = client.v1.subscriptions.update(sub.id, {"items": [
            {"id": item, "price": yearly.id}]})
        invoice = _invoice(client, sub)
        assert (invoice.billing_reason, invoice.total) == ("subscription_update", 11900)
        sub = client.v1.subscriptions.update(sub.id, {"automatic_tax": {"enabled": False}})
        assert sub.automatic_tax.enabled is False

    def test_update_without_head_office_refused(self, client: stripe.StripeClient) -> None:
        customer = _customer_with_card(client, address=DE_ADDRESS)
        sub = subscribe(client, customer.id, _eur_price(client).id)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.subscriptions.update(sub.id, {"automatic_tax": {"enabled": True}})
        assert e.value.param == "automatic_tax[enabled]"
        assert client.v1.subscriptions.retrieve(sub.id).automatic_tax.enabled is False
