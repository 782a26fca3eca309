"""Charges: one attempt to move money from a card, made by a PaymentIntent; its outcome
follows the test card (succeeds, or declines with the card's code). A succeeded charge
adds a balance transaction. Retrieve and list; `charge.*` events."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.payments import balance, payment_methods
from stripe_emulator.areas.payments.sdk_params import ChargeListParams
from stripe_emulator.areas.payments.testmode_cards import Decline
from stripe_emulator.events import emit

__all__ = ["attempt", "list_charges", "retrieve"]

#: The per-type detail hashes of `charge.payment_method_details`; all but `card` are null.
_DETAIL_TYPES = (
    "ach_credit_transfer", "ach_debit", "acss_debit", "affirm", "afterpay_clearpay", "alipay",
    "alma", "amazon_pay", "au_becs_debit", "bacs_debit", "bancontact", "billie", "bizum",
    "blik", "boleto", "card_present", "cashapp", "crypto", "customer_balance", "eps", "fpx",
    "giropay", "grabpay", "ideal", "interac_present", "kakao_pay", "klarna", "konbini",
    "kr_card", "link", "mb_way", "mobilepay", "multibanco", "naver_pay", "nz_bank_account",
    "oxxo", "p24", "pay_by_bank", "payco", "paynow", "paypal", "paypay", "payto", "pix",
    "promptpay", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_credit_transfer",
    "sepa_debit", "sequra", "sofort", "stripe_account", "sunbit", "swish", "twint", "upi",
    "us_bank_account", "wechat", "wechat_pay", "zip",
)


def _card_details(pm: dict[str, Any], amount: int, succeeded: bool) -> dict[str, Any]:
    card = pm["card"]
    checks = dict(card["checks"] or {"address_line1_check": None,
                                     "address_postal_code_check": None, "cvc_check": None})
    return {
        "amount_authorized": amount if succeeded else None,
        "authorization_code": None,
        "brand": card["brand"],
        "capture_before": None,
        "checks": checks,
        "country": card["country"],
        "description": None,
        "electronic_commerce_indicator": None,
        "exp_month": card["exp_month"],
        "exp_year": card["exp_year"],
        "extended_authorization": {"status": "disabled"},
        "fingerprint": card["fingerprint"],
        "funding": card["funding"],
        "iin": None,
        "incremental_authorization": {"status": "unavailable"},
        "installments": None,
        "issuer": None,
        "last4": card["last4"],
        "mandate": None,
        "moto": None,
        "multicapture": {"status": "unavailable"},
        "network": card["brand"],
        "network_token": {"used": False},
        "network_transaction_id": None,
        "overcapture": {"maximum_amount_capturable": amount, "status": "unavailable"},
        "regulated_status": card["regulated_status"],
        "setup_credential_usage": None,
        "stored_credential_usage": None,
        "three_d_secure": None,
        "transaction_link_id": None,
        "wallet": None,
    }


def _outcome(decline: Decline | None) -> dict[str, Any]:
    if decline is None:
        return {"advice_code": None, "network_advice_code": None,
                "network_decline_code": None, "network_status": "approved_by_network",
                "reason": None, "risk_level": "normal", "risk_score": 32, "rule": None,
                "seller_message": "Payment complete.", "type": "authorized"}
    return {"advice_code": "try_again_later" if decline.code == "processing_error"
            else "do_not_try_again" if decline.decline_code in ("lost_card", "stolen_card")
            else None,
            "network_advice_code": None, "network_decline_code": None,
            "network_status": decline.network_status, "reason": decline.decline_code,
            "risk_level": "normal", "risk_score": 32, "rule": None,
            "seller_message": decline.seller_message, "type": decline.outcome_type}


async def attempt(ctx: Context, pi: dict[str, Any], pm: dict[str, Any], *, now: int,
                  test_clock: str | None) -> tuple[dict[str, Any], Decline | None]:
    """Charge `pm` for the PaymentIntent `pi`: (the charge, its decline or None)."""
    card = await payment_methods.card_behaviour(ctx, pm["id"])
    decline = card.charge_decline if card is not None else None
    succeeded = decline is None
    amount = pi["amount"]
    details: dict[str, Any] = {name: None for name in _DETAIL_TYPES}
    details.update(card=_card_details(pm, amount, succeeded), type="card")
    charge: dict[str, Any] = {
        "id": ctx.new_id("ch"),
        "object": "charge",
        "amount": amount,
        "amount_captured": amount if succeeded else 0,
        "amount_refunded": 0,
        "application": None,
        "application_fee": None,
        "application_fee_amount": None,
        "authorization_code": None,
        "balance_transaction": None,
        "billing_details": pm["billing_details"],
        "calculated_statement_descriptor": "STRIPE EMULATOR",
        "captured": succeeded,
        "created": now,
        "currency": pi["currency"],
        "customer": pi["customer"],
        "description": pi["description"],
        "disputed": False,
        "failure_balance_transaction": None,
        "failure_code": decline.code if decline else None,
        "failure_message": decline.message if decline else None,
        "fraud_details": {"stripe_report": None, "user_report": None},
        "level3": None,
        "livemode": False,
        "metadata": {},
        "on_behalf_of": None,
        "outcome": _outcome(decline),
        "paid": succeeded,
        "payment_intent": pi["id"],
        "payment_method": pm["id"],
        "payment_method_details": details,
        "presentment_details": None,
        "radar_options": None,
        "receipt_email": None,
        "receipt_number": None,
        "receipt_url": None,
        "refunded": False,
        "review": None,
        "shipping": None,
        "source": None,
        "source_transfer": None,
        "statement_descriptor": None,
        "statement_descriptor_suffix": None,
        "status": "succeeded" if succeeded else "failed",
        "transfer": None,
        "transfer_data": None,
        "transfer_group": None,
    }
    if succeeded:
        txn = await balance.record(
            ctx, type="charge", source=charge["id"], amount=amount, currency=pi["currency"],
            fee=balance.card_fee(amount, pm["card"]["country"]),
            description=pi["description"], now=now,
            available_now=bool(card and card.available_immediately), test_clock=test_clock,
            reporting_category="charge")
        charge["balance_transaction"] = txn["id"]
    await ctx.objects.insert(dict(charge))
    await emit(ctx, "charge.succeeded" if succeeded else "charge.failed", charge, created=now)
    return charge, decline


async def retrieve(ctx: Context, charge_id: str) -> Row:
    return await ctx.objects.load_row("charge", charge_id)


async def list_charges(ctx: Context, p: ChargeListParams) -> ListPage:
    """Charges, newest first; filters customer, payment_intent, transfer_group, created."""
    filters = []
    if p.customer is not None:
        filters.append(Filter("customer", p.customer))
    if p.payment_intent is not None:
        filters.append(Filter("payment_intent", p.payment_intent))
    if p.transfer_group is not None:
        filters.append(Filter("transfer_group", p.transfer_group))
    return await list_objects(ctx, "charge", p, url="/v1/charges", filters=filters)


async def _refunds(ctx: Context, charge: dict[str, Any]) -> dict[str, Any]:
    return {"object": "list", "data": [], "has_more": False,
            "url": f"/v1/charges/{charge['id']}/refunds"}


includable("charge", "refunds", _refunds)
