"""Subscriptions: create (items, trials, payment behaviours), retrieve, update (items,
cancellation, trial, payment method), cancel now, resume, list; `customer.subscription.*`
events. What happens over time lives in `subscription_cycle`."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import (
    CardError,
    InvalidRequestError,
    ParameterMissing,
    ParametersExclusive,
)
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects, range_filters
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.billing import invoices, subscription_cycle
from stripe_emulator.areas.billing.periods import add_interval, next_period_end
from stripe_emulator.areas.billing.sdk_params import (
    SubscriptionCancelParams,
    SubscriptionCreateParams,
    SubscriptionListParams,
    SubscriptionResumeParams,
    SubscriptionUpdateParams,
)
from stripe_emulator.areas.billing.subscription_cycle import ENDED, items_list, save
from stripe_emulator.areas.core import customers, prices
from stripe_emulator.areas.tax import invoicing
from stripe_emulator.events import changed_attributes, emit

__all__ = ["cancel", "create", "list_subscriptions", "resume", "retrieve", "update"]

DAY = 86400
MAX_TRIAL_DAYS = 730
#: Params that change what is charged and that this server does not model yet: refused
#: rather than silently ignored.
_UNSUPPORTED = ("add_invoice_items", "discounts", "default_tax_rates", "billing_thresholds",
                "application_fee_percent", "transfer_data", "pause_collection",
                "billing_schedules", "pending_invoice_item_interval", "on_behalf_of",
                "backdate_start_date")


def _refuse_unsupported(p: Any) -> None:
    for name in _UNSUPPORTED:
        if name in type(p).model_fields and p.sent(name) and getattr(p, name) not in (None, []):
            raise InvalidRequestError(f"stripe-emulator does not support `{name}` on "
                                      "subscriptions yet.", param=name)


#: `automatic_tax` of a subscription without Stripe Tax.
TAX_DISABLED = {"disabled_reason": None, "enabled": False, "liability": None}


async def _automatic_tax(ctx: Context, p: Any) -> dict[str, Any] | None:
    """`automatic_tax` as sent (None if not sent); enabling it needs active tax settings
    (a head office), else Stripe's 400 on `automatic_tax[enabled]`."""
    tax = getattr(p, "automatic_tax", None)
    if tax is None:
        return None
    if not tax.enabled:
        return dict(TAX_DISABLED)
    await invoicing.require_active(ctx)
    return {"disabled_reason": None, "enabled": True,
            "liability": {"account": None, "type": "self"}}


def plan_of(price: dict[str, Any]) -> dict[str, Any]:
    """The legacy Plan view of a recurring price, as subscription items still carry it."""
    recurring = price["recurring"]
    return {
        "id": price["id"], "object": "plan", "active": price["active"],
        "amount": price["unit_amount"], "amount_decimal": price["unit_amount_decimal"],
        "billing_scheme": price["billing_scheme"], "created": price["created"],
        "currency": price["currency"], "interval": recurring["interval"],
        "interval_count": recurring["interval_count"], "livemode": False,
        "metadata": price["metadata"], "meter": recurring["meter"],
        "nickname": price["nickname"], "product": price["product"],
        "tiers_mode": price["tiers_mode"], "transform_usage": price["transform_quantity"],
        "trial_period_days": recurring["trial_period_days"],
        "usage_type": recurring["usage_type"],
    }


def _item(ctx: Context, sub_id: str, price: dict[str, Any], quantity: int | None,
          metadata: dict[str, str], start: int, end: int, now: int) -> dict[str, Any]:
    metered = price["recurring"]["usage_type"] == "metered"
    return {
        "id": ctx.new_id("si"), "object": "subscription_item", "billed_until": None,
        "billing_thresholds": None, "created": now, "current_period_end": end,
        "current_period_start": start, "current_trial": None, "discounts": [],
        "metadata": metadata, "plan": plan_of(price), "price": price,
        "quantity": None if metered else (1 if quantity is None else quantity),
        "subscription": sub_id, "tax_rates": [],
    }


