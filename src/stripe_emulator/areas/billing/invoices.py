"""Invoices of subscriptions: draft -> open -> paid | uncollectible | void.

A subscription's first invoice is finalized and charged at once; a renewal invoice stays a
draft for an hour (auto-advance), then is finalized and charged. Payment goes through a
PaymentIntent (Payments) and one Charge per attempt, with the invoice's, the subscription's
or the customer's default card. The invoice follows its PaymentIntent's outcome
(`follow_payment_intent`, on `payment_intent.succeeded|payment_failed`), whoever confirmed
it: an automatic attempt, `POST /v1/invoices/{id}/pay`, or Stripe.js confirming the
PaymentIntent. A failed payment is retried on a fixed schedule modelled on Stripe's default
Smart Retries policy (8 tries within 2 weeks); after the last one the account's "failed
payments" settings apply. `invoice.*` events; the subscription reacts to them
(`subscription_cycle`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import CardError, InvalidRequestError
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects, range_filters
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.billing.sdk_params import (
    InvoiceLineItemListParams,
    InvoiceListParams,
    InvoicePayParams,
)
from stripe_emulator.areas.core import customers
from stripe_emulator.areas.payments import payment_intents, payment_methods
from stripe_emulator.areas.tax import invoicing
from stripe_emulator.currencies import ZERO_DECIMAL
from stripe_emulator.events import changed_attributes, emit, on_event
from stripe_emulator.jobs import enqueue

__all__ = ["RETRY_DAYS", "PaymentFailure", "auto_finalize", "collect", "create_draft",
           "finalize", "finalize_invoice", "line", "list_invoices", "list_lines",
           "mark_uncollectible", "pay", "retries_exhausted", "retrieve", "retry",
           "subscription_of", "void", "void_now"]

DAY = 86400
#: Auto-advance: a renewal draft is finalized (and charged) an hour after it is created.
DRAFT_SECONDS = 3600
#: Days after the first failed attempt at which a renewal payment is tried again: with the
#: first attempt, 8 tries within 2 weeks (Stripe's recommended Smart Retries default).
RETRY_DAYS = (1, 3, 5, 7, 9, 11, 14)
_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}
NO_PAYMENT_METHOD = "invoice_no_customer_payment_method"


@dataclass(frozen=True, slots=True)
class PaymentFailure:
    """Why a payment attempt on an invoice failed, as its caller reports it."""

    code: str
    decline_code: str | None
    message: str
    #: The PaymentIntent after the attempt (a card_error carries it).
    payment_intent: dict[str, Any] | None


def _money(amount_decimal: str | None, currency: str) -> str:
    value = Decimal(amount_decimal or 0)
    if currency not in ZERO_DECIMAL:
        value = value / 100
    text = f"{value:,.2f}" if currency not in ZERO_DECIMAL else f"{value:,.0f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"


def subscription_of(invoice: dict[str, Any]) -> str | None:
    """The id of the subscription an invoice bills, if any."""
    details = (invoice.get("parent") or {}).get("subscription_details") or {}
    value = details.get("subscription")
    return str(value) if value else None


def line(ctx: Context, *, item: dict[str, Any], product_name: str, amount: int,
         period_start: int, period_end: int, subscription: str,
         trial: bool = False) -> dict[str, Any]:
    """An invoice line for one subscription item over one period (invoice id set later)."""
    price = item["price"]
    quantity = item["quantity"] or 1
    if trial:
        description = f"Trial period for {product_name}"
    else:
        recurring = price["recurring"] or {}
        every = recurring.get("interval", "")
        if recurring.get("interval_count", 1) > 1:
            every = f"{recurring['interval_count']} {every}s"
        description = (f"{quantity} × {product_name} (at "
                       f"{_money(price['unit_amount_decimal'], price['currency'])} / {every})")
    return {
        "id": ctx.new_id("il"),
        "object": "line_item",
        "amount": amount,
        "currency": price["currency"],
        "description": description,
        "discount_amounts": [],
        "discountable": True,
        "discounts": [],
        "invoice": None,
        "livemode": False,
        "metadata": item["metadata"],
        "parent": {"invoice_item_details": None,
                   "subscription_item_details": {
                       "invoice_item": None, "proration": False,
                       "proration_details": {"credited_items": None},
                       "subscription": subscription, "subscription_item": item["id"]},
                   "type": "subscription_item_details"},
        "period": {"end": period_end, "start": period_start},
        "pretax_credit_amounts": [],
        "pricing": {"price_details": {"price": price["id"], "product": price["product"]},
                    "type": "price_details",
                    "unit_amount_decimal": price["unit_amount_decimal"]},
        "quantity": quantity,
        "quantity_decimal": str(quantity),
        "subscription": subscription,
        "subtotal": amount,
        "taxes": [],
    }


async def create_draft(ctx: Context, *, customer: dict[str, Any], subscription: dict[str, Any],
                       reason: str, lines: list[dict[str, Any]], period_start: int,
                       period_end: int, now: int, auto_finalize: bool) -> dict[str, Any]:
    """A draft invoice of `subscription`; with `auto_finalize` a job finalizes it (and
    charges it) an hour later, as Stripe's auto-advance does."""
    invoice_id = ctx.new_id("in")
    total = sum(ln["amount"] for ln in lines)
    for ln in lines:
        ln["invoice"] = invoice_id
    send = subscription["collection_method"] == "send_invoice"
    finalizes_at = now + DRAFT_SECONDS if auto_finalize else None
    invoice: dict[str, Any] = {
        "id": invoice_id,
        "object": "invoice",
        "account_country": "US",
        "account_name": None,
        "account_tax_ids": None,
        "amount_due": total,
        "amount_overpaid": 0,
        "amount_paid": 0,
        "amount_paid_off_stripe": 0,
        "amount_remaining": total,
        "amount_shipping": 0,
        "application": None,
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": True,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None,
                          "provider": None, "status": None},
        "automatically_finalizes_at": finalizes_at,
        "billing_reason": reason,
        "collection_method": subscription["collection_method"],
        "confirmation_secret": None,
        "created": now,
        "currency": subscription["currency"],
        "custom_fields": None,
        "customer": customer["id"],
        "customer_account": None,
        "customer_address": customer["address"],
        "customer_email": customer["email"],
        "customer_name": customer["name"],
        "customer_phone": customer["phone"],
        "customer_shipping": customer["shipping"],
        "customer_tax_exempt": customer["tax_exempt"],
        "customer_tax_ids": [],
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": subscription["description"],
        "discounts": [],
        "due_date": None,
        "effective_at": None,
        "ending_balance": None,
        "footer": None,
        "from_invoice": None,
        "hosted_invoice_url": None,
        "invoice_pdf": None,
        "issuer": {"account": None, "type": "self"},
        "last_finalization_error": None,
        "latest_revision": None,
        "lines": {"object": "list", "data": lines, "has_more": False,
                  "total_count": len(lines), "url": f"/v1/invoices/{invoice_id}/lines"},
        "livemode": False,
        "metadata": {},
        "next_payment_attempt": finalizes_at if not send else None,
        "number": None,
        "on_behalf_of": None,
        "parent": {"quote_details": None,
                   "subscription_details": {"metadata": subscription["metadata"],
                                            "subscription": subscription["id"],
                                            "subscription_proration_date": None},
                   "type": "subscription_details"},
        "payment_settings": {"default_mandate": None, "payment_method_options": None,
                             "payment_method_types": None},
        "period_end": period_end,
        "period_start": period_start,
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": None,
        "rendering": None,
        "shipping_cost": None,
        "shipping_details": None,
        "starting_balance": 0,
        "statement_descriptor": None,
        "status": "draft",
        "status_details": None,
        "status_transitions": {"finalized_at": None, "marked_uncollectible_at": None,
                               "paid_at": None, "voided_at": None},
        "subtotal": total,
        "subtotal_excluding_tax": total,
        "test_clock": customer["test_clock"],
        "threshold_reason": None,
        "total": total,
        "total_discount_amounts": [],
        "total_excluding_tax": total,
        "total_pretax_credit_amounts": [],
        "total_taxes": [],
        "webhooks_delivered_at": None,
    }
    if (subscription.get("automatic_tax") or {}).get("enabled"):
        await _apply_automatic_tax(ctx, invoice, subscription, customer, now)
    await ctx.objects.insert(dict(invoice))
    await emit(ctx, "invoice.created", invoice, created=now)
    if auto_finalize:
        await enqueue(ctx, "billing.finalize_invoice", {"invoice": invoice_id},
                      due_at=now + DRAFT_SECONDS, test_clock=customer["test_clock"])
    return invoice


