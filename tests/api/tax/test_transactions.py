"""Tax transactions and reversals through the official SDK. Reversal amounts are worked
out by hand (spec 9: shares of what is left, half up, the remainder on the largest)."""

from __future__ import annotations

import concurrent.futures
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.tax.conftest import Clock, calculate, record, reverse
from tests.conformance import assert_conforms

DAY = 24 * 3600


def txn_lines(client: stripe.StripeClient, transaction: Any) -> list[Any]:
    return list(client.v1.tax.transactions.line_items.list(
        transaction.id, {"limit": 100}).data)


def amounts(client: stripe.StripeClient, transaction: Any) -> list[tuple[int, int]]:
    return [(li.amount, li.amount_tax) for li in txn_lines(client, transaction)]


@pytest.fixture
def sale(client: stripe.StripeClient, de: stripe.tax.Registration) -> stripe.tax.Transaction:
    """EUR 100.00 exclusive (tax 19.00), EUR 50.00 inclusive (tax 7.98), shipping 5.00
    (tax 0.95), to a German consumer: EUR 174.95 in all."""
    calc = calculate(client, lines=[{"amount": 10000, "reference": "A"},
                                    {"amount": 5000, "reference": "B",
                                     "tax_behavior": "inclusive"}],
                     shipping_cost={"amount": 500})
    return record(client, calc.id)


def _error(fn: Any, *args: Any, **kwargs: Any) -> stripe.InvalidRequestError:
    with pytest.raises(stripe.InvalidRequestError) as e:
        fn(*args, **kwargs)
    return e.value


class TestCreateFromCalculation:
    def test_copies_the_calculation(self, client: stripe.StripeClient,
                                    de: stripe.tax.Registration, clock: Clock) -> None:
        calc = calculate(client, shipping_cost={"amount": 500})
        before = clock.now()
        t = record(client, calc.id, reference="myOrder_123", metadata={"order": "123"})
        assert t.id.startswith("tax_")
        assert (t.object, t.type, t.reference, t.reversal) == (
            "tax.transaction", "transaction", "myOrder_123", None)
        assert (t.currency, t.customer, t.tax_date) == ("eur", None, calc.tax_date)
        assert t.customer_details.to_dict() == calc.customer_details.to_dict()
        assert t.posted_at == t.created
        assert before <= t.created <= clock.now()
        assert t.metadata.to_dict() == {"order": "123"}
        assert t.shipping_cost.to_dict() == {
            "amount": 500, "amount_tax": 95, "shipping_rate": None,
            "tax_behavior": "exclusive", "tax_breakdown": None, "tax_code": "txcd_92010001"}
        assert "line_items" not in t
        assert_conforms(t)

    def test_line_items(self, client: stripe.StripeClient,
                        sale: stripe.tax.Transaction) -> None:
        lines = txn_lines(client, sale)
        assert [(li.reference, li.amount, li.amount_tax, li.tax_behavior) for li in lines] == [
            ("A", 10000, 1900, "exclusive"), ("B", 5000, 798, "inclusive")]
        for li in lines:
            assert li.id.startswith("tax_li_")
            assert (li.type, li.reversal, li.quantity, li.tax_code) == (
                "transaction", None, 1, "txcd_10000000")
            assert_conforms(li)

    def test_expand_line_items(self, client: stripe.StripeClient,
                               de: stripe.tax.Registration) -> None:
        calc = calculate(client)
        t = record(client, calc.id, expand=["line_items"])
        assert [li.amount_tax for li in t.line_items.data] == [1900]
        assert t.line_items.url == f"/v1/tax/transactions/{t.id}/line_items"
        assert_conforms(t)

    def test_reference_taken(self, client: stripe.StripeClient,
                             de: stripe.tax.Registration) -> None:
        calc = calculate(client)
        record(client, calc.id, reference="order-1")
        e = _error(record, client, calculate(client).id, reference="order-1")
        assert (e.http_status, e.param) == (400, "reference")
        assert e.error.type == "invalid_request_error"

    def test_reference_free_in_another_account(self, client: stripe.StripeClient,
                                               de: stripe.tax.Registration,
                                               account: Account) -> None:
        record(client, calculate(client).id, reference="shared")
        other = account.server.new_account().client(max_network_retries=0)
        other.v1.tax.settings.update({"head_office": {"address": {"country": "DE"}}})
        assert record(other, calculate(other).id, reference="shared").reference == "shared"

    def test_unknown_calculation(self, client: stripe.StripeClient) -> None:
        e = _error(record, client, "taxcalc_nope")
        assert (e.http_status, e.code, e.param) == (400, "resource_missing", "calculation")

    def test_expired_calculation(self, client: stripe.StripeClient,
                                 de: stripe.tax.Registration, clock: Clock) -> None:
        calc = calculate(client)
        clock.advance(90 * DAY)
        e = _error(record, client, calc.id)
        assert (e.http_status, e.param) == (400, "calculation")
        assert "expired" in str(e.user_message)

    def test_posted_at(self, client: stripe.StripeClient, de: stripe.tax.Registration,
                       clock: Clock) -> None:
        calc = calculate(client, tax_date=clock.now() - 2 * DAY)
        posted = clock.now() - DAY
        t = record(client, calc.id, posted_at=posted)
        assert t.posted_at == posted
        e = _error(record, client, calc.id, posted_at=clock.now() + DAY)
        assert e.param == "posted_at"
        e = _error(record, client, calc.id, posted_at=clock.now() - 3 * DAY)
        assert e.param == "posted_at"

    def test_no_event(self, client: stripe.StripeClient,
                      sale: stripe.tax.Transaction) -> None:
        assert [e.type for e in client.v1.events.list().data] == ["tax.settings.updated"]


