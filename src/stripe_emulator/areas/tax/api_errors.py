"""The tax area's errors in Stripe's words: the engine's errors turned into API errors, and
the few refusals the API layer adds (spec/tax.md section 10).

    TaxEngineError (pure engine)          ->  InvalidRequestError, 400, same code and param
      CustomerTaxLocationInvalid              customer_tax_location_invalid
      TaxIdInvalid                            tax_id_invalid
      InvalidTaxCode                          (no code) "Invalid tax code"
      ReversalInvalid                         (no code)
"""

from __future__ import annotations

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.areas.tax.engine.errors import TaxEngineError

__all__ = ["TaxNotActive", "from_engine", "invalid_country", "location_invalid"]


def from_engine(exc: TaxEngineError) -> InvalidRequestError:
    """The 400 a client sees for an engine refusal (code and param kept)."""
    return InvalidRequestError(exc.message, param=exc.param, code=exc.code)


def location_invalid(message: str, param: str = "customer_details[address]",
                     ) -> InvalidRequestError:
    """`customer_tax_location_invalid`: no location precise enough to calculate tax."""
    return InvalidRequestError(message, param=param, code="customer_tax_location_invalid")


def invalid_country(country: str, param: str) -> InvalidRequestError:
    """A country that is not an ISO 3166-1 alpha-2 code (Stripe's wording)."""
    return InvalidRequestError(
        f"Country '{country}' is unknown. Try using a 2-character alphanumeric country code "
        "instead, such as 'US', 'EG', or 'GB'. A full list of country codes is available at "
        "https://stripe.com/docs/api#country_codes", param=param)


class TaxNotActive(InvalidRequestError):
    """Tax settings are `pending`: no head office address yet (spec 3, DECISION)."""

    def __init__(self, param: str | None = None) -> None:
        super().__init__(
            "Stripe Tax is not active on this account: your tax settings are missing a head "
            "office address (status `pending`, missing_fields: head_office). Set one with "
            "POST /v1/tax/settings and head_office[address][country].", param=param)
