"""Payouts through the official SDK: manual payouts from the available balance, their
timeline (pending, in transit, paid or failed) and events, Stripe's failing test bank
accounts, cancellation, automatic payouts run by the operator and their reconciliation."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.api.auth import account_for_key
from stripe_emulator.api.context import Context
from stripe_emulator.areas.payments import balance
from stripe_emulator.areas.payments.payout_calendar import next_automatic_payout
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import open_store
from stripe_emulator.testing import Account
from tests.api.billing.conftest import clock_customer, subscribe
from tests.api.core.conftest import create_price
from tests.api.payments.conftest import (
    BANK_ACCOUNTS,
    BYPASS_PENDING,
    ServerClock,
    fund,
    operator,
    payout_when,
    run_automatic_payout,
    set_bank_account,
)
from tests.conformance import assert_conforms
from tests.polling import wait_for

INSUFFICIENT = ("You have insufficient funds in your Stripe account for this transfer. Your "
                "card balance is too low.  You can use the /v1/balance endpoint to view your "
                "Stripe balance (for more details, see stripe.com/docs/api#balance).")


def _available(client: stripe.StripeClient, currency: str = "usd") -> int:
    return next(b.amount for b in client.v1.balance.retrieve().available
                if b.currency == currency)


def _events(client: stripe.StripeClient, payout: str) -> list[stripe.Event]:
    """The payout's events, oldest first."""
    return [e for e in reversed(client.v1.events.list({"type": "payout.*", "limit": 100}).data)
            if e.data.object["id"] == payout]


def _automatic_payouts_of(account: Account, txn_ids: list[str]) -> dict[str, tuple[str, int]]:
    """What the reports read: `balance.automatic_payouts_of`, run on the server's database
    (as a report job would)."""
    async def read() -> dict[str, tuple[str, int]]:
        store = await open_store(account.server.settings.resolved_database_url)
        runtime = Runtime(account.server.settings)
        try:
            async with store.transaction() as session:
                ctx = Context(account=account_for_key(account.api_key[len("sk_test_"):]),
                              session=session, store=store, runtime=runtime)
                return await balance.automatic_payouts_of(ctx, txn_ids)
        finally:
            await runtime.aclose()
            await store.close()

    return asyncio.run(read())


def _error(excinfo: pytest.ExceptionInfo[stripe.StripeError]) -> dict[str, Any]:
    body: dict[str, Any] = excinfo.value.json_body["error"]  # type: ignore[index]
    return body