async def _apply_automatic_tax(ctx: Context, invoice: dict[str, Any],
                               subscription: dict[str, Any], customer: dict[str, Any],
                               now: int) -> None:
    """Tax a subscription invoice's lines with Stripe Tax (`automatic_tax[enabled]`): the
    lines' `taxes`, `total_taxes`, `automatic_tax` and the totals that follow. A customer
    location not precise enough leaves it untaxed, `requires_location_inputs`."""
    prices = {it["id"]: it["price"] for it in subscription["items"]["data"]}
    lines = invoice["lines"]["data"]
    to_tax = []
    for ln in lines:
        item = ln["parent"]["subscription_item_details"]["subscription_item"]
        price = prices.get(item) or {}
        to_tax.append(invoicing.InvoiceLine(
            amount=ln["amount"], tax_behavior=price.get("tax_behavior"),
            product=ln["pricing"]["price_details"]["product"],
            quantity=ln["quantity"] or 1, reference=ln["id"]))
    tax = await invoicing.tax_for_invoice(ctx, customer_id=customer["id"],
                                          currency=invoice["currency"], tax_date=now,
                                          lines=to_tax)
    for ln, line_tax in zip(lines, tax.lines, strict=True):
        ln["taxes"] = line_tax.taxes
    subtotal = invoice["subtotal"]
    total = subtotal + tax.tax_exclusive
    invoice.update(automatic_tax=tax.automatic_tax, total_taxes=tax.total_taxes, total=total,
                   subtotal_excluding_tax=subtotal - tax.tax_inclusive,
                   total_excluding_tax=subtotal - tax.tax_inclusive, amount_due=total,
                   amount_remaining=total)


