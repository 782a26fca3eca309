"""Param models generated from stripe==16.1.0's TypedDicts by tools/gen_params.py.

Do not edit by hand: re-run the generator (its docstring has the command).
"""

# ruff: noqa: E501
from __future__ import annotations

from decimal import Decimal  # noqa: F401
from typing import Annotated, Any, Literal  # noqa: F401

from pydantic import Field  # noqa: F401

from stripe_emulator.api.params import EMPTYABLE, Metadata, Params  # noqa: F401


class InvoiceRetrieveParams(Params):
    expand: list[str] | None = None


class InvoiceListParamsCreated(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class InvoiceListParamsDueDate(Params):
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


class InvoiceListParams(Params):
    collection_method: Literal['charge_automatically', 'send_invoice'] | None = None
    created: InvoiceListParamsCreated | int | None = None
    customer: str | None = None
    customer_account: str | None = None
    due_date: InvoiceListParamsDueDate | int | None = None
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None
    status: Literal['draft', 'open', 'paid', 'uncollectible', 'void'] | None = None
    subscription: str | None = None


class InvoicePayParams(Params):
    expand: list[str] | None = None
    forgive: bool | None = None
    mandate: Annotated[str | None, EMPTYABLE] = None
    off_session: bool | None = None
    paid_out_of_band: bool | None = None
    payment_method: str | None = None
    source: str | None = None


class InvoiceVoidInvoiceParams(Params):
    expand: list[str] | None = None


class InvoiceMarkUncollectibleParams(Params):
    expand: list[str] | None = None


class InvoiceFinalizeInvoiceParams(Params):
    auto_advance: bool | None = None
    expand: list[str] | None = None


class InvoiceLineItemListParams(Params):
    ending_before: str | None = None
    expand: list[str] | None = None
    limit: int | None = None
    starting_after: str | None = None


InvoiceRetrieveParams.model_rebuild()
InvoiceListParamsCreated.model_rebuild()
InvoiceListParamsDueDate.model_rebuild()
InvoiceListParams.model_rebuild()
InvoicePayParams.model_rebuild()
InvoiceVoidInvoiceParams.model_rebuild()
InvoiceMarkUncollectibleParams.model_rebuild()
InvoiceFinalizeInvoiceParams.model_rebuild()
InvoiceLineItemListParams.model_rebuild()
