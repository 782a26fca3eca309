"""Card PaymentMethods: create (raw card details, a test token, or a magic `pm_card_*`
id), retrieve, update, attach/detach, list; and `reveal_card` for forwarding.

The full number and CVC go to the vault and nowhere else: the document holds what Stripe
shows (brand, last4, expiry, fingerprint...).
"""

from __future__ import annotations

import datetime
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import (
    CardError,
    InvalidRequestError,
    ParameterMissing,
    ParametersExclusive,
    ResourceMissing,
)
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.api.shapes import address
from stripe_emulator.areas.payments import cards, testmode_cards, vault
from stripe_emulator.areas.payments.models import PAYMENT_METHOD_TYPES
from stripe_emulator.areas.payments.sdk_params import (
    CustomerListPaymentMethodsParams,
    PaymentMethodAttachParams,
    PaymentMethodCreateParams,
    PaymentMethodListParams,
    PaymentMethodUpdateParams,
)
from stripe_emulator.events import changed_attributes, emit

__all__ = ["attach", "attach_to", "card_behaviour", "create", "customer_now",
           "customer_test_clock", "detach", "list_for_customer", "list_payment_methods",
           "resolve", "retrieve", "retrieve_for_customer", "reveal_card", "update"]

RAW_NUMBERS_REFUSED = (
    "Sending credit card numbers directly to the Stripe API is generally unsafe. We suggest "
    "you use test tokens that map to the test card you are using, for example: tok_visa. To "
    "enable testing raw card data APIs, see "
    "https://support.stripe.com/questions/enabling-access-to-raw-card-data-apis.")


def _today(now: int) -> datetime.date:
    return datetime.datetime.fromtimestamp(now, datetime.UTC).date()


def _billing_details(p: Any) -> dict[str, Any]:
    details: dict[str, Any] = {"address": None, "email": None, "name": None, "phone": None,
                               "tax_id": None}
    if p is None:
        return details
    if p.address is not None:
        details["address"] = address(p.address)
    for name in ("email", "name", "phone", "tax_id"):
        details[name] = getattr(p, name, None)
    return details


def _card(ctx: Context, number: str, exp_month: int, exp_year: int, cvc: str | None,
          details: dict[str, Any]) -> dict[str, Any]:
    known = testmode_cards.by_number(number)
    brand = known.brand if known else cards.brand_of(number)
    addr = details.get("address") or {}
    return {
        "brand": brand,
        "checks": {"address_line1_check": "unchecked" if addr.get("line1") else None,
                   "address_postal_code_check": "unchecked" if addr.get("postal_code")
                   else None,
                   "cvc_check": "unchecked" if cvc else None},
        "country": known.country if known else None,
        "description": None,
        "display_brand": cards.DISPLAY_BRANDS.get(brand, "other"),
        "exp_month": exp_month,
        "exp_year": exp_year,
        "fingerprint": vault.fingerprint(ctx, number),
        "funding": known.funding if known else "unknown",
        "generated_from": None,
        "iin": None,
        "issuer": None,
        "last4": number[-4:],
        "networks": {"available": [brand], "preferred": None},
        "regulated_status": "unregulated",
        "three_d_secure_usage": {"supported": True},
        "wallet": None,
    }


async def _insert(ctx: Context, number: str, exp_month: int, exp_year: int,
                  cvc: str | None, *, details: dict[str, Any], metadata: dict[str, str],
                  allow_redisplay: str, now: int) -> dict[str, Any]:
    pm: dict[str, Any] = {name: None for name in PAYMENT_METHOD_TYPES}
    pm.update({
        "id": ctx.new_id("pm"),
        "object": "payment_method",
        "allow_redisplay": allow_redisplay,
        "billing_details": details,
        "card": _card(ctx, number, exp_month, exp_year, cvc, details),
        "created": now,
        "customer": None,
        "customer_account": None,
        "livemode": False,
        "metadata": metadata,
        "radar_options": None,
        "type": "card",
    })
    await vault.store(ctx, pm["id"], number, cvc, now)
    await ctx.objects.insert(pm)
    return pm


def _magic_card(value: str, now: int, param: str) -> tuple[str, int, int, str]:
    card = testmode_cards.by_magic_id(value)
    if card is None:
        thing = "token" if value.startswith("tok_") else "PaymentMethod"
        raise ResourceMissing(thing, value, param=param)
    today = _today(now)
    return card.number, today.month, today.year + 1, "1234" if card.brand == "amex" else "123"


