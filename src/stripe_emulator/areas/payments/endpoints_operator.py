"""Operator routes for payouts (`/_emulator/...`, secret key of the account):

    POST /_emulator/payouts/run      run the account's automatic payout now (a list of the
                                     payouts it made: none when nothing is available)
    GET  /_emulator/bank_account     the test bank account payouts go to
    POST /_emulator/bank_account     replace it: `account_number` (Stripe's test numbers
                                     make payouts fail as documented), `routing_number`,
                                     `account_holder_name`, `account_holder_type`, `currency`
"""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.payments import bank_accounts, payouts
from stripe_emulator.areas.payments.params import (
    BankAccountRetrieveParams,
    BankAccountUpdateParams,
    PayoutRunParams,
)


@endpoint("POST", "/_emulator/payouts/run", params=PayoutRunParams, returns="payout")
async def run_automatic_payout(ctx: Context, params: PayoutRunParams) -> ListPage:
    """Run the account's automatic payout now."""
    return await payouts.run_now(ctx)


@endpoint("GET", "/_emulator/bank_account", params=BankAccountRetrieveParams,
          returns="bank_account")
async def retrieve_bank_account(ctx: Context, params: BankAccountRetrieveParams) -> Any:
    """The account's test bank account."""
    return await bank_accounts.retrieve(ctx)


@endpoint("POST", "/_emulator/bank_account", params=BankAccountUpdateParams,
          returns="bank_account")
async def replace_bank_account(ctx: Context, params: BankAccountUpdateParams) -> Any:
    """Replace the account's test bank account."""
    return await bank_accounts.replace(ctx, params)
