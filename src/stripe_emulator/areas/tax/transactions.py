"""Tax transactions (`/v1/tax/transactions`): recorded from a calculation, reversed in full
or in part (by line, shipping or a flat amount); retrieve and list line items.

Each transaction keeps a book (`tax.transaction_book`, never on the wire) of what its
reversals took so far, per line and for shipping, and how many partial reversals it has.
A reversal of a reversal (how a partial refund is undone) gives its amounts back to every
transaction up the chain, so what remains is always `amount + book`. A book is read under
its lock, so concurrent reversals of one transaction take turns instead of both taking what
only one may.
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import (
    InvalidRequestError,
    ParameterMissing,
    ParametersExclusive,
    ResourceMissing,
)
from stripe_emulator.api.expand import includable
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.objects import Filter, Row
from stripe_emulator.areas.tax.api_errors import from_engine
from stripe_emulator.areas.tax.calculations import all_line_items as calculation_lines
from stripe_emulator.areas.tax.engine.errors import ReversalInvalid
from stripe_emulator.areas.tax.engine.reversal import (
    SHIPPING,
    OriginalLine,
    ReversalAmount,
    ReversalRequest,
    check_partial_reversal_count,
    flat_amount_reversal,
    full_reversal,
    partial_reversal,
)
from stripe_emulator.areas.tax.models import (
    CALCULATION,
    CALCULATION_TTL,
    TRANSACTION,
    TRANSACTION_BOOK,
    TRANSACTION_LINE_ITEM,
    list_url,
    public_line_item,
    public_line_item_doc,
    with_parent,
)
from stripe_emulator.areas.tax.sdk_params import (
    TransactionCreateFromCalculationParams,
    TransactionCreateReversalParams,
    TransactionLineItemListParams,
)

__all__ = ["create_from_calculation", "create_reversal", "list_line_items", "retrieve"]


class _FirstPage:
    """Params of the first page of line items (the `line_items` expansion)."""

    limit = 10
    starting_after = None
    ending_before = None


# -- storage helpers ----------------------------------------------------------------------

async def _check_reference(ctx: Context, reference: str) -> None:
    if await ctx.objects.find(TRANSACTION, Filter("reference", reference)):
        raise _duplicate(reference)


def _duplicate(reference: str) -> InvalidRequestError:
    return InvalidRequestError(
        f"A transaction with the reference '{reference}' already exists: references must be "
        "unique across all transactions and reversals.", param="reference")


async def _insert_transaction(ctx: Context, doc: dict[str, Any]) -> None:
    # The unique reference index breaks when a concurrent request with the same reference
    # passed `_check_reference` too and won the race.
    await ctx.objects.insert(doc, conflict=_duplicate(doc["reference"]))


async def _all_lines(ctx: Context, transaction_id: str) -> list[dict[str, Any]]:
    """A transaction's line items, in the order of its calculation."""
    lines = await ctx.objects.all(TRANSACTION_LINE_ITEM, Filter("transaction", transaction_id),
                                  oldest_first=True)
    return [public_line_item_doc(line) for line in lines]


def _book_id(transaction_id: str) -> str:
    return f"{transaction_id}.book"


async def _book(ctx: Context, transaction_id: str) -> tuple[dict[str, Any], bool]:
    """(book, stored already?) of a transaction, locked until this unit of work ends: the
    caller writes it back (reversals take turns rather than both spending what remains, or
    both storing a first book)."""
    await ctx.objects.lock(_book_id(transaction_id))
    book = await ctx.objects.get(TRANSACTION_BOOK, _book_id(transaction_id))
    if book is not None:
        return book, True
    return {"id": _book_id(transaction_id), "object": TRANSACTION_BOOK, "parent": None,
            "line_map": {}, "partial_reversals": 0, "fully_reversed": False,
            "reversed": {}}, False