async def _payment(ctx: Context, invoice: dict[str, Any], pi: dict[str, Any],
                   now: int) -> None:
    payment = {
        "id": ctx.new_id("inpay"),
        "object": "invoice_payment",
        "amount_paid": None,
        "amount_requested": invoice["amount_due"],
        "created": now,
        "currency": invoice["currency"],
        "invoice": invoice["id"],
        "is_default": True,
        "livemode": False,
        "payment": {"charge": None, "payment_intent": pi["id"], "payment_record": None,
                    "type": "payment_intent"},
        "status": "open",
        "status_transitions": {"canceled_at": None, "paid_at": None},
    }
    await ctx.objects.insert(payment)


async def _default_payment(ctx: Context, invoice: dict[str, Any]) -> dict[str, Any] | None:
    return await ctx.objects.find("invoice_payment", Filter("invoice", invoice["id"]),
                                  Filter("is_default", True))


async def _subscription(ctx: Context, invoice: dict[str, Any]) -> dict[str, Any] | None:
    return await ctx.objects.get("subscription", subscription_of(invoice))


async def finalize(ctx: Context, invoice: dict[str, Any], now: int, *,
                   subscription: dict[str, Any] | None = None) -> dict[str, Any]:
    """Draft -> open: number it, and open a PaymentIntent to collect it (a zero invoice is
    paid there and then). `subscription` is the invoice's subscription when the caller holds
    it (one being created is not stored yet)."""
    if invoice["status"] != "draft":
        raise InvalidRequestError("This invoice is already finalized.",
                                  code="invoice_not_editable", param="invoice")
    number = await customers.next_invoice_number(ctx, invoice["customer"])
    after = dict(invoice, status="open", number=number, effective_at=now, ending_balance=0,
                 automatically_finalizes_at=None, next_payment_attempt=None,
                 status_transitions=dict(invoice["status_transitions"], finalized_at=now))
    if subscription is None:
        subscription = await _subscription(ctx, invoice)
    if invoice["collection_method"] == "send_invoice":
        days = (subscription or {}).get("days_until_due") or 0
        after["due_date"] = now + days * DAY
    base = ctx.runtime.public_url
    after["hosted_invoice_url"] = f"{base}/invoices/{invoice['id']}"
    after["invoice_pdf"] = f"{base}/invoices/{invoice['id']}/pdf"
    if after["amount_due"] > 0 and after["collection_method"] == "charge_automatically":
        after["next_payment_attempt"] = now
    if after["amount_due"] > 0:
        pi = await payment_intents.create(
            ctx, amount=after["amount_due"], currency=after["currency"],
            customer=after["customer"], description=_pi_description(after),
            payment_method=None, now=now)
        after["confirmation_secret"] = {"client_secret": pi["client_secret"],
                                        "type": "payment_intent"}
        await _payment(ctx, after, pi, now)
    await ctx.objects.save(after)
    await emit(ctx, "invoice.finalized", after, created=now)
    if after["amount_due"] == 0:
        after = await _mark_paid(ctx, after, now)
    return after