async def _price_for(ctx: Context, it: Any, i: int, now: int) -> dict[str, Any]:
    param = f"items[{i}][price]"
    price_id = it.price or it.plan
    if price_id and it.price_data is not None:
        raise ParametersExclusive(param, f"items[{i}][price_data]")
    if price_id:
        price = await ctx.objects.load("price", price_id, param=param)
        if not price["active"]:
            raise InvalidRequestError("The price specified is inactive. This field only "
                                      "accepts active prices.", param=param)
    elif it.price_data is not None:
        price = await prices.create_inline(ctx, it.price_data, product=None, now=now,
                                           prefix=f"items[{i}][price_data]", active=False)
    else:
        raise ParameterMissing(param)
    if price["type"] != "recurring":
        raise InvalidRequestError("The price specified is set to `type=one_time` but this "
                                  "field only accepts prices with `type=recurring`.",
                                  param=param)
    if it.quantity is not None and it.quantity < 0:
        raise InvalidRequestError("Invalid quantity: must be a non-negative integer.",
                                  param=f"items[{i}][quantity]")
    return price


def _check_compatible(item_prices: list[dict[str, Any]]) -> None:
    first = item_prices[0]
    seen: set[str] = set()
    for price in item_prices:
        if price["id"] in seen:
            raise InvalidRequestError("Cannot add multiple subscription items with the same "
                                      f"plan: {price['id']}", param="items")
        seen.add(price["id"])
        if price["currency"] != first["currency"]:
            raise InvalidRequestError("Currency and interval fields must match across all "
                                      "plans on this subscription. Found mismatch in "
                                      "currency field.", param="items")
        if (price["recurring"]["interval"], price["recurring"]["interval_count"]) != (
                first["recurring"]["interval"], first["recurring"]["interval_count"]):
            raise InvalidRequestError("Currency and interval fields must match across all "
                                      "plans on this subscription. Found mismatch in "
                                      "interval field.", param="items")


async def _attached_payment_method(ctx: Context, pm_id: str, customer_id: str,
                                   param: str) -> str:
    pm = await ctx.objects.load("payment_method", pm_id, thing="PaymentMethod", param=param)
    if pm["customer"] != customer_id:
        raise InvalidRequestError(
            f"The customer does not have a payment method with the ID {pm_id}. The payment "
            "method must be attached to the customer.", param=param)
    return pm_id


def _timestamp_in_future(value: int, now: int, param: str) -> int:
    if value <= now:
        raise InvalidRequestError("Invalid timestamp: must be an integer Unix timestamp in "
                                  "the future.", param=param)
    return value


def _trial_end(p: Any, now: int, item_prices: list[dict[str, Any]]) -> int | None:
    if p.trial_end is not None and p.trial_period_days is not None:
        raise ParametersExclusive("trial_end", "trial_period_days")
    end: int | None = None
    if p.trial_end == "now":
        return None
    if isinstance(p.trial_end, int):
        end = _timestamp_in_future(p.trial_end, now, "trial_end")
    elif p.trial_period_days:
        end = now + p.trial_period_days * DAY
    elif p.trial_from_plan:
        days = max((pr["recurring"]["trial_period_days"] or 0) for pr in item_prices)
        end = now + days * DAY if days else None
    if end is not None and end > now + MAX_TRIAL_DAYS * DAY:
        param = "trial_end" if isinstance(p.trial_end, int) else "trial_period_days"
        raise InvalidRequestError(f"Trials may last at most {MAX_TRIAL_DAYS} days.",
                                  param=param)
    return end


def _cancel_at(value: Any, items: list[dict[str, Any]], now: int) -> int | None:
    if value is None:
        return None
    ends = [int(it["current_period_end"]) for it in items]
    if value in ("max_period_end", "max_billed_until"):
        return max(ends)
    if value == "min_period_end":
        return min(ends)
    return _timestamp_in_future(int(value), now, "cancel_at")


