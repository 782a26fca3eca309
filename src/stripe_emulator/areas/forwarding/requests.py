"""Forwarding requests: create (validate, make ONE outbound call, keep a redacted copy),
retrieve, list. Kept 30 days (`forwarding.expire`).

`create` waits on the outside world, so it holds no transaction while it does: the
first unit of work validates in Stripe's order and reveals the card (using up the CVC);
the call happens with none open; the second unit of work stores the redacted object.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import (
    APIError,
    IdempotencyError,
    IdempotencyKeyInUse,
    InvalidRequestError,
    ResourceMissing,
    StripeError,
)
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.forwarding import destinations, outbound, payload
from stripe_emulator.areas.forwarding.destinations import Destination
from stripe_emulator.areas.forwarding.models import RETENTION_SECONDS, Claim, ForwardingRequest
from stripe_emulator.areas.forwarding.redaction import (
    contains_secret,
    redact_headers,
    redact_text,
)
from stripe_emulator.areas.forwarding.sdk_params import RequestCreateParams, RequestListParams
from stripe_emulator.areas.payments.payment_methods import resolve as resolve_payment_method
from stripe_emulator.areas.payments.payment_methods import reveal_card
from stripe_emulator.jobs import enqueue

__all__ = ["create", "list_requests", "retrieve"]

log = logging.getLogger("stripe_emulator.forwarding")
THING = "forwarding request"
#: How long past its destination's timeout an unfinished claim is honoured.
CLAIM_GRACE = 60
#: Response bodies longer than this are redacted off the event loop: a hostile destination
#: can make redaction cost up to about a second per megabyte of digits.
REDACT_IN_THREAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What the first unit of work hands to the call and to the second one."""

    id: str
    created: int
    payment_method: str
    destination: Destination
    address: str
    exchange: payload.Exchange


async def create(ctx: Context, p: RequestCreateParams) -> ForwardingRequest:
    """Validate, forward once, store and return the redacted `forwarding.request`."""
    dest = destinations.current(ctx.settings).find(p.url, ctx.account)
    # Resolved before any unit of work (DNS may be slow), reported in Stripe's order below.
    address: str | StripeError | None = None
    if dest is not None:
        try:
            address = await outbound.resolve(dest)
        except StripeError as exc:
            address = exc
    async with ctx.transaction() as tx:
        earlier = await _claim(tx, p, dest)
        if earlier is not None:
            return earlier
        prepared = await _prepare(tx, p, dest, address)
    outcome = await outbound.send(prepared.destination, prepared.address, prepared.exchange,
                                  clock=ctx.clock)
    secrets = prepared.exchange.secrets
    if len(outcome.body) > REDACT_IN_THREAD:
        response_body = await asyncio.to_thread(redact_text, outcome.body, secrets)
    else:
        response_body = redact_text(outcome.body, secrets)
    doc = _document(p, prepared, outcome, response_body)
    async with ctx.transaction() as tx:
        await tx.objects.insert(dict(doc))
        await _finish_claim(tx, doc["id"])
    log.info("forwarding request %s: %s answered %d in %d ms", doc["id"], p.url,
             outcome.status, outcome.duration_ms)
    return doc


async def _prepare(tx: Context, p: RequestCreateParams, dest: Destination | None,
                   address: str | StripeError | None) -> _Prepared:
    """Stripe's validation order, then the card; any error rolls everything back (the CVC
    included)."""
    pm = await resolve_payment_method(tx, p.payment_method, param="payment_method",
                                      now=tx.now())
    if pm.get("type") != "card":
        raise InvalidRequestError(
            f"The PaymentMethod '{pm['id']}' is of type '{pm.get('type')}'; only card "
            "PaymentMethods can be forwarded.", param="payment_method")
    if dest is None:
        raise InvalidRequestError(
            f"The URL '{p.url}' is not enabled for forwarding on this account.", param="url")
    for kind in p.replacements:
        if not dest.supports(kind):
            raise InvalidRequestError(
                f"The replacement '{kind}' is not supported for the destination '{p.url}'.",
                param="replacements")
    wants_cvc = "card_cvc" in p.replacements
    number, exp_month, exp_year, cvc, name = await reveal_card(tx, pm["id"],
                                                               consume_cvc=wants_cvc)
    if wants_cvc and cvc is None:
        raise InvalidRequestError(
            "The CVC for this PaymentMethod has expired; re-collect card details.",
            param="replacements")
    card = payload.Card(number=number, exp_month=exp_month, exp_year=exp_year, cvc=cvc,
                        name=name)
    headers = [(h.name, h.value) for h in (p.request.headers or [])]
    exchange = payload.build(dest, p.replacements, p.request.body, headers, card,
                             now=tx.now())
    if not isinstance(address, str):  # resolving the destination's host failed or was refused
        raise address or APIError("The destination could not be resolved.")
    request_id, created = tx.new_id("fwdreq"), tx.now()
    await enqueue(tx, "forwarding.expire",
                  {"request": request_id, "claim": _claim_id(tx.idempotency_key),
                   "idempotency_key": tx.idempotency_key},
                  due_at=created + RETENTION_SECONDS)
    return _Prepared(id=request_id, created=created, payment_method=pm["id"],
                     destination=dest, address=address, exchange=exchange)