async def _save_book(ctx: Context, book: dict[str, Any], stored: bool, now: int) -> None:
    if stored:
        await ctx.objects.save(book)
    else:
        await ctx.objects.insert(book, created=now)


# -- create from a calculation ------------------------------------------------------------

def _posted_at(value: int | None, tax_date: int, now: int) -> int:
    if value is None:
        return now
    low, high = min(tax_date, now), max(tax_date, now)
    if not low <= value <= high:
        raise InvalidRequestError("posted_at must lie between the calculation's tax_date and "
                                  "the current time.", param="posted_at")
    return value


def _shipping(shipping: dict[str, Any] | None) -> dict[str, Any] | None:
    """A transaction's shipping cost: the calculation's, without its tax breakdown (Stripe
    leaves it unpopulated on transactions)."""
    return None if shipping is None else {**shipping, "tax_breakdown": None}


async def create_from_calculation(ctx: Context,
                                  p: TransactionCreateFromCalculationParams) -> dict[str, Any]:
    """Record a calculation as a transaction: amounts copied, never recalculated."""
    now = ctx.now()
    row = await ctx.objects.row(CALCULATION, p.calculation)
    if row is None:
        raise ResourceMissing("calculation", p.calculation, param="calculation", status=400)
    if row.created + CALCULATION_TTL <= now:
        raise InvalidRequestError(
            f"The calculation {p.calculation} has expired: a calculation can be turned into a "
            "transaction for 90 days after it is created.", param="calculation")
    await _check_reference(ctx, p.reference)
    calc = row.doc()
    transaction = {
        "id": ctx.new_id("tax"),
        "object": TRANSACTION,
        "created": now,
        "currency": calc["currency"],
        "customer": calc["customer"],
        "customer_details": calc["customer_details"],
        "livemode": False,
        "metadata": p.metadata or {},
        "posted_at": _posted_at(p.posted_at, calc["tax_date"], now),
        "reference": p.reference,
        "reversal": None,
        "ship_from_details": calc["ship_from_details"],
        "shipping_cost": _shipping(calc["shipping_cost"]),
        "tax_date": calc["tax_date"],
        "type": "transaction",
    }
    await _insert_transaction(ctx, transaction)
    for item in await calculation_lines(ctx, calc["id"]):
        await ctx.objects.insert(with_parent({
            "id": ctx.new_id("tax_li"),
            "object": TRANSACTION_LINE_ITEM,
            "amount": item["amount"],
            "amount_tax": item["amount_tax"],
            "livemode": False,
            "metadata": item["metadata"],
            "product": item["product"],
            "quantity": item["quantity"],
            "reference": item["reference"],
            "reversal": None,
            "tax_behavior": item["tax_behavior"],
            "tax_code": item["tax_code"],
            "type": "transaction",
        }, transaction["id"]), created=now)
    return transaction


# -- reversals ----------------------------------------------------------------------------

def _originals(lines: list[dict[str, Any]], shipping: dict[str, Any] | None,
               book: dict[str, Any]) -> list[OriginalLine]:
    reversed_ = book["reversed"]
    out = [OriginalLine(key=line["id"], amount=line["amount"], amount_tax=line["amount_tax"],
                        tax_behavior=line["tax_behavior"],
                        reversed_amount=reversed_.get(line["id"], [0, 0])[0],
                        reversed_amount_tax=reversed_.get(line["id"], [0, 0])[1])
           for line in lines]
    if shipping is not None:
        out.append(OriginalLine(key=SHIPPING, amount=shipping["amount"],
                                amount_tax=shipping["amount_tax"],
                                tax_behavior=shipping["tax_behavior"],
                                reversed_amount=reversed_.get(SHIPPING, [0, 0])[0],
                                reversed_amount_tax=reversed_.get(SHIPPING, [0, 0])[1]))
    return out


