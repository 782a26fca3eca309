"""Customers: create, retrieve, update, delete, list; `customer.*` events.

What a customer keeps off its document (the tax IP address, cash balance settings) lives in
its `customer.private` record.
"""

from __future__ import annotations

import secrets
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.api.shapes import address, shipping
from stripe_emulator.areas.core.models import Customer
from stripe_emulator.areas.core.sdk_params import (
    CustomerCreateParams,
    CustomerListParams,
    CustomerUpdateParams,
)
from stripe_emulator.areas.payments import payment_methods
from stripe_emulator.events import changed_attributes, emit, on_event

__all__ = ["adopt_currency", "create", "delete", "list_customers", "next_invoice_number",
           "retrieve", "set_delinquent", "update"]

TEST_CLOCK = "test_helpers.test_clock"
PRIVATE = "customer.private"


def _invoice_prefix() -> str:
    # Stripe shows 7-8 upper-case hex-like characters; the prefix is not a secret, but it
    # must not follow the seeded id sequence either (it would repeat across accounts).
    return secrets.token_hex(4).upper()  # one urandom call, not eight secrets.choice


def _check_invoice_prefix(prefix: str) -> str:
    if not (1 <= len(prefix) <= 12 and prefix.isalnum() and prefix == prefix.upper()):
        raise InvalidRequestError(
            "Invoice prefix must be between 1 and 12 characters long and contain only "
            "uppercase letters and numbers.", param="invoice_prefix")
    return prefix


def _invoice_settings(p: Any, current: dict[str, Any] | None = None) -> dict[str, Any]:
    settings = dict(current or {"custom_fields": None, "default_payment_method": None,
                                "footer": None, "rendering_options": None})
    if p is None:
        return settings
    if p.sent("custom_fields"):
        settings["custom_fields"] = (
            [{"name": f.name, "value": f.value} for f in p.custom_fields]
            if p.custom_fields else None)
    if p.sent("footer"):
        settings["footer"] = p.footer
    if p.sent("rendering_options"):
        ro = p.rendering_options
        settings["rendering_options"] = None if ro is None else {
            "amount_tax_display": ro.amount_tax_display,
            "template": getattr(ro, "template", None)}
    if p.sent("default_payment_method"):
        settings["default_payment_method"] = p.default_payment_method
    return settings


async def _check_default_payment_method(ctx: Context, customer_id: str | None,
                                        pm_id: str | None) -> None:
    if not pm_id:
        return
    pm = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod",
                                param="invoice_settings[default_payment_method]")
    if pm.get("customer") != customer_id:
        raise InvalidRequestError(
            f"The customer does not have a payment method with the ID {pm_id}. The payment "
            "method must be attached to the customer.",
            param="invoice_settings[default_payment_method]")


async def create(ctx: Context, p: CustomerCreateParams) -> Customer:
    """Create a customer; a test clock, when named, must exist."""
    now = ctx.now()
    if p.test_clock:
        clock = await ctx.objects.load(TEST_CLOCK, p.test_clock, thing="test clock",
                                       param="test_clock")
        now = int(clock["frozen_time"])
    if p.source:
        await ctx.objects.load("token", p.source, param="source")
    customer: Customer = {
        "id": ctx.new_id("cus"),
        "object": "customer",
        "address": address(p.address),
        "balance": p.balance or 0,
        "business_name": p.business_name,
        "created": now,
        "currency": None,
        "customer_account": None,
        "default_source": None,
        "delinquent": False,
        "description": p.description,
        "discount": None,
        "email": p.email,
        "individual_name": p.individual_name,
        "invoice_prefix": _check_invoice_prefix(p.invoice_prefix) if p.invoice_prefix
        else _invoice_prefix(),
        "invoice_settings": _invoice_settings(p.invoice_settings),
        "livemode": False,
        "metadata": p.metadata or {},
        "name": p.name,
        "next_invoice_sequence": p.next_invoice_sequence or 1,
        "phone": p.phone,
        "preferred_locales": p.preferred_locales or [],
        "shipping": shipping(p.shipping),
        "tax_exempt": p.tax_exempt or "none",
        "test_clock": p.test_clock,
    }
    await ctx.objects.insert(customer)
    await _save_private(ctx, customer["id"], p)
    await emit(ctx, "customer.created", dict(customer), created=now)
    if p.payment_method:
        # Attaching is the payment methods' job: the same checks (and declines) apply.
        pm = await payment_methods.resolve(ctx, p.payment_method, param="payment_method",
                                           now=now)
        await payment_methods.attach_to(ctx, pm, dict(customer), now=now)
    await _check_default_payment_method(ctx, customer["id"],
                                        customer["invoice_settings"]["default_payment_method"])
    return customer


