"""The account's test bank account: where its payouts go (`payout.destination`).

Every account starts with one that receives payouts (Stripe's test account number
`000123456789`, routing `110000000`, USD), made on first need. The operator replaces it
(`POST /_emulator/bank_account`); Stripe's failing test account numbers make payouts to it
fail with Stripe's `failure_code`. A replaced bank account stays stored, so the payouts sent
to it still expand their `destination`.

The account number itself is never stored: a bank account's `fingerprint` is derived from
it, and the test numbers' behaviour is looked up by fingerprint.
"""

from __future__ import annotations

import hashlib
from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.params import check_currency
from stripe_emulator.areas.payments.params import BankAccountUpdateParams

__all__ = ["FAILURES", "TEST_ROUTING_NUMBER", "current", "failure_code", "failure_message",
           "replace", "retrieve"]

TEST_ROUTING_NUMBER = "110000000"
DEFAULT_ACCOUNT_NUMBER = "000123456789"
_BANK_NAME = "STRIPE TEST BANK"

#: Stripe's test bank account numbers whose payouts fail, and their `failure_code`.
FAILURES = {
    "000111111116": "no_account",
    "000111111113": "account_closed",
    "000222222227": "insufficient_funds",
    "000333333335": "debit_not_authorized",
    "000444444440": "invalid_currency",
}

#: Stripe's `failure_message` for each payout failure code.
_MESSAGES = {
    "account_closed": "The bank account has been closed.",
    "debit_not_authorized": "Debit transactions are not approved on the bank account. "
                            "(Stripe requires bank accounts to be set up for both credit and "
                            "debit payouts.)",
    "insufficient_funds": "Your Stripe account has insufficient funds to cover the payout.",
    "invalid_currency": "The bank was unable to process this payout because of its currency. "
                        "This is probably because the bank account cannot accept payments in "
                        "that currency.",
    "no_account": "The bank account details on file are probably incorrect. No bank account "
                  "could be located with those details.",
}

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _fingerprint(routing_number: str, account_number: str) -> str:
    """Stripe-shaped (16 characters), the same for the same account wherever it is added."""
    value = int.from_bytes(hashlib.sha256(
        f"bank_account:{routing_number}:{account_number}".encode()).digest()[:12], "big")
    out = []
    for _ in range(16):
        value, digit = divmod(value, len(_ALPHABET))
        out.append(_ALPHABET[digit])
    return "".join(out)


_FAILURE_BY_FINGERPRINT = {_fingerprint(TEST_ROUTING_NUMBER, number): code
                           for number, code in FAILURES.items()}


def failure_code(bank_account: dict[str, Any]) -> str | None:
    """The `failure_code` payouts to `bank_account` fail with (None: they are paid)."""
    return _FAILURE_BY_FINGERPRINT.get(bank_account.get("fingerprint") or "")


def failure_message(code: str) -> str:
    return _MESSAGES[code]


def _routing_number_ok(number: str) -> bool:
    """ABA routing numbers: nine digits with the 3-7-1 checksum."""
    if len(number) != 9 or not number.isdigit():
        return False
    d = [int(c) for c in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


async def _insert(ctx: Context, *, account_number: str, routing_number: str, currency: str,
                  holder_name: str | None, holder_type: str | None) -> dict[str, Any]:
    bank: dict[str, Any] = {
        "id": ctx.new_id("ba"),
        "object": "bank_account",
        "account": None,
        "account_holder_name": holder_name,
        "account_holder_type": holder_type,
        "account_type": None,
        # [local] Instant Payouts are not served: standard payouts only.
        "available_payout_methods": ["standard"],
        "bank_name": _BANK_NAME if routing_number == TEST_ROUTING_NUMBER else None,
        "country": "US",
        "currency": currency,
        "customer": None,
        "default_for_currency": True,
        "fingerprint": _fingerprint(routing_number, account_number),
        "future_requirements": None,
        "last4": account_number[-4:],
        "metadata": {},
        "requirements": None,
        "routing_number": routing_number,
        "status": "new",
    }
    await ctx.objects.insert(dict(bank), created=ctx.now())
    return bank


async def current(ctx: Context) -> dict[str, Any]:
    """The bank account payouts go to now (the default one, made on first need)."""
    found = await ctx.objects.find("bank_account")
    if found is not None:
        return found
    # Two first payouts racing would each make a default account: one at a time.
    await ctx.objects.lock("bank_account")
    found = await ctx.objects.find("bank_account")
    if found is not None:
        return found
    return await _insert(ctx, account_number=DEFAULT_ACCOUNT_NUMBER,
                         routing_number=TEST_ROUTING_NUMBER, currency="usd",
                         holder_name=None, holder_type=None)


async def retrieve(ctx: Context) -> dict[str, Any]:
    """The account's bank account (operator route)."""
    return await current(ctx)


async def replace(ctx: Context, p: BankAccountUpdateParams) -> dict[str, Any]:
    """Make a new bank account from `account_number` the one payouts go to (operator
    route); the one it replaces stays as earlier payouts' destination."""
    number = p.account_number.strip()
    if not number.isdigit() or not 4 <= len(number) <= 17:
        raise InvalidRequestError("Invalid account number: must contain only digits, and be "
                                  "between 4 and 17 digits long.", param="account_number")
    routing = (p.routing_number or TEST_ROUTING_NUMBER).strip()
    if not _routing_number_ok(routing):
        raise InvalidRequestError(f"Invalid routing number: {routing}", param="routing_number")
    currency = check_currency(p.currency) if p.currency is not None else "usd"
    await ctx.objects.lock("bank_account")
    previous = await ctx.objects.find("bank_account")
    if previous is not None:
        await ctx.objects.save(dict(previous, default_for_currency=False))
    return await _insert(ctx, account_number=number, routing_number=routing, currency=currency,
                         holder_name=p.account_holder_name, holder_type=p.account_holder_type)