def _trial_settings(p: Any) -> dict[str, Any]:
    behavior = p.end_behavior if p is not None else None
    return {"end_behavior": {
        "billing_cycle_anchor": getattr(behavior, "billing_cycle_anchor", None),
        "missing_payment_method": getattr(behavior, "missing_payment_method", None)
        or "create_invoice"}}


def _document(sub_id: str, p: SubscriptionCreateParams, customer: dict[str, Any],
              items: list[dict[str, Any]], *, now: int, anchor: int,
              trial_end: int | None, default_pm: str | None) -> dict[str, Any]:
    """A new subscription, every field as Stripe shows it (status decided later)."""
    return {
        "id": sub_id,
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": dict(TAX_DISABLED),
        "billing_cycle_anchor": anchor,
        "billing_cycle_anchor_config": None,
        "billing_mode": {"flexible": None, "type": "classic", "updated_at": None},
        "billing_schedules": [],
        "billing_thresholds": None,
        "cancel_at": None,
        "cancel_at_period_end": bool(p.cancel_at_period_end),
        "canceled_at": None,
        "cancellation_details": {"comment": None, "feedback": None, "feedback_option": None,
                                 "reason": None},
        "collection_method": p.collection_method or "charge_automatically",
        "created": now,
        "currency": items[0]["price"]["currency"],
        "customer": customer["id"],
        "customer_account": None,
        "days_until_due": p.days_until_due,
        "default_payment_method": default_pm,
        "default_source": None,
        "default_tax_rates": [],
        "description": p.description,
        "discounts": [],
        "ended_at": None,
        "invoice_settings": {"account_tax_ids": None, "custom_fields": None,
                             "description": None, "footer": None,
                             "issuer": {"account": None, "type": "self"}},
        "items": items_list(sub_id, items),
        "latest_invoice": None,
        "livemode": False,
        "managed_payments": None,
        "metadata": p.metadata or {},
        "next_pending_invoice_item_invoice": None,
        "on_behalf_of": None,
        "pause_collection": None,
        "payment_settings": {"payment_method_options": None, "payment_method_types": None,
                             "save_default_payment_method": "off"},
        "pending_invoice_item_interval": None,
        "pending_setup_intent": None,
        "pending_update": None,
        "presentment_details": None,
        "schedule": None,
        "start_date": now,
        "status": "incomplete",
        "status_details": None,
        "test_clock": customer["test_clock"],
        "transfer_data": None,
        "trial_end": trial_end,
        "trial_settings": _trial_settings(p.trial_settings),
        "trial_start": now if trial_end else None,
    }


def _first_period(p: SubscriptionCreateParams, now: int, trial_end: int | None,
                  recurring: dict[str, Any]) -> tuple[int, int, tuple[int, int] | None]:
    """(billing_cycle_anchor, end of the first period, share of a full period billed)."""
    anchor = trial_end or now
    if p.billing_cycle_anchor is not None and trial_end is None:
        anchor = _timestamp_in_future(p.billing_cycle_anchor, now - 1, "billing_cycle_anchor")
        if anchor > add_interval(now, recurring["interval"], recurring["interval_count"]):
            raise InvalidRequestError("billing_cycle_anchor cannot be later than one billing "
                                      "period after the subscription starts.",
                                      param="billing_cycle_anchor")
    if trial_end:
        return anchor, trial_end, None
    if anchor > now:  # a first, shorter period up to the anchor
        full = add_interval(anchor, recurring["interval"], recurring["interval_count"])
        if (p.proration_behavior or "create_prorations") == "none":
            return anchor, anchor, (0, 1)
        return anchor, anchor, (anchor - now, full - anchor)
    return anchor, next_period_end(anchor, recurring["interval"], recurring["interval_count"],
                                   now), None