class TestRetrieveTransaction:
    def test_retrieve(self, client: stripe.StripeClient,
                      sale: stripe.tax.Transaction) -> None:
        got = client.v1.tax.transactions.retrieve(sale.id)
        assert got.to_dict() == sale.to_dict()
        assert_conforms(got)

    def test_unknown(self, client: stripe.StripeClient) -> None:
        e = _error(client.v1.tax.transactions.retrieve, "tax_nope")
        assert (e.http_status, e.code) == (404, "resource_missing")
        assert str(e.user_message) == "No such transaction: 'tax_nope'"

    def test_other_account(self, sale: stripe.tax.Transaction, account: Account) -> None:
        other = account.server.new_account().client(max_network_retries=0)
        assert _error(other.v1.tax.transactions.retrieve, sale.id).http_status == 404


class TestListTransactionLineItems:
    def test_pages(self, client: stripe.StripeClient, de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 100, "reference": f"r{i}"}
                                        for i in range(15)])
        t = record(client, calc.id)
        first = client.v1.tax.transactions.line_items.list(t.id, {"limit": 10})
        assert [li.reference for li in first.data] == [f"r{i}" for i in range(10)]
        assert first.has_more
        every = list(client.v1.tax.transactions.line_items.list(
            t.id, {"limit": 4}).auto_paging_iter())
        assert [li.reference for li in every] == [f"r{i}" for i in range(15)]

    def test_unknown(self, client: stripe.StripeClient) -> None:
        e = _error(client.v1.tax.transactions.line_items.list, "tax_nope")
        assert (e.http_status, e.code) == (404, "resource_missing")


