"""The pure tax engine: no `api` or `store` imports, no clock, no I/O beyond the shipped
rate tables (`rates/`). `calculate` is the entry point; `reversal` holds refund arithmetic."""

from stripe_emulator.areas.tax.engine.calculate import (
    Address,
    CalculationRequest,
    CalculationResult,
    CustomerDetails,
    LineItem,
    LineItemResult,
    LineTaxBreakdown,
    LineTaxRateDetails,
    Registration,
    ShippingCost,
    ShippingCostResult,
    TaxabilityReason,
    TaxBreakdown,
    TaxId,
    TaxRateDetails,
    calculate,
    currency_exponent,
)

__all__ = [
    "Address",
    "CalculationRequest",
    "CalculationResult",
    "CustomerDetails",
    "LineItem",
    "LineItemResult",
    "LineTaxBreakdown",
    "LineTaxRateDetails",
    "Registration",
    "ShippingCost",
    "ShippingCostResult",
    "TaxBreakdown",
    "TaxId",
    "TaxRateDetails",
    "TaxabilityReason",
    "calculate",
    "currency_exponent",
]