async def _check_create(ctx: Context, p: SubscriptionCreateParams, customer: dict[str, Any],
                        currency: str) -> str | None:
    """Currency and collection rules of a new subscription; its default payment method."""
    if p.currency is not None and p.currency.lower() != currency:
        raise InvalidRequestError(f"The price currency ({currency}) does not match the "
                                  f"subscription currency ({p.currency.lower()}).",
                                  param="currency")
    if customer["currency"] not in (None, currency):
        raise InvalidRequestError(
            "You cannot combine currencies on a single customer. This customer has had a "
            "subscription, coupon, or invoice item with currency "
            f"{customer['currency']}.", param="currency")
    collection = p.collection_method or "charge_automatically"
    if collection == "send_invoice" and p.days_until_due is None:
        raise ParameterMissing("days_until_due")
    if collection == "charge_automatically" and p.days_until_due is not None:
        raise InvalidRequestError("`days_until_due` is only valid for `collection_method="
                                  "send_invoice`.", param="days_until_due")
    if not p.default_payment_method:
        return None
    return await _attached_payment_method(ctx, p.default_payment_method, customer["id"],
                                          "default_payment_method")


async def create(ctx: Context, p: SubscriptionCreateParams) -> dict[str, Any]:
    """Create a subscription and its first invoice, charged at once unless it is in trial
    or `payment_behavior=default_incomplete`."""
    _refuse_unsupported(p)
    automatic_tax = await _automatic_tax(ctx, p)
    if not p.customer:
        raise ParameterMissing("customer")
    customer = await ctx.objects.load("customer", p.customer, param="customer")
    now = await ctx.now_for(customer["test_clock"])
    if not p.items:
        raise ParameterMissing("items")
    item_prices = [await _price_for(ctx, it, i, now) for i, it in enumerate(p.items)]
    _check_compatible(item_prices)
    currency = item_prices[0]["currency"]
    default_pm = await _check_create(ctx, p, customer, currency)
    trial_end = _trial_end(p, now, item_prices)
    anchor, end, fraction = _first_period(p, now, trial_end, item_prices[0]["recurring"])
    sub_id = ctx.new_id("sub")
    items = [_item(ctx, sub_id, price, it.quantity, it.metadata or {}, now, end, now)
             for price, it in zip(item_prices, p.items, strict=True)]
    sub = _document(sub_id, p, customer, items, now=now, anchor=anchor,
                    trial_end=trial_end, default_pm=default_pm)
    if automatic_tax is not None:
        sub["automatic_tax"] = automatic_tax
    if p.cancel_at_period_end and p.cancel_at is not None:
        raise ParametersExclusive("cancel_at", "cancel_at_period_end")
    if p.cancel_at_period_end:
        sub["cancel_at"], sub["canceled_at"] = end, now
    elif p.cancel_at is not None:
        sub["cancel_at"] = _cancel_at(p.cancel_at, items, now)
        sub["canceled_at"] = now
    await customers.adopt_currency(ctx, customer["id"], currency)
    sub, invoice = await subscription_cycle.start_period(
        ctx, sub, start=now, end=end, now=now, reason="subscription_create",
        trial=trial_end is not None, invoice_now=True, fraction=fraction)
    # The subscription is stored once, with the status its first invoice gives it; the
    # invoice's events meanwhile find no subscription to update (its creation decides).
    invoice = await invoices.finalize(ctx, invoice, now, subscription=sub)
    sub["status"] = await _first_status(ctx, sub, invoice, p.payment_behavior, now)
    await subscription_cycle.insert(ctx, sub)
    await subscription_cycle.schedule(ctx, sub, now)
    await emit(ctx, "customer.subscription.created", sub, created=now)
    return sub


async def _first_status(ctx: Context, sub: dict[str, Any], invoice: dict[str, Any],
                        behavior: str | None, now: int) -> str:
    """Charge the first invoice as `payment_behavior` says; the status that follows."""
    if sub["trial_end"]:
        return "trialing"
    if invoice["status"] == "paid" or sub["collection_method"] == "send_invoice":
        return "active"
    if behavior == "default_incomplete":
        return "incomplete"
    invoice, failure = await invoices.collect(ctx, invoice, now, subscription=sub)
    if failure is None:
        return "active"
    if behavior == "error_if_incomplete":
        if failure.decline_code is None:
            raise InvalidRequestError(failure.message, code=failure.code,
                                      param="default_payment_method")
        raise CardError(failure.message, code=failure.code, decline_code=failure.decline_code)
    return "incomplete"


