"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class BalanceRetrieveParams(Params):
    expand: list[str] | None = None


class BalanceTransactionListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class BalanceTransactionListParams(Params):
    created: BalanceTransactionListParamsCreated | int | None = None
    currency: str | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    payout: str | None = None
    source: str | None = None
    starting_after: str | None = None
    type: str | None = None


class BalanceTransactionRetrieveParams(Params):
    expand: list[str] | None = None


class TopupCreateParamsPaymentMethodOptionsUsBankAccount(Params):
    network: Literal['ach']


class TopupCreateParamsPaymentMethodOptions(Params):
    us_bank_account: TopupCreateParamsPaymentMethodOptionsUsBankAccount | None = None


class TopupCreateParams(Params):
    amount: int
    currency: str
    description: str | None = None
    expand: list[str] | None = None
    metadata: Annotated[Metadata | None, EMPTYABLE] = None
    payment_method: str | None = None
    payment_method_options: TopupCreateParamsPaymentMethodOptions | None = None
    source: str | None = None
    statement_descriptor: str | None = None
    transfer_group: str | None = None


class TopupRetrieveParams(Params):
    expand: list[str] | None = None


class TopupListParamsAmount(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class TopupListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class TopupListParams(Params):
    amount: TopupListParamsAmount | int | None = None
    created: TopupListParamsCreated | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: Literal['canceled', 'failed', 'pending', 'succeeded'] | None = None


BalanceRetrieveParams.model_rebuild()
BalanceTransactionListParamsCreated.model_rebuild()
BalanceTransactionListParams.model_rebuild()
BalanceTransactionRetrieveParams.model_rebuild()
TopupCreateParamsPaymentMethodOptionsUsBankAccount.model_rebuild()
TopupCreateParamsPaymentMethodOptions.model_rebuild()
TopupCreateParams.model_rebuild()
TopupRetrieveParams.model_rebuild()
TopupListParamsAmount.model_rebuild()
TopupListParamsCreated.model_rebuild()
TopupListParams.model_rebuild()