def _pi_description(invoice: dict[str, Any]) -> str:
    return {"subscription_create": "Subscription creation",
            "subscription_cycle": "Subscription update",
            "subscription_update": "Subscription update"}.get(invoice["billing_reason"],
                                                              "Invoice payment")


async def _payment_method_for(ctx: Context, invoice: dict[str, Any],
                              subscription: dict[str, Any] | None) -> str | None:
    if invoice["default_payment_method"]:
        return str(invoice["default_payment_method"])
    if subscription and subscription.get("default_payment_method"):
        return str(subscription["default_payment_method"])
    customer = await ctx.objects.get("customer", invoice["customer"])
    pm = (customer or {}).get("invoice_settings", {}).get("default_payment_method")
    return str(pm) if pm else None


async def _mark_paid(ctx: Context, invoice: dict[str, Any], now: int) -> dict[str, Any]:
    after = dict(invoice, status="paid", amount_paid=invoice["amount_due"],
                 amount_remaining=0, next_payment_attempt=None, auto_advance=False,
                 status_transitions=dict(invoice["status_transitions"], paid_at=now))
    await ctx.objects.save(after)
    await emit(ctx, "invoice.paid", after, created=now)
    await emit(ctx, "invoice.payment_succeeded", after, created=now)
    return after


async def collect(ctx: Context, invoice: dict[str, Any], now: int, *,
                  payment_method: str | None = None,
                  subscription: dict[str, Any] | None = None,
                  ) -> tuple[dict[str, Any], PaymentFailure | None]:
    """One payment attempt on an open invoice: (the invoice after it, why it failed or
    None). The card is `payment_method`, else the invoice's, the subscription's or the
    customer's default. What the attempt does to the invoice (paid, or a failed attempt and
    the next retry) follows from its PaymentIntent's event (`follow_payment_intent`)."""
    if invoice["status"] != "open":
        return invoice, None
    payment = await _default_payment(ctx, invoice)
    if payment is None:  # nothing to collect
        return invoice, None
    pi = await ctx.objects.load("payment_intent", payment["payment"]["payment_intent"])
    if subscription is None:
        subscription = await _subscription(ctx, invoice)
    pm_id = payment_method or await _payment_method_for(ctx, invoice, subscription)
    failure: PaymentFailure | None = None
    if pm_id is None:
        pi = await payment_intents.fail_without_payment_method(ctx, pi, now=now)
        failure = PaymentFailure(NO_PAYMENT_METHOD, None,
                                 "The customer has no default payment method to charge.", pi)
    else:
        pm = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod",
                                    param="payment_method")
        pi, _, decline = await payment_intents.confirm(ctx, pi, pm, now=now,
                                                       test_clock=invoice["test_clock"])
        if decline is not None:
            failure = PaymentFailure(decline.code, decline.decline_code, decline.message, pi)
    return await ctx.objects.load("invoice", invoice["id"]), failure


@on_event("payment_intent.succeeded", "payment_intent.payment_failed")
async def follow_payment_intent(ctx: Context, event: dict[str, Any]) -> None:
    """An invoice's PaymentIntent succeeded (the invoice is paid) or an attempt failed (one
    more attempt on record, the next retry scheduled), whoever confirmed it."""
    pi = event["data"]["object"]
    payment = await ctx.objects.find("invoice_payment",
                                     Filter("payment.payment_intent", pi["id"]))
    invoice = await ctx.objects.get("invoice", payment["invoice"]) if payment else None
    if payment is None or invoice is None or invoice["status"] != "open":
        return
    now = int(event["created"])
    attempted = dict(invoice, attempted=True, attempt_count=invoice["attempt_count"] + 1)
    if event["type"] == "payment_intent.succeeded":
        await ctx.objects.save(dict(payment, status="paid", amount_paid=invoice["amount_due"],
                                    status_transitions=dict(payment["status_transitions"],
                                                            paid_at=now)))
        await _mark_paid(ctx, attempted, now)
    else:
        await _payment_failed(ctx, attempted, now)


def _retries(invoice: dict[str, Any]) -> bool:
    """Are failed payments of this invoice retried (Smart Retries: a subscription's renewal
    invoices, charged automatically; a first invoice fails its subscription instead)?"""
    return (subscription_of(invoice) is not None
            and invoice["billing_reason"] != "subscription_create"
            and invoice["collection_method"] == "charge_automatically")