async def retrieve(ctx: Context, sub_id: str) -> Row:
    return await ctx.objects.load_row("subscription", sub_id)


async def _update_items(ctx: Context, sub: dict[str, Any], p: SubscriptionUpdateParams,
                        now: int) -> list[dict[str, Any]]:
    """The items after `items[...]` (add, change price/quantity, delete)."""
    current = {it["id"]: it for it in sub["items"]["data"]}
    order = [it["id"] for it in sub["items"]["data"]]
    start = sub["items"]["data"][0]["current_period_start"]
    end = sub["items"]["data"][0]["current_period_end"]
    for i, it in enumerate(p.items or []):
        if it.id is not None:
            if it.id not in current:
                raise InvalidRequestError(f"No such subscription item: '{it.id}'",
                                          param=f"items[{i}][id]")
            item = dict(current[it.id])
            if it.deleted:
                del current[it.id]
                order.remove(it.id)
                await ctx.objects.delete(item)
                continue
            if it.price or it.plan or it.price_data is not None:
                price = await _price_for(ctx, it, i, now)
                item.update(price=price, plan=plan_of(price))
            if it.quantity is not None:
                if it.quantity < 0:
                    raise InvalidRequestError("Invalid quantity: must be a non-negative "
                                              "integer.", param=f"items[{i}][quantity]")
                item["quantity"] = it.quantity
            if it.sent("metadata"):
                item["metadata"] = merge_metadata(item["metadata"], it.metadata, sent=True)
            current[it.id] = item
        else:
            price = await _price_for(ctx, it, i, now)
            item = _item(ctx, sub["id"], price, it.quantity, it.metadata or {}, start, end, now)
            await ctx.objects.insert(item)
            current[item["id"]] = item
            order.append(item["id"])
    items = [current[i] for i in order]
    if not items:
        raise InvalidRequestError("A subscription must have at least one item; cancel it "
                                  "instead.", param="items")
    _check_compatible([it["price"] for it in items])
    if items[0]["price"]["currency"] != sub["currency"]:
        raise InvalidRequestError("Currency and interval fields must match across all plans "
                                  "on this subscription. Found mismatch in currency field.",
                                  param="items")
    return items


def _schedule_cancellation(sub: dict[str, Any], p: SubscriptionUpdateParams, now: int) -> None:
    """`cancel_at_period_end` / `cancel_at` on update: set or clear the planned end."""
    period_end = sub["items"]["data"][0]["current_period_end"]
    requested_at = sub["canceled_at"] or now
    if p.cancel_at_period_end is not None:
        if p.cancel_at_period_end:
            sub.update(cancel_at=period_end, cancel_at_period_end=True, canceled_at=requested_at)
        elif sub["cancel_at_period_end"]:
            sub.update(cancel_at=None, cancel_at_period_end=False, canceled_at=None)
    if p.sent("cancel_at"):
        if p.cancel_at is None:
            sub.update(cancel_at=None, cancel_at_period_end=False, canceled_at=None)
        else:
            when = _cancel_at(p.cancel_at, sub["items"]["data"], now)
            sub.update(cancel_at=when, cancel_at_period_end=when == period_end,
                       canceled_at=requested_at)


