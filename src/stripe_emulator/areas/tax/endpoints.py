"""Tax endpoints: the path, the params, one service call each."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import endpoint
from stripe_emulator.areas.tax import calculations, registrations, settings, tax_codes, transactions
from stripe_emulator.areas.tax.sdk_params import (
    CalculationCreateParams,
    CalculationLineItemListParams,
    CalculationRetrieveParams,
    RegistrationCreateParams,
    RegistrationListParams,
    RegistrationRetrieveParams,
    RegistrationUpdateParams,
    SettingsRetrieveParams,
    SettingsUpdateParams,
    TaxCodeListParams,
    TaxCodeRetrieveParams,
    TransactionCreateFromCalculationParams,
    TransactionCreateReversalParams,
    TransactionLineItemListParams,
    TransactionRetrieveParams,
)


@endpoint("GET", "/v1/tax/settings", params=SettingsRetrieveParams,
          sdk="tax.SettingsRetrieveParams", returns="tax.settings")
async def retrieve_settings(ctx: Context, params: SettingsRetrieveParams) -> Any:
    """Retrieve settings."""
    return await settings.retrieve(ctx)


@endpoint("POST", "/v1/tax/settings", params=SettingsUpdateParams,
          sdk="tax.SettingsUpdateParams", returns="tax.settings")
async def update_settings(ctx: Context, params: SettingsUpdateParams) -> Any:
    """Update settings."""
    return await settings.update(ctx, params)


@endpoint("POST", "/v1/tax/registrations", params=RegistrationCreateParams,
          sdk="tax.RegistrationCreateParams", returns="tax.registration")
async def create_registration(ctx: Context, params: RegistrationCreateParams) -> Any:
    """Create a registration."""
    return await registrations.create(ctx, params)


@endpoint("GET", "/v1/tax/registrations", params=RegistrationListParams,
          sdk="tax.RegistrationListParams", returns="tax.registration")
async def list_registrations(ctx: Context, params: RegistrationListParams) -> ListPage:
    """List registrations."""
    return await registrations.list_registrations(ctx, params)


@endpoint("GET", "/v1/tax/registrations/{id}", params=RegistrationRetrieveParams,
          sdk="tax.RegistrationRetrieveParams", returns="tax.registration")
async def retrieve_registration(ctx: Context, params: RegistrationRetrieveParams,
                                id: str) -> Any:
    """Retrieve a registration."""
    return await registrations.retrieve(ctx, id)


@endpoint("POST", "/v1/tax/registrations/{id}", params=RegistrationUpdateParams,
          sdk="tax.RegistrationUpdateParams", returns="tax.registration")
async def update_registration(ctx: Context, params: RegistrationUpdateParams, id: str) -> Any:
    """Update a registration."""
    return await registrations.update(ctx, id, params)


@endpoint("GET", "/v1/tax_codes", params=TaxCodeListParams, sdk="TaxCodeListParams",
          returns="tax_code")
async def list_tax_codes(ctx: Context, params: TaxCodeListParams) -> ListPage:
    """List all tax codes."""
    return await tax_codes.list_tax_codes(ctx, params)


@endpoint("GET", "/v1/tax_codes/{id}", params=TaxCodeRetrieveParams,
          sdk="TaxCodeRetrieveParams", returns="tax_code")
async def retrieve_tax_code(ctx: Context, params: TaxCodeRetrieveParams, id: str) -> Any:
    """Retrieve a tax code."""
    return await tax_codes.retrieve(ctx, id)


@endpoint("POST", "/v1/tax/calculations", params=CalculationCreateParams,
          sdk="tax.CalculationCreateParams", returns="tax.calculation")
async def create_calculation(ctx: Context, params: CalculationCreateParams) -> Any:
    """Create a tax calculation."""
    return await calculations.create(ctx, params)


@endpoint("GET", "/v1/tax/calculations/{calculation}", params=CalculationRetrieveParams,
          sdk="tax.CalculationRetrieveParams", returns="tax.calculation")
async def retrieve_calculation(ctx: Context, params: CalculationRetrieveParams,
                               calculation: str) -> Any:
    """Retrieve a tax calculation."""
    return await calculations.retrieve(ctx, calculation)


@endpoint("GET", "/v1/tax/calculations/{calculation}/line_items",
          params=CalculationLineItemListParams, sdk="tax.CalculationLineItemListParams",
          returns="tax.calculation_line_item")
async def list_calculation_line_items(ctx: Context, params: CalculationLineItemListParams,
                                      calculation: str) -> ListPage:
    """Retrieve a calculation's line items."""
    return await calculations.list_line_items(ctx, calculation, params)


@endpoint("POST", "/v1/tax/transactions/create_from_calculation",
          params=TransactionCreateFromCalculationParams,
          sdk="tax.TransactionCreateFromCalculationParams", returns="tax.transaction")
async def create_transaction_from_calculation(
        ctx: Context, params: TransactionCreateFromCalculationParams) -> Any:
    """Create a transaction from a calculation."""
    return await transactions.create_from_calculation(ctx, params)


@endpoint("POST", "/v1/tax/transactions/create_reversal",
          params=TransactionCreateReversalParams, sdk="tax.TransactionCreateReversalParams",
          returns="tax.transaction")
async def create_transaction_reversal(ctx: Context,
                                      params: TransactionCreateReversalParams) -> Any:
    """Create a reversal transaction."""
    return await transactions.create_reversal(ctx, params)


@endpoint("GET", "/v1/tax/transactions/{transaction}", params=TransactionRetrieveParams,
          sdk="tax.TransactionRetrieveParams", returns="tax.transaction")
async def retrieve_transaction(ctx: Context, params: TransactionRetrieveParams,
                               transaction: str) -> Any:
    """Retrieve a transaction."""
    return await transactions.retrieve(ctx, transaction)


@endpoint("GET", "/v1/tax/transactions/{transaction}/line_items",
          params=TransactionLineItemListParams, sdk="tax.TransactionLineItemListParams",
          returns="tax.transaction_line_item")
async def list_transaction_line_items(ctx: Context, params: TransactionLineItemListParams,
                                      transaction: str) -> ListPage:
    """Retrieve a transaction's line items."""
    return await transactions.list_line_items(ctx, transaction, params)
