"""From API inputs to the engine's request: currency and tax date checks, the customer's
location and status, each line's tax code, and the account's head office and registrations.

Shared by calculations (`POST /v1/tax/calculations`) and Billing's automatic tax
(`invoicing.tax_for_invoice`). Customer data is read only as stored documents.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

import pycountry

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing
from stripe_emulator.api.objects import Filter
from stripe_emulator.api.shapes import address
from stripe_emulator.areas.tax import engine, registrations
from stripe_emulator.areas.tax.api_errors import from_engine, location_invalid
from stripe_emulator.areas.tax.engine.code_catalog import DEFAULT_TAX_CODE
from stripe_emulator.areas.tax.engine.errors import TaxEngineError
from stripe_emulator.areas.tax.settings import head_office

__all__ = [
    "TAX_DATE_WINDOW",
    "Customer",
    "TaxCodes",
    "calculate",
    "check_amount",
    "check_currency",
    "check_tax_date",
    "resolve_customer",
]

#: `tax_date` may lie this far before or after now (spec 6).
TAX_DATE_WINDOW = 31 * 24 * 3600
_OVERRIDE_FOR_EXEMPT = {"exempt": "customer_exempt", "reverse": "reverse_charge"}


def check_currency(value: str, param: str = "currency") -> str:
    """A lowercase ISO 4217 code, or Stripe's `Invalid currency` error."""
    code = value.strip().lower()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code.upper()) is None:
        raise InvalidRequestError(f"Invalid currency: {code}. Stripe currently supports "
                                  "ISO 4217 currency codes in lowercase.", param=param)
    return code


def check_tax_date(value: int | None, now: int) -> int:
    """The tax date: now by default, else within 31 days of now."""
    if value is None:
        return now
    if abs(value - now) > TAX_DATE_WINDOW:
        raise InvalidRequestError(
            "tax_date must be within 31 days of the current time (before or after).",
            param="tax_date")
    return value


def check_amount(value: int, param: str) -> int:
    """An amount in minor units: zero or more."""
    if value < 0:
        raise InvalidRequestError("This value must be greater than or equal to 0.",
                                  param=param, code="parameter_invalid_integer")
    return value


@dataclass(slots=True)
class Customer:
    """The customer as a calculation shows it (`customer_details`) and as the engine needs it."""

    id: str | None
    details: dict[str, Any]
    engine: engine.CustomerDetails


def _customer_address(doc: dict[str, Any]) -> tuple[Any, str | None]:
    """Stripe's order: the shipping address if it has a country, else the billing address."""
    shipping = (doc.get("shipping") or {}).get("address") or {}
    if shipping.get("country"):
        return address(shipping, upper_country=True), "shipping"
    billing = doc.get("address") or {}
    if billing.get("country"):
        return address(billing, upper_country=True), "billing"
    return None, None


async def _customer_tax_ids(ctx: Context, customer_id: str) -> list[dict[str, str]]:
    docs = sorted(await ctx.objects.all("tax_id", Filter("customer", customer_id)),
                  key=lambda d: d.get("created") or 0)
    return [{"type": d["type"], "value": d["value"]} for d in docs]