async def update(ctx: Context, sub_id: str, p: SubscriptionUpdateParams) -> dict[str, Any]:
    """Change a subscription. Price and quantity changes take effect without proration
    (the next invoice bills them); a change of interval restarts the billing cycle now and
    invoices at once, as Stripe does."""
    _refuse_unsupported(p)
    before = await ctx.objects.load("subscription", sub_id)
    now = await ctx.now_for(before["test_clock"])
    after = dict(before)
    if before["status"] in ENDED:
        allowed = {"metadata", "cancellation_details", "expand"}
        if set(p.model_fields_set) - allowed:
            raise InvalidRequestError("A canceled subscription can only update its "
                                      "cancellation_details and metadata.", param="status")
    automatic_tax = await _automatic_tax(ctx, p)
    if automatic_tax is not None:
        after["automatic_tax"] = automatic_tax
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    if p.sent("description"):
        after["description"] = p.description
    if p.cancellation_details is not None:
        details = dict(before["cancellation_details"])
        for name in ("comment", "feedback"):
            if p.cancellation_details.sent(name):
                details[name] = getattr(p.cancellation_details, name)
        after["cancellation_details"] = details
    if p.sent("default_payment_method"):
        after["default_payment_method"] = await _attached_payment_method(
            ctx, p.default_payment_method, before["customer"], "default_payment_method") \
            if p.default_payment_method else None
    if p.collection_method is not None:
        after["collection_method"] = p.collection_method
    if p.sent("days_until_due"):
        after["days_until_due"] = p.days_until_due
    if after["collection_method"] == "send_invoice" and after["days_until_due"] is None:
        raise ParameterMissing("days_until_due")
    if p.trial_settings is not None:
        after["trial_settings"] = _trial_settings(p.trial_settings)
    restart = False
    if p.items is not None:
        items = await _update_items(ctx, before, p, now)
        old = before["items"]["data"][0]["price"]["recurring"]
        new = items[0]["price"]["recurring"]
        restart = (old["interval"], old["interval_count"]) != (new["interval"],
                                                                new["interval_count"])
        after["items"] = items_list(sub_id, items)
    _schedule_cancellation(after, p, now)
    if p.trial_end is not None:
        after = await _change_trial(ctx, after, p.trial_end, now)
    elif restart:
        after["billing_cycle_anchor"] = now
        after = await _bill_new_period_now(ctx, after, now)
    else:
        await save(ctx, after)
    if after["cancel_at"] is not None and after["cancel_at"] != before["cancel_at"]:
        await subscription_cycle.schedule_cancel(ctx, after)
    previous = changed_attributes(before, after)
    if previous:
        await emit(ctx, "customer.subscription.updated", after,
                   previous_attributes=previous, created=now)
    return after


async def _change_trial(ctx: Context, sub: dict[str, Any], trial_end: Any,
                        now: int) -> dict[str, Any]:
    """`trial_end` on update: `now` ends the trial (billing at once); a timestamp moves
    the end of the current trial."""
    if sub["status"] != "trialing":
        raise InvalidRequestError("stripe-emulator can only change `trial_end` of a "
                                  "subscription in trial.", param="trial_end")
    if trial_end == "now":
        sub = dict(sub, status="active", trial_end=now, billing_cycle_anchor=now)
        return await _bill_new_period_now(ctx, sub, now)
    end = _timestamp_in_future(int(trial_end), now, "trial_end")
    items = [dict(it, current_period_end=end) for it in sub["items"]["data"]]
    sub = dict(sub, trial_end=end, billing_cycle_anchor=end,
               items=items_list(sub["id"], items))
    await save(ctx, sub)
    await subscription_cycle.schedule_trial(ctx, sub, now)
    return sub


async def _bill_new_period_now(ctx: Context, sub: dict[str, Any], now: int) -> dict[str, Any]:
    """Start a new period now and invoice it at once (a changed interval, a trial ended
    early, a resume): the subscription is stored with its new period, the invoice finalized
    and charged; returns the subscription as stored after what the payment did to it."""
    sub, invoice = await subscription_cycle.start_period(
        ctx, sub, start=now, now=now, reason="subscription_update", invoice_now=True)
    await save(ctx, sub)
    invoice = await invoices.finalize(ctx, invoice, now, subscription=sub)
    if invoice["status"] == "open" and sub["collection_method"] == "charge_automatically":
        await invoices.collect(ctx, invoice, now, subscription=sub)
    return await ctx.objects.load("subscription", sub["id"])