async def retrieve(ctx: Context, customer_id: str) -> Row:
    """A customer; a deleted one comes back as its `deleted: true` stub, as on Stripe."""
    return await ctx.objects.load_row(Customer, customer_id, deleted=True)


async def update(ctx: Context, customer_id: str, p: CustomerUpdateParams) -> dict[str, Any]:
    """Change the fields sent; metadata merges; "" unsets nullable fields."""
    before: dict[str, Any] = dict(await ctx.objects.load(Customer, customer_id))
    after = dict(before)
    for name in ("balance", "business_name", "description", "email", "individual_name",
                 "name", "next_invoice_sequence", "phone"):
        if p.sent(name):
            after[name] = getattr(p, name)
    if p.sent("balance") and p.balance is None:
        after["balance"] = 0
    if p.sent("address"):
        after["address"] = address(p.address)
    if p.sent("shipping"):
        after["shipping"] = shipping(p.shipping)
    if p.sent("preferred_locales"):
        after["preferred_locales"] = p.preferred_locales or []
    if p.sent("tax_exempt"):
        after["tax_exempt"] = p.tax_exempt or "none"
    if p.sent("invoice_prefix") and p.invoice_prefix:
        after["invoice_prefix"] = _check_invoice_prefix(p.invoice_prefix)
    if p.sent("invoice_settings"):
        after["invoice_settings"] = _invoice_settings(p.invoice_settings,
                                                      before["invoice_settings"])
        await _check_default_payment_method(
            ctx, customer_id, after["invoice_settings"]["default_payment_method"])
    if p.sent("default_source"):
        if p.default_source:
            await ctx.objects.load("source", p.default_source, param="default_source")
        after["default_source"] = p.default_source
    if p.source:
        await ctx.objects.load("token", p.source, param="source")
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    await _save_private(ctx, customer_id, p)
    previous = changed_attributes(before, after)
    if previous:
        await ctx.objects.save(after)
        await emit(ctx, "customer.updated", after, previous_attributes=previous)
    return after


async def delete(ctx: Context, customer_id: str) -> dict[str, Any]:
    """Delete a customer for good; its Event carries the customer as it last was. Billing
    cancels the customer's subscriptions on that event, as Stripe does."""
    customer = await ctx.objects.load(Customer, customer_id)
    stub = await ctx.objects.delete(customer)
    await emit(ctx, "customer.deleted", customer)
    return stub


@on_event("payment_method.detached")
async def forget_detached_payment_method(ctx: Context, event: dict[str, Any]) -> None:
    """A detached PaymentMethod stops being its customer's default."""
    pm = event["data"]["object"]
    customer_id = (event["data"].get("previous_attributes") or {}).get("customer")
    customer = await ctx.objects.get(Customer, customer_id)
    if customer is None:
        return
    settings = customer["invoice_settings"]
    if settings.get("default_payment_method") != pm["id"]:
        return
    updated = dict(customer, invoice_settings=dict(settings, default_payment_method=None))
    await ctx.objects.save(updated)
    await emit(ctx, "customer.updated", updated,
               previous_attributes={"invoice_settings": settings}, created=event["created"])


# -- what billing asks of a customer ------------------------------------------------------

async def next_invoice_number(ctx: Context, customer_id: str) -> str:
    """The number of the customer's next finalized invoice (`<prefix>-0001`); the sequence
    moves on, as `next_invoice_sequence` shows."""
    customer = await ctx.objects.load(Customer, customer_id, param="customer")
    sequence = customer["next_invoice_sequence"]
    await ctx.objects.save(dict(customer, next_invoice_sequence=sequence + 1))
    return f"{customer['invoice_prefix']}-{sequence:04d}"


async def adopt_currency(ctx: Context, customer_id: str, currency: str) -> None:
    """A customer takes the currency of its first subscription or invoice, for good."""
    customer = await ctx.objects.load(Customer, customer_id, param="customer")
    if customer["currency"] is None:
        await ctx.objects.save(dict(customer, currency=currency))