def _check_mode(p: TransactionCreateReversalParams, original: dict[str, Any]) -> None:
    given = [name for name in ("line_items", "shipping_cost", "flat_amount")
             if getattr(p, name) is not None]
    if p.mode == "full":
        if given:
            raise InvalidRequestError(
                f"{given[0]} cannot be used with mode=full: a full reversal reverses every "
                "line item and the shipping cost.", param=given[0])
        return
    if original["type"] == "reversal":
        raise InvalidRequestError("A reversal can only be reversed in full (mode=full).",
                                  param="mode")
    if p.flat_amount is not None and len(given) > 1:
        raise ParametersExclusive("flat_amount", given[0] if given[0] != "flat_amount"
                                  else given[1])
    if not given:
        raise ParameterMissing("line_items", message=(
            "A partial reversal needs line_items and/or shipping_cost, or flat_amount."))


def _requests(p: TransactionCreateReversalParams,
              shipping: dict[str, Any] | None) -> list[ReversalRequest]:
    out: list[ReversalRequest] = []
    references: dict[str, int] = {}
    for index, line in enumerate(p.line_items or []):
        if line.reference in references:
            raise InvalidRequestError(
                f"The reference '{line.reference}' is used by line_items"
                f"[{references[line.reference]}] already: line item references must be "
                "unique within a reversal.", param=f"line_items[{index}][reference]")
        references[line.reference] = index
        out.append(ReversalRequest(key=line.original_line_item, amount=line.amount,
                                   amount_tax=line.amount_tax, param=f"line_items[{index}]"))
    if p.shipping_cost is not None:
        if shipping is None:
            raise InvalidRequestError("The original transaction has no shipping cost to "
                                      "reverse.", param="shipping_cost")
        out.append(ReversalRequest(key=SHIPPING, amount=p.shipping_cost.amount,
                                   amount_tax=p.shipping_cost.amount_tax,
                                   param="shipping_cost"))
    return out


async def _record_in_books(ctx: Context, original_id: str, amounts: tuple[ReversalAmount, ...],
                           *, partial: bool, now: int) -> None:
    """Add a new reversal's amounts to the original's book and every book up the chain."""
    book, stored = await _book(ctx, original_id)
    if partial:
        book["partial_reversals"] += 1
    else:
        book["fully_reversed"] = True
    # Undoing a full reversal makes its original reversible in full again.
    undoes_full = not partial and book.get("mode") == "full"
    keys = {a.key: a for a in amounts}
    while True:
        for key, amount in keys.items():
            total = book["reversed"].setdefault(key, [0, 0])
            total[0] += amount.amount
            total[1] += amount.amount_tax
        await _save_book(ctx, book, stored, now)
        parent = book["parent"]
        if parent is None:
            return
        line_map = book["line_map"]
        keys = {line_map[key]: a for key, a in keys.items() if key in line_map}
        book, stored = await _book(ctx, parent)
        if undoes_full:
            book["fully_reversed"] = undoes_full = False


def _line_doc(original: dict[str, Any], amount: ReversalAmount, *, reference: str,
              quantity: int, metadata: dict[str, str], line_id: str) -> dict[str, Any]:
    return {
        "id": line_id,
        "object": TRANSACTION_LINE_ITEM,
        "amount": amount.amount,
        "amount_tax": amount.amount_tax,
        "livemode": False,
        "metadata": metadata,
        "product": original["product"],
        "quantity": quantity,
        "reference": reference,
        "reversal": {"original_line_item": original["id"]},
        "tax_behavior": original["tax_behavior"],
        "tax_code": original["tax_code"],
        "type": "reversal",
    }