async def cancel(ctx: Context, sub_id: str, p: SubscriptionCancelParams) -> dict[str, Any]:
    """Cancel now (`DELETE /v1/subscriptions/{id}`)."""
    sub = await ctx.objects.load("subscription", sub_id)
    if sub["status"] in ENDED:
        raise InvalidRequestError("This subscription has already been canceled.",
                                  param="subscription")
    now = await ctx.now_for(sub["test_clock"])
    details = p.cancellation_details
    sub = dict(sub, canceled_at=now)
    return await subscription_cycle.end(
        ctx, sub, now, reason="cancellation_requested",
        comment=details.comment if details is not None else None,
        feedback=details.feedback if details is not None else None)


async def resume(ctx: Context, sub_id: str, p: SubscriptionResumeParams) -> dict[str, Any]:
    """Resume a paused subscription: a new period (from now, by default) billed at once."""
    before = await ctx.objects.load("subscription", sub_id)
    if before["status"] != "paused":
        raise InvalidRequestError("Only subscriptions with `status=paused` can be resumed.",
                                  param="subscription")
    now = await ctx.now_for(before["test_clock"])
    unchanged = p.billing_cycle_anchor is not None and p.billing_cycle_anchor.type == \
        "unchanged"
    sub = dict(before, status="active", status_details=None)
    if not unchanged:
        sub["billing_cycle_anchor"] = now
    sub = await _bill_new_period_now(ctx, sub, now)
    await emit(ctx, "customer.subscription.resumed", sub, created=now)
    await emit(ctx, "customer.subscription.updated", sub,
               previous_attributes=changed_attributes(before, sub), created=now)
    return sub


async def _ids_by_items(ctx: Context, filters: list[Filter]) -> tuple[str, ...]:
    rows = await ctx.objects.rows("subscription_item", limit=1000, filters=filters)
    return tuple(dict.fromkeys(r.doc()["subscription"] for r in rows))


async def list_subscriptions(ctx: Context, p: SubscriptionListParams) -> ListPage:
    """Subscriptions, newest first. Without `status`, ended ones are left out; `all` and
    `ended` as on Stripe. Also customer, price, test_clock, collection_method, periods."""
    filters: list[Filter] = []
    if p.status is None:
        filters += [Filter("status", "canceled", op="!="),
                    Filter("status", "incomplete_expired", op="!=")]
    elif p.status == "ended":
        filters.append(Filter("status", ENDED, op="in"))
    elif p.status != "all":
        filters.append(Filter("status", p.status))
    if p.customer is not None:
        filters.append(Filter("customer", p.customer))
    if p.test_clock is not None:
        filters.append(Filter("test_clock", p.test_clock))
    if p.collection_method is not None:
        filters.append(Filter("collection_method", p.collection_method))
    if p.automatic_tax is not None:
        filters.append(Filter("automatic_tax.enabled", p.automatic_tax.enabled))
    item_filters: list[Filter] = []
    if p.price or p.plan:
        item_filters.append(Filter("price.id", p.price or p.plan))
    item_filters += range_filters("current_period_start", p.current_period_start)
    item_filters += range_filters("current_period_end", p.current_period_end)
    if item_filters:
        ids = await _ids_by_items(ctx, item_filters)
        filters.append(Filter("id", ids, op="in") if ids else Filter("id", None))
    return await list_objects(ctx, "subscription", p, url="/v1/subscriptions",
                              filters=filters)


async def _plan_tiers(ctx: Context, plan: dict[str, Any]) -> Any:
    price = await ctx.objects.get("price", plan["id"])
    return await prices.tiers_of(ctx, price) if price is not None else None


includable("plan", "tiers", _plan_tiers)


async def _customer_subscriptions(ctx: Context, customer: dict[str, Any]) -> dict[str, Any]:
    """`customer.subscriptions` (expand-only): the customer's subscriptions that have not
    been canceled, newest first."""
    rows = await ctx.objects.rows("subscription", limit=11,
                                  filters=[Filter("customer", customer["id"]),
                                           Filter("status", "canceled", op="!=")])
    return {"object": "list", "data": [r.doc() for r in rows[:10]], "has_more": len(rows) > 10,
            "url": f"/v1/customers/{customer['id']}/subscriptions"}


includable("customer", "subscriptions", _customer_subscriptions)
