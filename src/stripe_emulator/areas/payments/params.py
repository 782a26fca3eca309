"""Param models written by hand: the payments operator routes' (`/_emulator/...`), which
the SDK does not describe. Closed like every other (unknown params are refused)."""

from __future__ import annotations

from typing import Literal

from stripe_emulator.api.params import Params

__all__ = ["BankAccountRetrieveParams", "BankAccountUpdateParams", "PayoutRunParams"]


class PayoutRunParams(Params):
    pass


class BankAccountRetrieveParams(Params):
    pass


class BankAccountUpdateParams(Params):
    #: A US account number (4 to 17 digits): Stripe's test numbers behave as documented.
    account_number: str
    #: Default: Stripe's test routing number, 110000000.
    routing_number: str | None = None
    account_holder_name: str | None = None
    account_holder_type: Literal["company", "individual"] | None = None
    #: The currency payouts to it are made in (default usd).
    currency: str | None = None