async def create_reversal(ctx: Context, p: TransactionCreateReversalParams) -> dict[str, Any]:
    """Reverse a transaction: `full`, or `partial` by line items and shipping (exact
    amounts) or by a tax-inclusive `flat_amount` spread over what is left (spec 9)."""
    now = ctx.now()
    original = await ctx.objects.load(TRANSACTION, p.original_transaction,
                                      param="original_transaction", status=400)
    _check_mode(p, original)
    await _check_reference(ctx, p.reference)
    lines = await _all_lines(ctx, original["id"])
    book, _ = await _book(ctx, original["id"])
    shipping = original["shipping_cost"]
    try:
        if p.mode == "full":
            if book["fully_reversed"]:
                raise ReversalInvalid(f"The transaction {original['id']} has already been "
                                      "reversed in full.", param="original_transaction")
            amounts = full_reversal(_originals(lines, shipping, book))
        else:
            check_partial_reversal_count(book["partial_reversals"])
            originals = _originals(lines, shipping, book)
            if p.flat_amount is not None:
                amounts = flat_amount_reversal(originals, p.flat_amount)
            else:
                amounts = partial_reversal(originals, _requests(p, shipping))
    except ReversalInvalid as exc:
        raise from_engine(exc) from None
    reversal = {
        **original,
        "id": ctx.new_id("tax"),
        "created": now,
        "metadata": p.metadata or {},
        "posted_at": now,
        "reference": p.reference,
        "reversal": {"original_transaction": original["id"]},
        "shipping_cost": None,
        "type": "reversal",
    }
    by_id = {line["id"]: line for line in lines}
    given = {line.original_line_item: line for line in p.line_items or []}
    line_map: dict[str, str] = {}
    docs: list[dict[str, Any]] = []
    for amount in amounts:
        if amount.key == SHIPPING:
            assert shipping is not None
            reversal["shipping_cost"] = {**shipping, "amount": amount.amount,
                                         "amount_tax": amount.amount_tax}
            line_map[SHIPPING] = SHIPPING
            continue
        source = by_id[amount.key]
        request = given.get(amount.key)
        line_id = ctx.new_id("tax_li")
        line_map[line_id] = amount.key
        docs.append(_line_doc(
            source, amount, line_id=line_id,
            reference=request.reference if request is not None else source["reference"],
            quantity=(request.quantity if request is not None and request.quantity is not None
                      else source["quantity"]),
            metadata=(request.metadata or {}) if request is not None else {}))
    await _insert_transaction(ctx, reversal)
    for doc in docs:
        await ctx.objects.insert(with_parent(doc, reversal["id"]), created=now)
    await ctx.objects.insert({
        "id": _book_id(reversal["id"]), "object": TRANSACTION_BOOK, "mode": p.mode,
        "parent": original["id"], "line_map": line_map, "partial_reversals": 0,
        "fully_reversed": False, "reversed": {}}, created=now)
    await _record_in_books(ctx, original["id"], amounts, partial=p.mode == "partial", now=now)
    return reversal


# -- reads --------------------------------------------------------------------------------

async def retrieve(ctx: Context, transaction_id: str) -> Row:
    """One transaction or reversal."""
    return await ctx.objects.load_row(TRANSACTION, transaction_id)


async def _page(ctx: Context, transaction_id: str, p: Any) -> ListPage:
    page = await list_objects(ctx, TRANSACTION_LINE_ITEM, p, url=list_url(transaction_id),
                              filters=[Filter("transaction", transaction_id)],
                              thing="transaction line item", oldest_first=True)
    page.data = [public_line_item(d) if isinstance(d, str) else public_line_item_doc(d)
                 for d in page.data]
    return page


async def list_line_items(ctx: Context, transaction_id: str,
                          p: TransactionLineItemListParams) -> ListPage:
    """`GET /v1/tax/transactions/{id}/line_items`, in the order of the calculation."""
    await retrieve(ctx, transaction_id)
    return await _page(ctx, transaction_id, p)


async def _expand_line_items(ctx: Context, transaction: dict[str, Any]) -> dict[str, Any]:
    page = await _page(ctx, transaction["id"], _FirstPage())
    return {"object": "list", "data": page.docs(), "has_more": page.has_more,
            "url": page.url}


includable(TRANSACTION, "line_items", _expand_line_items)
