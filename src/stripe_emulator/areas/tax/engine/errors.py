"""Errors the pure tax engine raises; the API layer turns each into Stripe's 400 error.

    TaxEngineError                     code, param, message
     ├── CustomerTaxLocationInvalid    customer_tax_location_invalid, customer_details[address]
     ├── TaxIdInvalid                  tax_id_invalid, customer_details[tax_ids][i][value]
     ├── InvalidTaxCode                "Invalid tax code", line_items[i][tax_code]
     └── ReversalInvalid               invalid_request_error, the reversal param at fault
"""

from __future__ import annotations

__all__ = [
    "CustomerTaxLocationInvalid",
    "InvalidTaxCode",
    "ReversalInvalid",
    "TaxEngineError",
    "TaxIdInvalid",
]


class TaxEngineError(ValueError):
    """Base: Stripe's error ``code`` (None: plain invalid_request_error) and ``param``."""

    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


class CustomerTaxLocationInvalid(TaxEngineError):
    """The address is not precise enough (missing US ZIP, CA without postal code or province)."""

    code = "customer_tax_location_invalid"

    def __init__(self, message: str) -> None:
        super().__init__(message, param="customer_details[address]")


class TaxIdInvalid(TaxEngineError):
    """A customer tax id does not have the format of its type."""

    code = "tax_id_invalid"

    def __init__(self, index: int, tax_id_type: str, value: str) -> None:
        super().__init__(f"Invalid value for {tax_id_type}: '{value}'.",
                         param=f"customer_details[tax_ids][{index}][value]")


class InvalidTaxCode(TaxEngineError):
    """A line item or shipping cost names a tax code that is not in the catalogue."""

    def __init__(self, param: str) -> None:
        super().__init__("Invalid tax code", param=param)


class ReversalInvalid(TaxEngineError):
    """A reversal would exceed what remains of the original, or its params do not fit together."""