async def _payment_failed(ctx: Context, invoice: dict[str, Any], now: int) -> None:
    """Record a failed attempt: the next retry if one is left, `invoice.payment_failed`; after
    the last retry, the account's setting may mark the invoice uncollectible."""
    attempts = invoice["attempt_count"]
    after = dict(invoice, next_payment_attempt=None)
    retrying = _retries(invoice) and attempts <= len(RETRY_DAYS)
    if retrying:
        first = invoice["status_transitions"]["finalized_at"] or now
        after["next_payment_attempt"] = first + RETRY_DAYS[attempts - 1] * DAY
        await enqueue(ctx, "billing.retry_invoice_payment",
                      {"invoice": invoice["id"], "attempt": attempts},
                      due_at=after["next_payment_attempt"], test_clock=invoice["test_clock"])
    await ctx.objects.save(after)
    await emit(ctx, "invoice.payment_failed", after, created=now)
    if _retries(invoice) and not retrying and \
            ctx.settings.invoice_after_failed_retries == "uncollectible":
        await _uncollectible(ctx, after, now)


def retries_exhausted(invoice: dict[str, Any]) -> bool:
    """After a failed payment: was it the last automatic attempt of a retried invoice?"""
    return _retries(invoice) and invoice["next_payment_attempt"] is None


async def retry(ctx: Context, invoice_id: str, attempt: int, now: int) -> None:
    """A scheduled retry (a job): only if the invoice is still open at that attempt."""
    invoice = await ctx.objects.get("invoice", invoice_id)
    if invoice is not None and invoice["status"] == "open" and \
            invoice["attempt_count"] == attempt:
        await collect(ctx, invoice, now)


async def auto_finalize(ctx: Context, invoice_id: str, now: int) -> None:
    """Auto-advance (a job): finalize a renewal draft and charge it."""
    invoice = await ctx.objects.get("invoice", invoice_id)
    if invoice is None or invoice["status"] != "draft" or not invoice["auto_advance"]:
        return
    subscription = await _subscription(ctx, invoice)
    if subscription is None and invoice["parent"] is not None:
        return  # its subscription went with its test clock
    if subscription is not None and subscription["status"] in (
            "unpaid", "paused", "canceled", "incomplete_expired"):
        return  # Stripe leaves these drafts alone
    invoice = await finalize(ctx, invoice, now, subscription=subscription)
    if invoice["collection_method"] == "charge_automatically":
        await collect(ctx, invoice, now, subscription=subscription)


# -- API operations ----------------------------------------------------------------------

async def _now(ctx: Context, invoice: dict[str, Any]) -> int:
    return await ctx.now_for(invoice.get("test_clock"))


async def retrieve(ctx: Context, invoice_id: str) -> Row:
    return await ctx.objects.load_row("invoice", invoice_id, deleted=True)


async def finalize_invoice(ctx: Context, invoice_id: str) -> dict[str, Any]:
    """`POST /v1/invoices/{id}/finalize`: finalize a draft now (charging it is left to
    auto-advance, which happens at once here)."""
    invoice = await ctx.objects.load("invoice", invoice_id)
    now = await _now(ctx, invoice)
    invoice = await finalize(ctx, invoice, now)
    if invoice["collection_method"] == "charge_automatically" and invoice["auto_advance"]:
        invoice, _ = await collect(ctx, invoice, now)
    return invoice


async def pay(ctx: Context, invoice_id: str, p: InvoicePayParams) -> dict[str, Any]:
    """Attempt payment now; a decline is a 402 card_error, as on Stripe."""
    invoice = await ctx.objects.load("invoice", invoice_id)
    now = await _now(ctx, invoice)
    if invoice["status"] == "draft":
        invoice = await finalize(ctx, invoice, now)
    if invoice["status"] == "paid":
        raise InvalidRequestError("Invoice is already paid.", param="invoice")
    if invoice["status"] != "open":
        raise InvalidRequestError(f"This invoice can no longer be paid: it is "
                                  f"{invoice['status']}.", param="invoice")
    if p.paid_out_of_band:
        after = dict(invoice, amount_paid_off_stripe=invoice["amount_remaining"])
        return await _mark_paid(ctx, after, now)
    pm_id = None
    if p.payment_method:
        pm = await payment_methods.resolve(ctx, p.payment_method, param="payment_method",
                                           now=now)
        pm_id = pm["id"]
    after, failure = await collect(ctx, invoice, now, payment_method=pm_id)
    if failure is not None:
        if failure.code == NO_PAYMENT_METHOD:
            raise InvalidRequestError(failure.message, code=failure.code, param="invoice")
        # The failed attempt stays on record (Charge, PaymentIntent error, events).
        raise CardError(failure.message, code=failure.code,
                        decline_code=failure.decline_code, keep_changes=True)
    return after