async def set_delinquent(ctx: Context, customer_id: str, value: bool, *, now: int) -> None:
    """`delinquent` follows the customer's latest invoice payment: an automatic payment
    failure sets it, a paid invoice clears it (`customer.updated` when it changes)."""
    customer = await ctx.objects.get(Customer, customer_id)
    if customer is None or customer["delinquent"] == value:
        return
    after = dict(customer, delinquent=value)
    await ctx.objects.save(after)
    await emit(ctx, "customer.updated", after,
               previous_attributes={"delinquent": customer["delinquent"]}, created=now)


@on_event("test_helpers.test_clock.deleted")
async def delete_with_test_clock(ctx: Context, event: dict[str, Any]) -> None:
    """Deleting a test clock deletes the customers on it, without events of their own."""
    clock_id = event["data"]["object"]["id"]
    while True:
        found = await ctx.objects.rows(Customer, limit=100,
                                       filters=[Filter("test_clock", clock_id)])
        for row in found:
            await ctx.objects.delete(row.doc())
        if len(found) < 100:
            return


async def list_customers(ctx: Context, p: CustomerListParams) -> ListPage:
    """Customers, newest first; filters `email` (exact) and `test_clock`."""
    filters = []
    if p.email is not None:
        filters.append(Filter("email", p.email))
    if p.test_clock is not None:
        filters.append(Filter("test_clock", p.test_clock))
    return await list_objects(ctx, Customer, p, url="/v1/customers", filters=filters)


# -- expand-only fields (Stripe leaves them out unless `expand[]` names them) -------------

def _sublist(customer: dict[str, Any], name: str, data: list[Any],
             has_more: bool = False) -> dict[str, Any]:
    return {"object": "list", "data": data, "has_more": has_more,
            "url": f"/v1/customers/{customer['id']}/{name}"}


async def _sources(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    return _sublist(customer, "sources", [])


async def _tax_ids(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    rows = await ctx.objects.rows("tax_id", limit=11,
                                  filters=[Filter("customer", customer["id"])])
    return _sublist(customer, "tax_ids", [r.doc() for r in rows[:10]], len(rows) > 10)


async def _tax(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    addr = customer.get("address") or {}
    country = addr.get("country")
    private = await ctx.objects.get(PRIVATE, _private_id(customer["id"])) or {}
    ip_address = private.get("ip_address")
    if country:
        status = "supported" if country != "US" or addr.get("postal_code") else \
            "unrecognized_location"
        location = {"country": country, "source": "billing_address", "state": addr.get("state")}
    else:
        status, location = "unrecognized_location", None
    return {"automatic_tax": status, "ip_address": ip_address, "location": location,
            "provider": "stripe"}


async def _cash_balance(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    private = await ctx.objects.get(PRIVATE, _private_id(customer["id"])) or {}
    mode = private.get("reconciliation_mode")
    return {"object": "cash_balance", "available": None, "customer": customer["id"],
            "customer_account": None, "livemode": False,
            "settings": {"reconciliation_mode": mode or "automatic",
                         "using_merchant_default": mode is None}}


async def _invoice_credit_balance(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    return {}


def _private_id(customer_id: str) -> str:
    """Id of the row holding what a customer keeps off its document (tax IP, cash settings)."""
    return f"{customer_id}.private"


async def _save_private(ctx: Context, customer_id: str, p: Any) -> None:
    values: dict[str, Any] = {}
    if getattr(p, "tax", None) is not None and p.tax.sent("ip_address"):
        values["ip_address"] = p.tax.ip_address
    cash = getattr(p, "cash_balance", None)
    if cash is not None and cash.settings is not None and cash.settings.reconciliation_mode:
        mode = cash.settings.reconciliation_mode
        values["reconciliation_mode"] = None if mode == "merchant_default" else mode
    if not values:
        return
    found = await ctx.objects.get(PRIVATE, _private_id(customer_id))
    doc = found or {"id": _private_id(customer_id), "object": PRIVATE, "created": 0}
    doc.update(values)
    if found:
        await ctx.objects.save(doc)
    else:
        await ctx.objects.insert(doc)


includable("customer", "cash_balance", _cash_balance)
includable("customer", "invoice_credit_balance", _invoice_credit_balance)
includable("customer", "sources", _sources)
includable("customer", "tax", _tax)
includable("customer", "tax_ids", _tax_ids)