def _document(p: RequestCreateParams, prepared: _Prepared, outcome: outbound.Outcome,
              response_body: str) -> ForwardingRequest:
    """The object as stored and returned (`response_body` already redacted): every copy
    redacted, checked once more."""
    secrets = prepared.exchange.secrets
    cap = prepared.destination.max_response_bytes
    doc: ForwardingRequest = {
        "id": prepared.id,
        "object": "forwarding.request",
        "created": prepared.created,
        "livemode": False,
        "metadata": {k: redact_text(v, secrets) for k, v in (p.metadata or {}).items()},
        "payment_method": prepared.payment_method,
        "replacements": [*p.replacements],
        "request_context": {"destination_duration": outcome.duration_ms,
                            "destination_ip_address": outcome.ip},
        "request_details": {"body": prepared.exchange.stored_body,
                            "headers": prepared.exchange.stored_headers,
                            "http_method": "POST"},
        "response_details": {"body": response_body[:cap],
                             "headers": redact_headers(outcome.headers, secrets),
                             "status": outcome.status},
        "url": p.url,
    }
    if contains_secret(doc, secrets):  # a tripwire: redaction above must make this impossible
        log.error("forwarding request %s: redaction left a secret; nothing stored",
                  prepared.id)
        raise APIError("An unexpected error occurred while storing the forwarding request.")
    return doc


# -- one Idempotency-Key, one outbound call, across server processes ---------------------

def _claim_id(key: str | None) -> str | None:
    return f"fwdclaim_{hashlib.sha256(key.encode()).hexdigest()[:40]}" if key else None


def _fingerprint(p: RequestCreateParams) -> str:
    return hashlib.sha256(p.model_dump_json().encode()).hexdigest()


async def _claim(tx: Context, p: RequestCreateParams,
                 dest: Destination | None) -> ForwardingRequest | None:
    """Hold the request's Idempotency-Key in the database for the length of the call.

    The dispatcher already replays stored responses and refuses a duplicate in flight in
    this process; the claim does the same for a duplicate on another server process
    sharing the database, and replays a request whose response the dispatcher did not get
    to store. Returns that earlier request, or None to go ahead."""
    claim_id = _claim_id(tx.idempotency_key)
    if claim_id is None:
        return None
    now = tx.now()
    held = await tx.objects.get(Claim, claim_id)
    if held is not None:
        if held["fingerprint"] != _fingerprint(p):
            raise IdempotencyError(
                "Keys for idempotent requests can only be used with the same parameters "
                f"they were first used with. Try using a key other than "
                f"'{tx.idempotency_key}' if you meant to execute a different request.")
        done = await tx.objects.get(ForwardingRequest, held["request"])
        if done is not None:
            return done
        if held["request"] is None and held["expires_at"] > now:
            raise IdempotencyKeyInUse(tx.idempotency_key or "")
        await tx.objects.remove(claim_id)  # its process died, or it expired
    claim: Claim = {"id": claim_id, "object": "forwarding.claim", "created": now,
                    "fingerprint": _fingerprint(p), "request": None,
                    "expires_at": now + int(dest.timeout if dest else 0) + CLAIM_GRACE}
    # Another process may take the key between our read and this insert: a key in use.
    await tx.objects.insert(dict(claim),
                            conflict=IdempotencyKeyInUse(tx.idempotency_key or ""))
    return None


async def _finish_claim(tx: Context, request_id: str) -> None:
    claim = await tx.objects.get(Claim, _claim_id(tx.idempotency_key))
    if claim is not None:
        claim["request"] = request_id
        await tx.objects.save(claim)


# -- reads --------------------------------------------------------------------------------

def _cutoff(ctx: Context) -> int:
    """Requests created at or before this are past their retention."""
    return ctx.now() - RETENTION_SECONDS


async def retrieve(ctx: Context, request_id: str) -> ForwardingRequest:
    """A forwarding request, until its 30 days are up."""
    doc = await ctx.objects.load(ForwardingRequest, request_id, thing=THING)
    if doc["created"] <= _cutoff(ctx):
        raise ResourceMissing(THING, request_id)
    return doc


async def list_requests(ctx: Context, p: RequestListParams) -> ListPage:
    """Forwarding requests, newest first, within their 30 days; `created` filters."""
    return await list_objects(ctx, ForwardingRequest, p, url="/v1/forwarding/requests",
                              thing=THING,
                              filters=[Filter("created", _cutoff(ctx), op=">")])