async def void(ctx: Context, invoice_id: str) -> dict[str, Any]:
    """Void an open or uncollectible invoice; its PaymentIntent is canceled."""
    invoice = await ctx.objects.load("invoice", invoice_id)
    if invoice["status"] not in ("open", "uncollectible"):
        raise InvalidRequestError(f"You can only void open or uncollectible invoices; this "
                                  f"invoice is {invoice['status']}.", param="invoice")
    return await void_now(ctx, invoice, await _now(ctx, invoice))


async def void_now(ctx: Context, invoice: dict[str, Any], now: int) -> dict[str, Any]:
    """Void `invoice` at `now` (a request, or its subscription expiring unpaid)."""
    after = dict(invoice, status="void", amount_remaining=0, next_payment_attempt=None,
                 auto_advance=False,
                 status_transitions=dict(invoice["status_transitions"], voided_at=now))
    payment = await _default_payment(ctx, invoice)
    if payment is not None:
        await payment_intents.cancel(ctx, payment["payment"]["payment_intent"],
                                     reason="void_invoice", now=now)
        await ctx.objects.save(dict(payment, status="canceled", status_transitions=dict(
            payment["status_transitions"], canceled_at=now)))
    await ctx.objects.save(after)
    await emit(ctx, "invoice.voided", after, previous_attributes=changed_attributes(
        invoice, after), created=now)
    return after


async def _uncollectible(ctx: Context, invoice: dict[str, Any], now: int) -> dict[str, Any]:
    after = dict(invoice, status="uncollectible", next_payment_attempt=None,
                 auto_advance=False, status_transitions=dict(
                     invoice["status_transitions"], marked_uncollectible_at=now))
    await ctx.objects.save(after)
    await emit(ctx, "invoice.marked_uncollectible", after, created=now)
    return after


async def mark_uncollectible(ctx: Context, invoice_id: str) -> dict[str, Any]:
    """Mark an open invoice uncollectible (no more automatic attempts)."""
    invoice = await ctx.objects.load("invoice", invoice_id)
    if invoice["status"] != "open":
        raise InvalidRequestError(f"You can only mark open invoices as uncollectible; this "
                                  f"invoice is {invoice['status']}.", param="invoice")
    return await _uncollectible(ctx, invoice, await _now(ctx, invoice))


async def list_invoices(ctx: Context, p: InvoiceListParams) -> ListPage:
    """Invoices, newest first; filters customer, subscription, status, collection_method,
    created, due_date."""
    filters = []
    if p.customer is not None:
        filters.append(Filter("customer", p.customer))
    if p.subscription is not None:
        filters.append(Filter("parent.subscription_details.subscription", p.subscription))
    if p.status is not None:
        filters.append(Filter("status", p.status))
    if p.collection_method is not None:
        filters.append(Filter("collection_method", p.collection_method))
    filters += range_filters("due_date", p.due_date)
    return await list_objects(ctx, "invoice", p, url="/v1/invoices", filters=filters)


async def list_lines(ctx: Context, invoice_id: str, p: InvoiceLineItemListParams) -> ListPage:
    """An invoice's lines, in order, with the usual cursors."""
    invoice = await ctx.objects.load("invoice", invoice_id)
    lines = invoice["lines"]["data"]
    start = 0
    if p.starting_after:
        ids = [ln["id"] for ln in lines]
        if p.starting_after not in ids:
            raise InvalidRequestError(f"No such line item: '{p.starting_after}'",
                                      param="starting_after")
        start = ids.index(p.starting_after) + 1
    limit = p.limit or 10
    page = lines[start:start + limit]
    return ListPage(url=f"/v1/invoices/{invoice_id}/lines", data=page,
                    has_more=start + limit < len(lines))


async def _payments(ctx: Context, invoice: dict[str, Any]) -> dict[str, Any]:
    rows = await ctx.objects.rows("invoice_payment", limit=11,
                                  filters=[Filter("invoice", invoice["id"])])
    return {"object": "list", "data": [r.doc() for r in rows[:10]], "has_more": len(rows) > 10,
            "url": f"/v1/invoice_payments?invoice={invoice['id']}"}


includable("invoice", "payments", _payments)
