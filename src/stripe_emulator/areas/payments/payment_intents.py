"""PaymentIntents: created by their owner (today, an invoice being finalized), confirmed
with a card (one Charge per attempt), canceled; retrieve and list; `payment_intent.*`
events. Owners follow the outcome through those events (Billing marks the invoice paid)."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api import ids
from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import DOC_URL, CardError, InvalidRequestError
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.payments import charges, payment_methods
from stripe_emulator.areas.payments.sdk_params import (
    PaymentIntentConfirmParams,
    PaymentIntentListParams,
)
from stripe_emulator.areas.payments.testmode_cards import Decline
from stripe_emulator.events import emit

__all__ = ["cancel", "confirm", "confirm_request", "create", "fail_without_payment_method",
           "list_payment_intents", "retrieve"]


async def create(ctx: Context, *, amount: int, currency: str, customer: str | None,
                 description: str | None, payment_method: str | None,
                 now: int) -> dict[str, Any]:
    """A PaymentIntent waiting for a payment method (or for confirmation)."""
    pi_id = ctx.new_id("pi")
    pi: dict[str, Any] = {
        "id": pi_id,
        "object": "payment_intent",
        "allowed_payment_method_types": None,
        "amount": amount,
        "amount_capturable": 0,
        "amount_details": None,
        "amount_received": 0,
        "application": None,
        "application_fee_amount": None,
        "automatic_payment_methods": None,
        "canceled_at": None,
        "cancellation_reason": None,
        "capture_method": "automatic",
        "client_secret": ids.new_secret(f"{pi_id}_secret", 25),
        "confirmation_method": "automatic",
        "created": now,
        "currency": currency,
        "customer": customer,
        "customer_account": None,
        "description": description,
        "excluded_payment_method_types": None,
        "hooks": None,
        "last_payment_error": None,
        "latest_charge": None,
        "livemode": False,
        "managed_payments": None,
        "metadata": {},
        "next_action": None,
        "on_behalf_of": None,
        "payment_details": None,
        "payment_method": payment_method,
        "payment_method_configuration_details": None,
        "payment_method_options": None,
        "payment_method_types": ["card"],
        "payment_record": None,
        "presentment_details": None,
        "processing": None,
        "receipt_email": None,
        "review": None,
        "setup_future_usage": None,
        "shipping": None,
        "source": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "requires_confirmation" if payment_method else "requires_payment_method",
        "transfer_data": None,
        "transfer_group": None,
    }
    await ctx.objects.insert(dict(pi))
    await emit(ctx, "payment_intent.created", pi, created=now)
    return pi


def _error(decline: Decline, charge: dict[str, Any], pm: dict[str, Any]) -> dict[str, Any]:
    return {"advice_code": charge["outcome"]["advice_code"], "charge": charge["id"],
            "code": decline.code, "decline_code": decline.decline_code,
            "doc_url": DOC_URL + decline.code.replace("_", "-"), "message": decline.message,
            "network_advice_code": None, "network_decline_code": None, "param": None,
            "payment_intent": None, "payment_method": pm, "payment_method_type": "card",
            "request_log_url": None, "setup_intent": None, "source": None,
            "type": "card_error"}


async def confirm(ctx: Context, pi: dict[str, Any], pm: dict[str, Any], *, now: int,
                  test_clock: str | None,
                  ) -> tuple[dict[str, Any], dict[str, Any], Decline | None]:
    """Charge `pm` for `pi`: (PaymentIntent after, the Charge, its decline or None)."""
    if pi["status"] in ("succeeded", "canceled"):
        raise InvalidRequestError(
            f"This PaymentIntent's status is {pi['status']}; it cannot be confirmed.",
            code="payment_intent_unexpected_state", param="payment_intent")
    attempting = dict(pi, payment_method=pm["id"])
    charge, decline = await charges.attempt(ctx, attempting, pm, now=now,
                                            test_clock=test_clock)
    if decline is None:
        after = dict(attempting, status="succeeded", amount_received=pi["amount"],
                     latest_charge=charge["id"], last_payment_error=None)
        event = "payment_intent.succeeded"
    else:
        after = dict(attempting, status="requires_payment_method", latest_charge=charge["id"],
                     last_payment_error=_error(decline, charge, pm), payment_method=None)
        event = "payment_intent.payment_failed"
    await ctx.objects.save(after)
    await emit(ctx, event, after, created=now)
    return after, charge, decline


async def fail_without_payment_method(ctx: Context, pi: dict[str, Any], *,
                                      now: int) -> dict[str, Any]:
    """Record an attempt that had no payment method to charge."""
    error = {"advice_code": None, "charge": None, "code": "payment_intent_payment_attempt_failed",
             "decline_code": None, "doc_url": None,
             "message": "The customer has no default payment method to charge.",
             "network_advice_code": None, "network_decline_code": None, "param": None,
             "payment_intent": None, "payment_method": None, "payment_method_type": None,
             "request_log_url": None, "setup_intent": None, "source": None,
             "type": "invalid_request_error"}
    after = dict(pi, last_payment_error=error, status="requires_payment_method")
    await ctx.objects.save(after)
    await emit(ctx, "payment_intent.payment_failed", after, created=now)
    return after


async def cancel(ctx: Context, pi_id: str, *, reason: str, now: int) -> None:
    """Cancel a PaymentIntent that never succeeded (its invoice was voided)."""
    pi = await ctx.objects.get("payment_intent", pi_id)
    if pi is None or pi["status"] in ("succeeded", "canceled"):
        return
    after = dict(pi, status="canceled", canceled_at=now, cancellation_reason=reason)
    await ctx.objects.save(after)
    await emit(ctx, "payment_intent.canceled", after, created=now)


async def confirm_request(ctx: Context, pi_id: str,
                          p: PaymentIntentConfirmParams) -> dict[str, Any]:
    """`POST /v1/payment_intents/{id}/confirm` (what Stripe.js does with a client secret):
    charge the card given (`payment_method`, or a magic test id such as `pm_card_visa`) or
    the one already on the PaymentIntent. A decline is a 402 card_error carrying the
    PaymentIntent; the failed attempt stays on record."""
    pi = await ctx.objects.load("payment_intent", pi_id, thing="payment_intent", param="intent")
    if p.payment_method_data is not None:
        raise InvalidRequestError("stripe-emulator confirms PaymentIntents with card "
                                  "PaymentMethods only: pass `payment_method`.",
                                  param="payment_method_data")
    if pi["status"] in ("succeeded", "canceled"):
        raise InvalidRequestError(
            f"You cannot confirm this PaymentIntent because it has a status of "
            f"{pi['status']}.", code="payment_intent_unexpected_state", param="intent")
    now = await payment_methods.customer_now(ctx, pi["customer"])
    if p.payment_method:
        pm = await payment_methods.resolve(ctx, p.payment_method, param="payment_method",
                                           now=now)
    elif pi["payment_method"]:
        pm = await ctx.objects.load("payment_method", str(pi["payment_method"]),
                                    thing="PaymentMethod", param="payment_method")
    else:
        raise InvalidRequestError(
            "You cannot confirm this PaymentIntent because it's missing a payment method. "
            "To confirm the PaymentIntent with a customer, pass `payment_method`.",
            code="payment_intent_unexpected_state", param="payment_method")
    test_clock = await payment_methods.customer_test_clock(ctx, pi["customer"])
    after, _, decline = await confirm(ctx, pi, pm, now=now, test_clock=test_clock)
    if decline is not None:
        raise CardError(decline.message, code=decline.code, decline_code=decline.decline_code,
                        payment_intent=after, keep_changes=True)
    return after


async def retrieve(ctx: Context, pi_id: str) -> Row:
    return await ctx.objects.load_row("payment_intent", pi_id, thing="payment_intent")


async def list_payment_intents(ctx: Context, p: PaymentIntentListParams) -> ListPage:
    """PaymentIntents, newest first; filters customer, created."""
    filters = []
    if p.customer is not None:
        filters.append(Filter("customer", p.customer))
    return await list_objects(ctx, "payment_intent", p, url="/v1/payment_intents",
                              filters=filters, thing="payment_intent")