class TestFullReversal:
    def test_negates_everything(self, client: stripe.StripeClient,
                                sale: stripe.tax.Transaction) -> None:
        r = reverse(client, sale.id, "full", reference="refund-all", metadata={"why": "x"})
        assert (r.type, r.reference, r.reversal.original_transaction) == (
            "reversal", "refund-all", sale.id)
        assert r.metadata.to_dict() == {"why": "x"}
        assert (r.currency, r.tax_date) == (sale.currency, sale.tax_date)
        assert (r.shipping_cost.amount, r.shipping_cost.amount_tax) == (-500, -95)
        lines = txn_lines(client, r)
        originals = txn_lines(client, sale)
        assert [(li.amount, li.amount_tax) for li in lines] == [(-10000, -1900), (-5000, -798)]
        assert [li.reversal.original_line_item for li in lines] == [li.id for li in originals]
        assert [li.reference for li in lines] == ["A", "B"]
        assert all(li.type == "reversal" for li in lines)
        assert_conforms(r)
        for li in lines:
            assert_conforms(li)
        # the original is unchanged
        assert client.v1.tax.transactions.retrieve(sale.id).to_dict() == sale.to_dict()

    def test_only_once(self, client: stripe.StripeClient,
                       sale: stripe.tax.Transaction) -> None:
        reverse(client, sale.id, "full")
        e = _error(reverse, client, sale.id, "full")
        assert (e.http_status, e.param) == (400, "original_transaction")

    def test_racing_full_reversals_reverse_once(self, account: Account,
                                                sale: stripe.tax.Transaction) -> None:
        def post(index: int) -> int:
            return httpx.post(f"{account.url}/v1/tax/transactions/create_reversal",
                              data={"original_transaction": sale.id, "mode": "full",
                                    "reference": f"race-{sale.id}-{index}"},
                              auth=(account.api_key, "")).status_code

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            codes = list(pool.map(post, range(12)))
        assert (codes.count(200), set(codes)) == (1, {200, 400})

    def test_takes_no_amounts(self, client: stripe.StripeClient,
                              sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, "full", flat_amount=-100)
        assert (e.http_status, e.param) == (400, "flat_amount")

    def test_after_partial_does_not_net(self, client: stripe.StripeClient,
                                        sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        reverse(client, sale.id, line_items=[{"original_line_item": a.id, "reference": "A-r",
                                              "amount": -3000, "amount_tax": -570}])
        r = reverse(client, sale.id, "full")
        assert amounts(client, r) == [(-10000, -1900), (-5000, -798)]

    def test_nothing_left_after_full(self, client: stripe.StripeClient,
                                     sale: stripe.tax.Transaction) -> None:
        reverse(client, sale.id, "full")
        e = _error(reverse, client, sale.id, flat_amount=-1)
        assert (e.http_status, e.param) == (400, "flat_amount")

    def test_unknown_original(self, client: stripe.StripeClient) -> None:
        e = _error(reverse, client, "tax_nope", "full")
        assert (e.http_status, e.code, e.param) == (400, "resource_missing",
                                                    "original_transaction")

    def test_reference_unique_across_transactions(self, client: stripe.StripeClient,
                                                  sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, "full", reference=sale.reference)
        assert (e.http_status, e.param) == (400, "reference")


class TestPartialReversal:
    def test_by_line_and_shipping(self, client: stripe.StripeClient,
                                  sale: stripe.tax.Transaction) -> None:
        a, b = txn_lines(client, sale)
        r = reverse(client, sale.id, line_items=[
            {"original_line_item": b.id, "reference": "B-r", "amount": -2500,
             "amount_tax": -399, "quantity": 1, "metadata": {"n": "1"}}],
            shipping_cost={"amount": -500, "amount_tax": -95})
        [line] = txn_lines(client, r)
        assert (line.amount, line.amount_tax, line.reference) == (-2500, -399, "B-r")
        assert line.reversal.original_line_item == b.id
        assert line.metadata.to_dict() == {"n": "1"}
        assert (r.shipping_cost.amount, r.shipping_cost.amount_tax) == (-500, -95)
        assert_conforms(r)

    def test_line_only_leaves_shipping_out(self, client: stripe.StripeClient,
                                           sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        r = reverse(client, sale.id, line_items=[{"original_line_item": a.id,
                                                  "reference": "r", "amount": -100,
                                                  "amount_tax": -19}])
        assert r.shipping_cost is None

    def test_more_than_remains(self, client: stripe.StripeClient,
                               sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        reverse(client, sale.id, line_items=[{"original_line_item": a.id, "reference": "r1",
                                              "amount": -6000, "amount_tax": -1140}])
        e = _error(reverse, client, sale.id, line_items=[{
            "original_line_item": a.id, "reference": "r2", "amount": -4001,
            "amount_tax": -760}])
        assert (e.http_status, e.param) == (400, "line_items[0][amount]")
        e = _error(reverse, client, sale.id, line_items=[{
            "original_line_item": a.id, "reference": "r2", "amount": -4000,
            "amount_tax": -761}])
        assert e.param == "line_items[0][amount_tax]"
        # exactly what is left is fine
        reverse(client, sale.id, line_items=[{"original_line_item": a.id, "reference": "r3",
                                              "amount": -4000, "amount_tax": -760}])

    def test_shipping_over_refund(self, client: stripe.StripeClient,
                                  sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, shipping_cost={"amount": -501, "amount_tax": 0})
        assert e.param == "shipping_cost[amount]"

    def test_positive_amount(self, client: stripe.StripeClient,
                             sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        e = _error(reverse, client, sale.id, line_items=[{
            "original_line_item": a.id, "reference": "r", "amount": 100, "amount_tax": 0}])
        assert e.param == "line_items[0][amount]"

    def test_unknown_line(self, client: stripe.StripeClient,
                          sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, line_items=[{
            "original_line_item": "tax_li_nope", "reference": "r", "amount": -1,
            "amount_tax": 0}])
        assert e.param == "line_items[0][original_line_item]"

    def test_duplicate_line_reference(self, client: stripe.StripeClient,
                                      sale: stripe.tax.Transaction) -> None:
        a, b = txn_lines(client, sale)
        e = _error(reverse, client, sale.id, line_items=[
            {"original_line_item": a.id, "reference": "r", "amount": -1, "amount_tax": 0},
            {"original_line_item": b.id, "reference": "r", "amount": -1, "amount_tax": 0}])
        assert e.param == "line_items[1][reference]"

    def test_no_shipping_to_reverse(self, client: stripe.StripeClient,
                                    de: stripe.tax.Registration) -> None:
        t = record(client, calculate(client).id)
        e = _error(reverse, client, t.id, shipping_cost={"amount": -1, "amount_tax": 0})
        assert e.param == "shipping_cost"

    def test_needs_something_to_reverse(self, client: stripe.StripeClient,
                                        sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id)
        assert (e.http_status, e.code) == (400, "parameter_missing")

    def test_flat_and_lines_exclusive(self, client: stripe.StripeClient,
                                      sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        e = _error(reverse, client, sale.id, flat_amount=-100, line_items=[{
            "original_line_item": a.id, "reference": "r", "amount": -1, "amount_tax": 0}])
        assert (e.http_status, e.code) == (400, "parameters_exclusive")

    def test_thirty_partials_at_most(self, client: stripe.StripeClient,
                                     sale: stripe.tax.Transaction) -> None:
        for _ in range(30):
            reverse(client, sale.id, flat_amount=-10)
        e = _error(reverse, client, sale.id, flat_amount=-10)
        assert (e.http_status, e.param) == (400, "mode")
        assert "30" in str(e.user_message)
        reverse(client, sale.id, "full")  # a full reversal is still possible

    def test_racing_partial_reversals_take_what_remains_once(
            self, account: Account, client: stripe.StripeClient,
            sale: stripe.tax.Transaction) -> None:
        line = txn_lines(client, sale)[0]

        def post(index: int) -> int:
            return httpx.post(f"{account.url}/v1/tax/transactions/create_reversal", data={
                "original_transaction": sale.id, "mode": "partial",
                "reference": f"race-{sale.id}-{index}",
                "line_items[0][original_line_item]": line.id,
                "line_items[0][reference]": "all of A",
                "line_items[0][amount]": "-10000", "line_items[0][amount_tax]": "-1900",
            }, auth=(account.api_key, "")).status_code

        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            codes = list(pool.map(post, range(12)))
        assert (codes.count(200), set(codes)) == (1, {200, 400})

    def test_reversal_is_reversed_in_full_only(self, client: stripe.StripeClient,
                                               sale: stripe.tax.Transaction) -> None:
        r = reverse(client, sale.id, flat_amount=-1000)
        e = _error(reverse, client, r.id, flat_amount=-10)
        assert (e.http_status, e.param) == (400, "mode")

    def test_undo_a_partial_refund(self, client: stripe.StripeClient,
                                   sale: stripe.tax.Transaction) -> None:
        a = txn_lines(client, sale)[0]
        partial = reverse(client, sale.id, line_items=[{
            "original_line_item": a.id, "reference": "r1", "amount": -10000,
            "amount_tax": -1900}])
        undo = reverse(client, partial.id, "full")
        assert amounts(client, undo) == [(10000, 1900)]
        assert undo.reversal.original_transaction == partial.id
        # the whole line can be refunded again
        reverse(client, sale.id, line_items=[{"original_line_item": a.id, "reference": "r2",
                                              "amount": -10000, "amount_tax": -1900}])


class TestFlatAmountReversal:
    def test_spread_by_what_is_left(self, client: stripe.StripeClient,
                                    sale: stripe.tax.Transaction) -> None:
        r = reverse(client, sale.id, flat_amount=-3000)
        # left: A 11900 (tax on top), B 5000 (tax included), shipping 595; total 17495
        # shares: A 3000*11900/17495 = 2040.6 -> 2041, B 857.4 -> 857, shipping 102.0 -> 102
        # A: tax 2041*1900/11900 = 325.9 -> 326, amount 1715; B (inclusive): tax
        # 857*798/5000 = 136.8 -> 137, amount 857; shipping: tax 102*95/595 = 16.3 -> 16
        assert amounts(client, r) == [(-1715, -326), (-857, -137)]
        assert (r.shipping_cost.amount, r.shipping_cost.amount_tax) == (-86, -16)

    def test_remainder_to_the_largest_share(self, client: stripe.StripeClient,
                                            de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 1000, "reference": f"r{i}"}
                                        for i in range(3)])
        t = record(client, calc.id)
        r = reverse(client, t.id, flat_amount=-1000)
        # 1190 left on each line: shares 333.3 -> 333 each, the missing 1 goes to the first
        # (largest) share; tax 334*190/1190 = 53.3 -> 53, 333*190/1190 = 53.2 -> 53
        assert amounts(client, r) == [(-281, -53), (-280, -53), (-280, -53)]

    def test_second_flat_reversal_uses_what_is_left(self, client: stripe.StripeClient,
                                                    de: stripe.tax.Registration) -> None:
        calc = calculate(client, lines=[{"amount": 1000, "reference": "a"},
                                        {"amount": 2000, "reference": "b"}])
        t = record(client, calc.id)
        a = txn_lines(client, t)[0]
        reverse(client, t.id, line_items=[{"original_line_item": a.id, "reference": "x",
                                           "amount": -1000, "amount_tax": -190}])
        r = reverse(client, t.id, flat_amount=-1190)
        # line a is fully refunded: 0/0; all of it comes from b (2380 left): tax 190
        assert amounts(client, r) == [(0, 0), (-1000, -190)]

    def test_more_than_remains(self, client: stripe.StripeClient,
                               sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, flat_amount=-17496)
        assert (e.http_status, e.param) == (400, "flat_amount")
        r = reverse(client, sale.id, flat_amount=-17495)
        assert sum(a + (t if i == 0 else 0) for i, (a, t) in enumerate(amounts(client, r))) \
            + r.shipping_cost.amount + r.shipping_cost.amount_tax == -17495

    def test_positive_flat_amount(self, client: stripe.StripeClient,
                                  sale: stripe.tax.Transaction) -> None:
        e = _error(reverse, client, sale.id, flat_amount=100)
        assert e.param == "flat_amount"


class TestUndoFullReversal:
    def test_full_reversal_possible_again(self, client: stripe.StripeClient,
                                          sale: stripe.tax.Transaction) -> None:
        full = reverse(client, sale.id, "full")
        reverse(client, full.id, "full")  # undo it
        again = reverse(client, sale.id, "full")
        assert amounts(client, again) == [(-10000, -1900), (-5000, -798)]