async def create(ctx: Context, p: PaymentMethodCreateParams) -> dict[str, Any]:
    """Create a card PaymentMethod from card details or a test token (`card[token]`)."""
    if p.type is None:
        raise ParameterMissing("type")
    if p.type != "card":
        raise InvalidRequestError(
            f"PaymentMethods of type `{p.type}` are not supported by stripe-emulator; use "
            "`card`.", param="type")
    if p.card is None:
        raise ParameterMissing("card")
    now = ctx.now()
    c = p.card
    cvc: str | None
    if c.token is not None:
        if c.number is not None:
            raise ParametersExclusive("card[number]", "card[token]")
        number, exp_month, exp_year, cvc = _magic_card(c.token, now, "card[token]")
    else:
        number = cards.check_number(c.number)
        if c.exp_month is None:
            raise ParameterMissing("card[exp_month]")
        if c.exp_year is None:
            raise ParameterMissing("card[exp_year]")
        exp_month, exp_year = cards.check_expiry(c.exp_month, c.exp_year, _today(now))
        cvc = cards.check_cvc(c.cvc, cards.brand_of(number))
        if testmode_cards.by_number(number) is None and getattr(
                ctx.settings, "card_numbers", "test") != "any":
            raise InvalidRequestError(RAW_NUMBERS_REFUSED, param="card[number]", status=402)
    return await _insert(ctx, number, exp_month, exp_year, cvc,
                         details=_billing_details(p.billing_details),
                         metadata=p.metadata or {},
                         allow_redisplay=p.allow_redisplay or "unspecified", now=now)


async def resolve(ctx: Context, pm_id: str, *, param: str, now: int) -> dict[str, Any]:
    """The PaymentMethod `pm_id`; a magic test id (`pm_card_visa`) makes a new one each time,
    as on Stripe."""
    if testmode_cards.is_magic_id(pm_id) and pm_id.startswith("pm_"):
        number, exp_month, exp_year, cvc = _magic_card(pm_id, now, param)
        return await _insert(ctx, number, exp_month, exp_year, cvc,
                             details=_billing_details(None), metadata={},
                             allow_redisplay="unspecified", now=now)
    return await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod", param=param)


async def retrieve(ctx: Context, pm_id: str) -> dict[str, Any]:
    """A PaymentMethod (a magic test id gives a new one, as on Stripe)."""
    return await resolve(ctx, pm_id, param="payment_method", now=ctx.now())


async def update(ctx: Context, pm_id: str, p: PaymentMethodUpdateParams) -> dict[str, Any]:
    """Change billing details, expiry, metadata, allow_redisplay of an attached card."""
    before = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod")
    if before["customer"] is None:
        raise InvalidRequestError("You must save this PaymentMethod to a customer before you "
                                  "can update it.", param="payment_method")
    after = dict(before)
    now = await customer_now(ctx, before["customer"])
    if p.billing_details is not None:
        details = dict(before["billing_details"])
        b = p.billing_details
        for name in ("email", "name", "phone"):
            if b.sent(name):
                details[name] = getattr(b, name)
        if b.sent("address"):
            details["address"] = address(b.address)
        after["billing_details"] = details
    if p.card is not None and (p.card.exp_month is not None or p.card.exp_year is not None):
        card = dict(before["card"])
        card["exp_month"], card["exp_year"] = cards.check_expiry(
            p.card.exp_month or card["exp_month"], p.card.exp_year or card["exp_year"],
            _today(now))
        after["card"] = card
    if p.allow_redisplay is not None:
        after["allow_redisplay"] = p.allow_redisplay
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    previous = changed_attributes(before, after)
    if previous:
        await ctx.objects.save(after)
        await emit(ctx, "payment_method.updated", after, previous_attributes=previous,
                   created=now)
    return after


async def customer_test_clock(ctx: Context, customer_id: str | None) -> str | None:
    """The test clock a customer lives on (None: the wall clock, or no such customer)."""
    customer = await ctx.objects.get("customer", customer_id)
    return customer.get("test_clock") if customer is not None else None


async def customer_now(ctx: Context, customer_id: str | None) -> int:
    """The current time for what a customer does (its test clock's, if it has one)."""
    return await ctx.now_for(await customer_test_clock(ctx, customer_id))


async def card_behaviour(ctx: Context, pm_id: str) -> testmode_cards.TestCard | None:
    """The documented test card behind a PaymentMethod, if it is one."""
    number = await vault.number(ctx, pm_id)
    return testmode_cards.by_number(number) if number else None


async def attach(ctx: Context, pm_id: str, p: PaymentMethodAttachParams) -> dict[str, Any]:
    """Attach a PaymentMethod to a customer (a declining test card fails here, as on
    Stripe, except the "charge customer fail" card, which fails only when charged)."""
    if not p.customer:
        raise ParameterMissing("customer")
    customer = await ctx.objects.load("customer", p.customer, param="customer")
    now = await ctx.now_for(customer.get("test_clock"))
    pm = await resolve(ctx, pm_id, param="payment_method", now=now)
    return await attach_to(ctx, pm, customer, now=now)