async def resolve_customer(ctx: Context, customer_id: str | None, given: Any,
                           *, customer_param: str = "customer",
                           details_param: str = "customer_details") -> Customer:
    """`customer` and/or `customer_details` -> where and who the customer is.

    What `customer_details` says wins; the customer fills in the rest (address: shipping,
    then billing; tax ids; `tax_exempt` as the taxability override).
    """
    if customer_id is None and given is None:
        raise ParameterMissing(details_param, message=(
            f"Missing required param: {details_param}. Provide {details_param} (with an "
            f"address or ip_address) or {customer_param}."))
    stored = (await ctx.objects.load("customer", customer_id, param=customer_param)
              if customer_id else None)
    addr: Any = (address(given.address, upper_country=True)
            if given is not None and given.address is not None else None)
    source = given.address_source if given is not None and addr is not None else None
    if addr is None and stored is not None:
        addr, source = _customer_address(stored)
    ip = given.ip_address if given is not None else None
    if given is not None and given.tax_ids is not None:
        tax_ids = [{"type": t.type, "value": t.value} for t in given.tax_ids]
    elif stored is not None:
        tax_ids = await _customer_tax_ids(ctx, stored["id"])
    else:
        tax_ids = []
    if given is not None and given.taxability_override is not None:
        override = given.taxability_override
    elif stored is not None:
        override = _OVERRIDE_FOR_EXEMPT.get(stored.get("tax_exempt") or "none", "none")
    else:
        override = "none"
    if addr is None:
        _no_address(ip, details_param)
    assert addr is not None
    if not addr.get("country"):
        raise location_invalid("The customer address has no country.",
                               param=f"{details_param}[address][country]")
    details = {"address": addr, "address_source": source, "ip_address": ip,
               "tax_ids": tax_ids, "taxability_override": override}
    return Customer(
        id=customer_id, details=details,
        engine=engine.CustomerDetails(
            address=engine.Address(country=addr["country"], state=addr["state"],
                                   postal_code=addr["postal_code"], city=addr["city"],
                                   line1=addr["line1"], line2=addr["line2"]),
            address_source=source,
            tax_ids=tuple(engine.TaxId(t["type"], t["value"]) for t in tax_ids),
            taxability_override=override))


def _no_address(ip: str | None, details_param: str) -> None:
    """No address: an IP address alone cannot be located offline (spec 7.2, DECISION)."""
    if ip is None:
        raise location_invalid(
            "A customer location is required: provide customer_details[address] (at least "
            "the country; US addresses need a ZIP code) or a customer that has an address.",
            param=f"{details_param}[address]")
    param = f"{details_param}[ip_address]"
    try:
        parsed = ipaddress.ip_address(ip.strip())
    except ValueError:
        raise InvalidRequestError(f"Invalid IP address: {ip}", param=param) from None
    if not parsed.is_global:
        raise location_invalid(
            f"We could not determine a location from the IP address '{ip}': it is a private, "
            "loopback or reserved address. Provide customer_details[address].", param=param)
    raise location_invalid(
        f"We could not determine a location from the IP address '{ip}': this emulator ships "
        "no IP geolocation data, so IP-based locations are not available. Provide "
        "customer_details[address].", param=param)


class TaxCodes:
    """Resolves line tax codes: the line's, else its product's, else the settings default,
    else `txcd_10000000` (spec 5); loads each product once per request."""

    def __init__(self, ctx: Context, settings: dict[str, Any]) -> None:
        self._ctx = ctx
        self._default = settings["defaults"].get("tax_code") or DEFAULT_TAX_CODE
        self._products: dict[str, dict[str, Any]] = {}

    async def product(self, product_id: str, param: str) -> dict[str, Any]:
        found = self._products.get(product_id)
        if found is None:
            found = await self._ctx.objects.load("product", product_id, param=param)
            self._products[product_id] = found
        return found

    async def resolve(self, tax_code: str | None, product_id: str | None,
                      product_param: str) -> str:
        if tax_code:
            return tax_code
        if product_id:
            code = (await self.product(product_id, product_param)).get("tax_code")
            if isinstance(code, dict):  # stored expanded by someone: take its id
                code = code.get("id")
            if code:
                return str(code)
        return self._default


async def calculate(ctx: Context, settings: dict[str, Any], *, currency: str, tax_date: int,
                    customer: Customer, lines: tuple[engine.LineItem, ...],
                    shipping: engine.ShippingCost | None = None,
                    ship_from: engine.Address | None = None) -> engine.CalculationResult:
    """Run the engine with the account's head office and registrations; its refusals
    become Stripe's 400s."""
    request = engine.CalculationRequest(
        currency=currency, line_items=lines, customer=customer.engine, tax_date=tax_date,
        head_office=head_office(settings),
        registrations=await registrations.active_on(ctx, tax_date),
        shipping_cost=shipping, ship_from=ship_from)
    try:
        return engine.calculate(request)
    except TaxEngineError as exc:
        raise from_engine(exc) from None