class TestManualPayouts:
    def test_create_pays_out_from_the_available_balance(self, client: stripe.StripeClient,
                                                        account: Account) -> None:
        fund(client, 5000)
        payout = client.v1.payouts.create({
            "amount": 1200, "currency": "usd", "description": "Weekly sweep",
            "statement_descriptor": "ACME PAYOUT", "metadata": {"batch": "7"}})
        assert payout.id.startswith("po_") and payout.object == "payout"
        assert (payout.status, payout.amount, payout.currency) == ("pending", 1200, "usd")
        assert (payout.automatic, payout.method, payout.type, payout.source_type) == (
            False, "standard", "bank_account", "card")
        assert payout.reconciliation_status == "not_applicable"
        assert payout.trace_id.status == "pending" and payout.trace_id.value is None  # type: ignore[union-attr]
        assert payout.arrival_date > payout.created and payout.arrival_date % 86400 == 0
        assert (payout.description, payout.statement_descriptor) == ("Weekly sweep",
                                                                      "ACME PAYOUT")
        assert payout.metadata.to_dict() == {"batch": "7"}
        assert_conforms(payout)

        bank = operator(account, "GET", "/_emulator/bank_account").json()
        assert payout.destination == bank["id"] and bank["last4"] == "6789"
        assert (bank["routing_number"], bank["bank_name"], bank["currency"]) == (
            "110000000", "STRIPE TEST BANK", "usd")
        expanded = client.v1.payouts.retrieve(payout.id, {"expand": ["destination",
                                                                     "balance_transaction"]})
        assert expanded.destination.object == "bank_account"  # type: ignore[union-attr]
        assert_conforms(expanded.destination)
        txn = expanded.balance_transaction
        assert (txn.type, txn.amount, txn.fee, txn.net, txn.status) == (  # type: ignore[union-attr]
            "payout", -1200, 0, -1200, "available")
        assert (txn.source, txn.reporting_category) == (payout.id, "payout")  # type: ignore[union-attr]
        assert_conforms(txn)
        assert _available(client) == 3800

        paid = payout_when(client, payout.id, status="paid")
        assert paid.trace_id.status == "supported" and paid.trace_id.value  # type: ignore[union-attr]
        assert paid.reconciliation_status == "not_applicable"
        assert_conforms(paid)
        types = [e.type for e in _events(client, payout.id)]
        assert types == ["payout.created", "payout.updated", "payout.paid"]
        in_transit = _events(client, payout.id)[1]
        assert in_transit.data.object["status"] == "in_transit"
        assert in_transit.data.previous_attributes.to_dict() == {"status": "pending"}  # type: ignore[attr-defined]
        assert _available(client) == 3800  # paid out once, at creation

    def test_retrieve_list_and_update(self, client: stripe.StripeClient) -> None:
        fund(client, 3000)
        first = client.v1.payouts.create({"amount": 1000, "currency": "usd"})
        second = client.v1.payouts.create({"amount": 500, "currency": "usd"})
        assert client.v1.payouts.retrieve(first.id).amount == 1000
        assert [p.id for p in client.v1.payouts.list().data] == [second.id, first.id]
        assert [p.id for p in client.v1.payouts.list({"limit": 1}).auto_paging_iter()] == [
            second.id, first.id]
        assert [p.id for p in client.v1.payouts.list(
            {"destination": first.destination}).data] == [second.id, first.id]  # type: ignore[typeddict-item]
        assert client.v1.payouts.list({"destination": "ba_nope"}).data == []
        assert [p.id for p in client.v1.payouts.list(
            {"arrival_date": {"gte": first.arrival_date}}).data] == [second.id, first.id]
        assert client.v1.payouts.list({"arrival_date": {"gt": first.arrival_date}}).data == []
        payout_when(client, first.id, status="paid")
        assert [p.id for p in client.v1.payouts.list({"status": "paid"}).data][-1] == first.id

        updated = client.v1.payouts.update(first.id, {"metadata": {"order": "42"}})
        assert updated.metadata.to_dict() == {"order": "42"}
        event = next(e for e in client.v1.events.list({"type": "payout.updated"}).data
                     if e.data.object["id"] == first.id and e.data.object["metadata"].to_dict())
        assert event.data.previous_attributes.to_dict() == {"metadata": {"order": None}}  # type: ignore[attr-defined]
        assert client.v1.payouts.update(first.id, {"metadata": ""}).metadata.to_dict() == {}

        with pytest.raises(stripe.InvalidRequestError) as missing:
            client.v1.payouts.retrieve("po_missing")
        assert missing.value.http_status == 404
        assert _error(missing)["message"] == "No such payout: 'po_missing'"

    def test_create_errors(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as empty:
            client.v1.payouts.create({"amount": 100, "currency": "usd"})
        assert (_error(empty)["code"], _error(empty)["message"]) == (
            "balance_insufficient", INSUFFICIENT)
        fund(client, 1000)
        with pytest.raises(stripe.InvalidRequestError) as too_much:
            client.v1.payouts.create({"amount": 1001, "currency": "usd"})
        assert _error(too_much)["code"] == "balance_insufficient"
        with pytest.raises(stripe.InvalidRequestError) as ach:
            client.v1.payouts.create({"amount": 100, "currency": "usd",
                                      "source_type": "bank_account"})
        assert "Your bank account balance is too low." in _error(ach)["message"]
        cases: list[tuple[dict[str, Any], str, str]] = [
            ({"amount": 0}, "amount", "This value must be greater than or equal to 1."),
            ({"currency": "xyz"}, "currency", "Invalid currency: xyz. Stripe currently "
                                              "supports ISO 4217 currency codes in lowercase."),
            ({"currency": "eur"}, "currency",
             "Sorry, you don't have any external accounts in that currency (eur)."),
            ({"destination": "ba_other"}, "destination", "No such external account: "
                                                         "'ba_other'"),
            ({"method": "instant"}, "method", "This bank account is not eligible for Instant "
                                              "Payouts. Send a standard payout instead "
                                              "(method=standard)."),
            ({"statement_descriptor": "X" * 23}, "statement_descriptor",
             "The statement descriptor must be at most 22 characters long."),
        ]
        for override, param, message in cases:
            with pytest.raises(stripe.InvalidRequestError) as bad:
                client.v1.payouts.create({"amount": 100, "currency": "usd", **override})  # type: ignore[typeddict-item]
            assert (_error(bad).get("param"), _error(bad)["message"]) == (param, message)
        with pytest.raises(stripe.InvalidRequestError) as instant:
            client.v1.payouts.create({"amount": 100, "currency": "usd", "method": "instant"})
        assert _error(instant)["code"] == "instant_payouts_unsupported"
        assert client.v1.payouts.list().data == []
        assert _available(client) == 1000

    def test_standard_payout_beside_the_automatic_schedule(
            self, client: stripe.StripeClient) -> None:
        # Stripe allows a manual payout on an account paid out automatically (the default
        # schedule), from what is available.
        assert client.v1.balance_settings.retrieve().payments.payouts.schedule.interval == "daily"  # type: ignore[union-attr]
        fund(client, 700)
        assert client.v1.payouts.create({"amount": 700, "currency": "usd"}).status == "pending"
        assert _available(client) == 0


class TestFailingBankAccounts:
    def test_stripe_test_account_numbers(self, client: stripe.StripeClient,
                                         account: Account) -> None:
        fund(client, 10_000)
        sent: dict[str, tuple[str, str]] = {}  # payout -> (account number, bank account)
        for number in BANK_ACCOUNTS:
            bank = set_bank_account(account, number)
            assert (bank["last4"], bank["object"]) == (number[-4:], "bank_account")
            assert bank["available_payout_methods"] == ["standard"]
            payout = client.v1.payouts.create({"amount": 1000, "currency": "usd"})
            assert payout.destination == bank["id"]
            sent[payout.id] = (number, bank["id"])
        assert _available(client) == 4000
        for payout_id, (number, bank_id) in sent.items():
            code = BANK_ACCOUNTS[number]
            done = payout_when(client, payout_id, status="failed" if code else "paid")
            assert done.failure_code == code and done.destination == bank_id
            if code is None:
                assert done.failure_message is None and done.failure_balance_transaction is None
                continue
            assert done.failure_message
            assert done.trace_id.status == "unsupported"  # type: ignore[union-attr]
            txn = client.v1.balance_transactions.retrieve(done.failure_balance_transaction)  # type: ignore[arg-type]
            assert (txn.type, txn.amount, txn.net, txn.status, txn.source) == (
                "payout_failure", 1000, 1000, "available", payout_id)
            assert txn.reporting_category == "payout_reversal"
            assert_conforms(txn)
            assert_conforms(done)
            assert [e.type for e in _events(client, payout_id)] == [
                "payout.created", "payout.updated", "payout.failed"]
        failed = client.v1.payouts.list({"status": "failed"}).data
        assert {p.failure_code for p in failed} == {c for c in BANK_ACCOUNTS.values() if c}
        assert _available(client) == 9000  # the failed payouts' funds came back
        messages = {p.failure_code: p.failure_message for p in failed}
        assert messages["no_account"] == (
            "The bank account details on file are probably incorrect. No bank account could "
            "be located with those details.")
        assert messages["account_closed"] == "The bank account has been closed."

    def test_replaced_bank_account_stays_the_earlier_destination(
            self, client: stripe.StripeClient, account: Account) -> None:
        fund(client, 2000)
        first = client.v1.payouts.create({"amount": 1000, "currency": "usd"})
        replaced = set_bank_account(account, "000111111113", account_holder_name="Jenny Rosen",
                                    account_holder_type="company")
        assert replaced["account_holder_name"] == "Jenny Rosen"
        assert operator(account, "GET", "/_emulator/bank_account").json()["id"] == replaced["id"]
        old = client.v1.payouts.retrieve(first.id, {"expand": ["destination"]}).destination
        assert old.id == first.destination and old.last4 == "6789"  # type: ignore[union-attr]
        assert old.default_for_currency is False  # type: ignore[union-attr]
        assert payout_when(client, first.id, status="paid").failure_code is None

    def test_bank_account_errors(self, account: Account, client: stripe.StripeClient) -> None:
        for fields, param in (({"account_number": "12ab"}, "account_number"),
                              ({"account_number": "1" * 18}, "account_number"),
                              ({"account_number": "000123456789", "routing_number": "123456789"},
                               "routing_number"),
                              ({"account_number": "000123456789", "currency": "xyz"},
                               "currency")):
            response = operator(account, "POST", "/_emulator/bank_account", fields)
            assert response.status_code == 400, response.text
            assert response.json()["error"]["param"] == param
        # A bank account in another currency takes that currency's payouts.
        set_bank_account(account, "000123456789", currency="eur")
        fund(client, 900, "eur")
        assert client.v1.payouts.create({"amount": 900, "currency": "eur"}).currency == "eur"
        with pytest.raises(stripe.InvalidRequestError) as usd:
            client.v1.payouts.create({"amount": 100, "currency": "usd"})
        assert _error(usd)["message"] == ("Sorry, you don't have any external accounts in "
                                          "that currency (usd).")


class TestCancel:
    def test_cancel_a_pending_payout(self, held_client: stripe.StripeClient) -> None:
        client = held_client
        fund(client, 3000)
        payout = client.v1.payouts.create({"amount": 2000, "currency": "usd"})
        assert _available(client) == 1000
        canceled = client.v1.payouts.cancel(payout.id)
        assert canceled.status == "canceled"
        assert_conforms(canceled)
        txn = client.v1.balance_transactions.retrieve(canceled.failure_balance_transaction)  # type: ignore[arg-type]
        assert (txn.type, txn.amount, txn.reporting_category, txn.source) == (
            "payout_cancel", 2000, "payout_reversal", payout.id)
        assert _available(client) == 3000
        assert [e.type for e in _events(client, payout.id)] == ["payout.created",
                                                                "payout.canceled"]
        assert client.v1.events.list({"limit": 1}).data[0].type == "balance.available"
        with pytest.raises(stripe.InvalidRequestError) as again:
            client.v1.payouts.cancel(payout.id)
        assert _error(again)["message"] == "Payouts can only be canceled while they are pending."
        assert client.v1.payouts.retrieve(payout.id).status == "canceled"

    def test_cancel_refused_once_in_transit(self, client: stripe.StripeClient) -> None:
        fund(client, 500)
        payout = client.v1.payouts.create({"amount": 500, "currency": "usd"})
        payout_when(client, payout.id, status="paid")
        with pytest.raises(stripe.InvalidRequestError) as late:
            client.v1.payouts.cancel(payout.id)
        assert _error(late)["message"] == "Payouts can only be canceled while they are pending."
        assert _available(client) == 0

    def test_automatic_payouts_cannot_be_canceled(self, held_client: stripe.StripeClient,
                                                  held_account: Account) -> None:
        fund(held_client, 800)
        [payout] = run_automatic_payout(held_account)
        assert payout["status"] == "pending"
        with pytest.raises(stripe.InvalidRequestError) as refused:
            held_client.v1.payouts.cancel(payout["id"])
        assert _error(refused)["message"] == "You can't cancel automatic Stripe payouts."


class TestAutomaticPayouts:
    def test_run_pays_out_everything_available_and_reconciles(
            self, client: stripe.StripeClient, account: Account) -> None:
        topup = fund(client, 5000)
        _, customer = clock_customer(client, card=BYPASS_PENDING)
        sub = subscribe(client, customer.id, create_price(client, unit_amount=2000).id)
        invoice = client.v1.invoices.retrieve(sub.latest_invoice)  # type: ignore[arg-type]
        charge_txn = client.v1.balance_transactions.list({"type": "charge"}).data[0]
        assert charge_txn.status == "available" and invoice.status == "paid"
        manual = client.v1.payouts.create({"amount": 1000, "currency": "usd"})
        available = _available(client)
        assert available == 5000 + charge_txn.net - 1000

        [auto] = run_automatic_payout(account)
        assert (auto["amount"], auto["automatic"], auto["status"]) == (available, True,
                                                                       "pending")
        assert (auto["reconciliation_status"], auto["description"]) == ("in_progress",
                                                                         "STRIPE PAYOUT")
        assert _available(client) == 0
        assert run_automatic_payout(account) == []  # nothing left to pay out

        done = payout_when(client, auto["id"], reconciliation_status="completed")
        assert done.status == "paid"
        assert_conforms(done)
        assert [e.type for e in _events(client, auto["id"])] == [
            "payout.created", "payout.updated", "payout.paid", "payout.reconciliation_completed"]

        settled = client.v1.balance_transactions.list({"payout": auto["id"], "limit": 100}).data
        # The manual payout's debit is reconciled here too (as an advance on this payout).
        assert {t.id for t in settled} == {topup.balance_transaction, charge_txn.id,
                                           manual.balance_transaction, done.balance_transaction}
        assert sum(t.net for t in settled) == 0
        # What the payout reconciliation reports read: the automatic payout of each
        # transaction, effective at its arrival date; not yet paid out: none.
        later = fund(client, 100).balance_transaction
        assert _automatic_payouts_of(account, [t.id for t in settled] + [later]) == {  # type: ignore[list-item]
            t.id: (auto["id"], auto["arrival_date"]) for t in settled}
        assert [t.id for t in client.v1.balance_transactions.list(
            {"payout": auto["id"], "type": "payout", "limit": 100}).data] == [
            done.balance_transaction, manual.balance_transaction]

        with pytest.raises(stripe.InvalidRequestError) as not_automatic:
            client.v1.balance_transactions.list({"payout": manual.id})
        assert _error(not_automatic)["message"] == (
            "Balance transaction history can only be filtered on automatic transfers, not "
            "manual.")
        with pytest.raises(stripe.InvalidRequestError) as missing:
            client.v1.balance_transactions.list({"payout": "po_missing"})
        assert missing.value.http_status == 404 and _error(missing)["param"] == "payout"

    def test_funds_returned_by_a_failure_go_out_with_the_next_run(
            self, client: stripe.StripeClient, account: Account) -> None:
        fund(client, 4000)
        set_bank_account(account, "000222222227")
        [first] = run_automatic_payout(account)
        failed = payout_when(client, first["id"], status="failed",
                             reconciliation_status="completed")
        assert failed.failure_code == "insufficient_funds"
        assert [e.type for e in _events(client, first["id"])][-2:] == [
            "payout.failed", "payout.reconciliation_completed"]
        assert _available(client) == 4000
        set_bank_account(account, "000123456789")
        [second] = run_automatic_payout(account)
        assert second["amount"] == 4000
        settled = {t.type for t in client.v1.balance_transactions.list(
            {"payout": second["id"]}).data}
        assert settled == {"payout_failure", "payout"}
        assert payout_when(client, second["id"], status="paid").failure_code is None

    def test_run_on_a_manual_schedule_is_refused(self, client: stripe.StripeClient,
                                                 account: Account) -> None:
        client.v1.balance_settings.update({"payments": {"payouts": {"schedule": {
            "interval": "manual"}}}})
        fund(client, 100)
        response = operator(account, "POST", "/_emulator/payouts/run")
        assert response.status_code == 400
        assert "payouts are manual" in response.json()["error"]["message"]
        assert client.v1.payouts.list().data == []

    def test_operator_routes_need_the_secret_key(self, account: Account) -> None:
        with httpx.Client(base_url=account.url, timeout=30,
                          auth=(account.publishable_key, "")) as http:
            assert http.post("/_emulator/payouts/run").status_code in (401, 403)
            assert http.get("/_emulator/bank_account").status_code in (401, 403)

    def test_scheduled_by_wall_clock(self, held_client: stripe.StripeClient,
                                     held_clock: ServerClock) -> None:
        fund(held_client, 2500)
        due = next_automatic_payout(held_clock.now(), {"interval": "daily"}, None)
        assert due is not None
        held_clock.advance(due - held_clock.now() + 1)
        [payout] = wait_for(lambda: held_client.v1.payouts.list().data)
        assert (payout.automatic, payout.amount, payout.reconciliation_status) == (
            True, 2500, "in_progress")
        assert payout.created >= due