async def attach_to(ctx: Context, pm: dict[str, Any], customer: dict[str, Any], *,
                    now: int) -> dict[str, Any]:
    """Attach `pm` to `customer` (used by attach, customer create and subscriptions)."""
    if pm["customer"] == customer["id"]:
        return pm
    if pm["customer"] is not None:
        raise InvalidRequestError("The payment method you provided has already been attached "
                                  "to a customer.", param="payment_method")
    known = await card_behaviour(ctx, pm["id"])
    if known is not None and known.decline is not None:
        d = known.decline
        raise CardError(d.message, code=d.code, decline_code=d.decline_code,
                        param="card[cvc]" if d.code == "incorrect_cvc" else None)
    before = pm
    after = dict(pm, customer=customer["id"])
    checks = dict(after["card"]["checks"])
    if checks["cvc_check"] == "unchecked":
        checks["cvc_check"] = "pass"
    after["card"] = dict(after["card"], checks=checks)
    await ctx.objects.save(after)
    await emit(ctx, "payment_method.attached", after,
               previous_attributes={"customer": before["customer"]}, created=now)
    return after


async def detach(ctx: Context, pm_id: str) -> dict[str, Any]:
    """Detach a PaymentMethod from its customer; it can no longer be used or re-attached.
    (The customer stops using it as its default on `payment_method.detached`.)"""
    before = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod")
    customer_id = before["customer"]
    if customer_id is None:
        raise InvalidRequestError("The payment method you provided is not attached to a "
                                  "customer so detachment is impossible.",
                                  param="payment_method")
    now = await customer_now(ctx, customer_id)
    after = dict(before, customer=None)
    await ctx.objects.save(after)
    await emit(ctx, "payment_method.detached", after,
               previous_attributes={"customer": customer_id}, created=now)
    return after


async def list_payment_methods(ctx: Context, p: PaymentMethodListParams) -> ListPage:
    """PaymentMethods, newest first; filters customer, type, allow_redisplay."""
    filters = []
    if p.customer is not None:
        filters.append(Filter("customer", p.customer))
    if p.type is not None:
        filters.append(Filter("type", p.type))
    if p.allow_redisplay is not None:
        filters.append(Filter("allow_redisplay", p.allow_redisplay))
    return await list_objects(ctx, "payment_method", p, url="/v1/payment_methods",
                              filters=filters, thing="PaymentMethod")


async def list_for_customer(ctx: Context, customer_id: str,
                            p: CustomerListPaymentMethodsParams) -> ListPage:
    """A customer's PaymentMethods (`GET /v1/customers/{customer}/payment_methods`)."""
    await ctx.objects.load("customer", customer_id, param="customer")
    filters = [Filter("customer", customer_id)]
    if p.type is not None:
        filters.append(Filter("type", p.type))
    if p.allow_redisplay is not None:
        filters.append(Filter("allow_redisplay", p.allow_redisplay))
    return await list_objects(ctx, "payment_method", p,
                              url=f"/v1/customers/{customer_id}/payment_methods",
                              filters=filters, thing="PaymentMethod")


async def retrieve_for_customer(ctx: Context, customer_id: str, pm_id: str) -> dict[str, Any]:
    """One of a customer's PaymentMethods; another customer's is `No such PaymentMethod`."""
    await ctx.objects.load("customer", customer_id, param="customer")
    pm = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod",
                        param="payment_method")
    if pm["customer"] != customer_id:
        raise ResourceMissing("PaymentMethod", pm_id, param="payment_method")
    return pm


async def reveal_card(ctx: Context, pm_id: str, *, consume_cvc: bool = True,
                      ) -> tuple[str, int, int, str | None, str | None]:
    """(number, exp_month, exp_year, CVC or None, cardholder name) of a card PaymentMethod,
    for forwarding. The CVC is single-use: revealing it with `consume_cvc` forgets it."""
    pm = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod",
                        param="payment_method")
    found = await vault.read(ctx, pm_id, ctx.now())
    if pm["type"] != "card" or found is None:
        raise InvalidRequestError("This PaymentMethod holds no card details.",
                                  param="payment_method")
    number, cvc = found
    if cvc is not None and consume_cvc:
        await vault.use_cvc(ctx, pm_id)
    card = pm["card"]
    return number, card["exp_month"], card["exp_year"], cvc, pm["billing_details"]["name"]
