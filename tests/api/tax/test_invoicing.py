"""`invoicing.tax_for_invoice`, the automatic tax service Billing calls for invoices with
`automatic_tax[enabled]=true`, run in-process against the test server's database (SQLite
and PostgreSQL); the account is set up through the SDK."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest
import stripe

from stripe_emulator.api.auth import account_for_key
from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import StripeError
from stripe_emulator.areas.tax import invoicing
from stripe_emulator.config import Settings
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import open_store
from stripe_emulator.testing import Account
from tests.api.core.conftest import create_customer
from tests.api.tax.conftest import DE_ADDRESS
from tests.conformance import check


def run(account: Account, customer: str | None, lines: Sequence[invoicing.InvoiceLine],
        **kwargs: Any) -> invoicing.InvoiceTax:
    async def go() -> invoicing.InvoiceTax:
        store = await open_store(account.server.settings.resolved_database_url)
        try:
            async with store.transaction() as session:
                ctx = Context(account=account_for_key(account.api_key[len("sk_test_"):]),
                              session=session, store=store, runtime=Runtime(Settings()))
                return await invoicing.tax_for_invoice(ctx, customer_id=customer,
                                                       currency=kwargs.pop("currency", "eur"),
                                                       lines=lines, **kwargs)
        finally:
            await store.close()

    return asyncio.run(go())


def run_together(account: Account, customer: str, lines: Sequence[invoicing.InvoiceLine],
                 times: int) -> list[invoicing.InvoiceTax]:
    """`tax_for_invoice` in `times` units of work at once (concurrent on PostgreSQL)."""
    async def go() -> list[invoicing.InvoiceTax]:
        store = await open_store(account.server.settings.resolved_database_url)
        runtime = Runtime(Settings())

        async def one() -> invoicing.InvoiceTax:
            async with store.transaction() as session:
                ctx = Context(account=account_for_key(account.api_key[len("sk_test_"):]),
                              session=session, store=store, runtime=runtime)
                return await invoicing.tax_for_invoice(ctx, customer_id=customer,
                                                       currency="eur", lines=lines)

        try:
            return list(await asyncio.gather(*(one() for _ in range(times))))
        finally:
            await store.close()

    return asyncio.run(go())


class TestTaxForInvoice:
    def test_lines_and_totals(self, client: stripe.StripeClient, account: Account,
                              de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        result = run(account, customer.id, [
            invoicing.InvoiceLine(amount=10000, tax_behavior="exclusive", reference="il_1"),
            invoicing.InvoiceLine(amount=11900, tax_behavior="inclusive", reference="il_2")])
        assert result.status == "complete"
        assert (result.tax_exclusive, result.tax_inclusive) == (1900, 1900)
        assert [line.amount_tax for line in result.lines] == [1900, 1900]
        [tax] = result.lines[0].taxes
        assert (tax["amount"], tax["taxable_amount"], tax["taxability_reason"],
                tax["tax_behavior"], tax["type"]) == (1900, 10000, "standard_rated",
                                                      "exclusive", "tax_rate_details")
        assert tax["tax_rate_details"]["tax_rate"].startswith("txr_")
        assert not check(tax, stripe.InvoiceLineItem.Tax)
        assert result.automatic_tax == {
            "disabled_reason": None, "enabled": True,
            "liability": {"account": None, "type": "self"}, "provider": "stripe",
            "status": "complete"}
        assert not check(result.automatic_tax, stripe.Invoice.AutomaticTax)
        totals = {t["tax_behavior"]: t for t in result.total_taxes}
        assert (totals["exclusive"]["amount"], totals["inclusive"]["amount"]) == (1900, 1900)
        for total in result.total_taxes:
            assert not check(total, stripe.Invoice.TotalTax)

    def test_tax_rates_stored_once(self, client: stripe.StripeClient, account: Account,
                                   de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        line = invoicing.InvoiceLine(amount=100, tax_behavior="exclusive")
        first = run(account, customer.id, [line, line])
        second = run(account, customer.id, [line])
        ids = {t["tax_rate_details"]["tax_rate"] for li in first.lines for t in li.taxes}
        assert len(ids) == 1
        assert second.lines[0].taxes[0]["tax_rate_details"]["tax_rate"] in ids
        [rate] = first.tax_rates
        assert (rate["percentage"], rate["country"], rate["tax_type"], rate["inclusive"]) == (
            19.0, "DE", "vat", False)
        assert rate["object"] == "tax_rate"
        assert not check(rate)

    def test_racing_invoices_share_a_new_tax_rate(self, client: stripe.StripeClient,
                                                  account: Account,
                                                  de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        line = invoicing.InvoiceLine(amount=100, tax_behavior="exclusive")
        results = run_together(account, customer.id, [line], 4)
        ids = {t["tax_rate_details"]["tax_rate"] for r in results for t in r.lines[0].taxes}
        assert len(ids) == 1
        assert all(r.status == "complete" for r in results)

    def test_total_taxes_sum_lines(self, client: stripe.StripeClient, account: Account,
                                   de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        result = run(account, customer.id, [
            invoicing.InvoiceLine(amount=1000, tax_behavior="exclusive"),
            invoicing.InvoiceLine(amount=2000, tax_behavior="exclusive")],
            shipping=invoicing.InvoiceLine(amount=500))
        [total] = result.total_taxes
        assert (total["amount"], total["taxable_amount"]) == (190 + 380 + 95, 3500)
        assert result.shipping is not None and result.shipping.amount_tax == 95

    def test_settings_default_behavior(self, client: stripe.StripeClient, account: Account,
                                       de: stripe.tax.Registration) -> None:
        client.v1.tax.settings.update({"defaults": {"tax_behavior": "inferred_by_currency"}})
        customer = create_customer(client, address=DE_ADDRESS)
        result = run(account, customer.id, [invoicing.InvoiceLine(amount=11900)])
        assert (result.lines[0].tax_behavior, result.tax_inclusive) == ("inclusive", 1900)

    def test_unspecified_behavior_is_exclusive(self, client: stripe.StripeClient,
                                               account: Account,
                                               de: stripe.tax.Registration) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        result = run(account, customer.id, [invoicing.InvoiceLine(amount=10000,
                                                                  tax_behavior="unspecified")])
        assert result.tax_exclusive == 1900

    def test_not_collecting_line(self, client: stripe.StripeClient, account: Account,
                                 active: stripe.tax.Settings) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        result = run(account, customer.id, [invoicing.InvoiceLine(amount=10000)])
        [tax] = result.lines[0].taxes
        assert (tax["amount"], tax["taxability_reason"], tax["tax_rate_details"]) == (
            0, "not_collecting", None)

    def test_location_missing(self, client: stripe.StripeClient, account: Account,
                              de: stripe.tax.Registration) -> None:
        customer = create_customer(client)
        result = run(account, customer.id, [invoicing.InvoiceLine(amount=10000)])
        assert result.status == "requires_location_inputs"
        assert result.automatic_tax["status"] == "requires_location_inputs"
        assert (result.tax_exclusive, result.lines[0].taxes) == (0, [])
        assert result.location_error

    def test_tax_not_active(self, client: stripe.StripeClient, account: Account) -> None:
        customer = create_customer(client, address=DE_ADDRESS)
        with pytest.raises(StripeError) as e:
            run(account, customer.id, [invoicing.InvoiceLine(amount=10000)])
        assert e.value.param == "automatic_tax[enabled]"
