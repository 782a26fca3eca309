"""Restricted keys' permission model, as Stripe's: the resources a key may be granted (read or
write; write implies read) and the one table saying which resource every route needs.

A resource is named as the API names it (`customers`, `identity.verification_sessions`) and
carries Stripe's permission name, which the 403 shows as `rak_<permission>_<read|write>`:
Stripe's own where it publishes one (prices are `plan`, topups `top_up`, webhook endpoints
`webhook`, test clocks `billing_clock`), otherwise the resource's singular snake_case. Where
Stripe grants several resources with one permission (tax calculations and transactions;
entitlement features and active entitlements; report runs and report types), they share it,
so granting either grants both.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from stripe_emulator.api.errors import InvalidRequestError, ParameterMissing

__all__ = ["RESOURCES", "ROUTES", "Access", "Permission", "Requirement", "grants", "parse",
           "required"]

Access = Literal["read", "write"]


@dataclass(frozen=True, slots=True)
class Permission:
    """One of Stripe's permissions: its name, and whether Stripe offers Write for it."""

    name: str
    writable: bool = True


@dataclass(frozen=True, slots=True)
class Requirement:
    """What a route needs of a restricted key: `rak_<permission>_<access>`."""

    permission: str
    access: Access

    @property
    def grant(self) -> str:
        return f"{self.permission}_{self.access}"

    @property
    def rak(self) -> str:
        return f"rak_{self.grant}"


_BALANCE = Permission("balance", writable=False)
_ENTITLEMENT = Permission("entitlement")
_FILE = Permission("file")
_REPORTING = Permission("report_runs_and_report_types", writable=False)
_TAX_CALCULATIONS = Permission("tax_calculations_and_transactions")
_TAX_SETTINGS = Permission("tax_settings")

#: resource -> permission: what `permissions[<resource>]=read|write` may name.
RESOURCES: dict[str, Permission] = {
    "balance": _BALANCE,
    "balance_settings": Permission("balance_settings"),
    "balance_transactions": _BALANCE,
    "charges": Permission("charge"),
    "climate.orders": Permission("climate_order"),
    "climate.products": Permission("climate_product"),
    "climate.suppliers": Permission("climate_supplier", writable=False),
    "crypto.onramp_quotes": Permission("crypto_onramp_quote", writable=False),
    "crypto.onramp_sessions": Permission("crypto_onramp_session"),
    "customers": Permission("customer"),
    "entitlements.active_entitlements": _ENTITLEMENT,
    "entitlements.features": _ENTITLEMENT,
    "events": Permission("event", writable=False),
    "file_links": _FILE,
    "files": _FILE,
    "financial_connections.accounts": Permission("financial_connections_account"),
    "financial_connections.sessions": Permission("financial_connections_session"),
    "financial_connections.transactions": Permission("financial_connections_transaction",
                                                     writable=False),
    "forwarding.requests": Permission("forwarding_request"),
    "identity.verification_reports": Permission("identity_verification_report",
                                                writable=False),
    "identity.verification_sessions": Permission("identity_verification_session"),
    "invoices": Permission("invoice"),
    "payment_intents": Permission("payment_intent"),
    "payment_methods": Permission("payment_method"),
    "payouts": Permission("payout"),
    "prices": Permission("plan"),
    "products": Permission("product"),
    "reporting.report_runs": _REPORTING,
    "reporting.report_types": _REPORTING,
    "sigma.scheduled_query_runs": Permission("scheduled_query_run", writable=False),
    "subscriptions": Permission("subscription"),
    "tax.calculations": _TAX_CALCULATIONS,
    "tax.registrations": _TAX_SETTINGS,
    "tax.settings": _TAX_SETTINGS,
    "tax.transactions": _TAX_CALCULATIONS,
    "tax_codes": Permission("tax_code", writable=False),
    "test_helpers.test_clocks": Permission("billing_clock"),
    "tokens": Permission("token"),
    "topups": Permission("top_up"),
    "webhook_endpoints": Permission("webhook"),
}

#: Route prefix -> resource, for every /v1 route (path parameters written `*`; the longest
#: prefix that matches whole segments wins). A route added without a row here fails
#: tests/api/test_keys.py.
ROUTES: dict[str, str] = {
    "/v1/balance": "balance",
    "/v1/balance_settings": "balance_settings",
    "/v1/balance_transactions": "balance_transactions",
    "/v1/charges": "charges",
    "/v1/climate/orders": "climate.orders",
    "/v1/climate/products": "climate.products",
    "/v1/climate/suppliers": "climate.suppliers",
    "/v1/crypto/onramp/quotes": "crypto.onramp_quotes",  # the older path, still served
    "/v1/crypto/onramp_quotes": "crypto.onramp_quotes",
    "/v1/crypto/onramp_sessions": "crypto.onramp_sessions",
    "/v1/customers": "customers",
    "/v1/customers/*/payment_methods": "payment_methods",
    "/v1/entitlements/active_entitlements": "entitlements.active_entitlements",
    "/v1/entitlements/features": "entitlements.features",
    "/v1/events": "events",
    "/v1/file_links": "file_links",
    "/v1/files": "files",
    "/v1/financial_connections/accounts": "financial_connections.accounts",
    "/v1/financial_connections/sessions": "financial_connections.sessions",
    "/v1/financial_connections/transactions": "financial_connections.transactions",
    "/v1/forwarding/requests": "forwarding.requests",
    # The hosted verification flow of a session (its testing shortcuts included).
    "/v1/identity/verification_pages": "identity.verification_sessions",
    "/v1/identity/verification_reports": "identity.verification_reports",
    "/v1/identity/verification_sessions": "identity.verification_sessions",
    "/v1/invoices": "invoices",
    "/v1/payment_intents": "payment_intents",
    "/v1/payment_methods": "payment_methods",
    "/v1/payouts": "payouts",
    "/v1/prices": "prices",
    "/v1/products": "products",
    # Attaching an entitlement feature to a product changes the product.
    "/v1/products/*/features": "products",
    "/v1/reporting/report_runs": "reporting.report_runs",
    "/v1/reporting/report_types": "reporting.report_types",
    "/v1/sigma/scheduled_query_runs": "sigma.scheduled_query_runs",
    "/v1/subscriptions": "subscriptions",
    "/v1/tax/calculations": "tax.calculations",
    "/v1/tax/registrations": "tax.registrations",
    "/v1/tax/settings": "tax.settings",
    "/v1/tax/transactions": "tax.transactions",
    "/v1/tax_codes": "tax_codes",
    "/v1/test_helpers/climate/orders": "climate.orders",
    "/v1/test_helpers/climate/products": "climate.products",
    "/v1/test_helpers/financial_connections/sessions": "financial_connections.sessions",
    "/v1/test_helpers/identity/verification_sessions": "identity.verification_sessions",
    "/v1/test_helpers/test_clocks": "test_helpers.test_clocks",
    "/v1/tokens": "tokens",
    "/v1/topups": "topups",
    "/v1/webhook_endpoints": "webhook_endpoints",
}

#: Routes whose access is not the method's (GET reads; POST and DELETE write).
ACCESS: dict[str, Access] = {
    # Stripe's report permission is read only, and it "allows creation of Report Runs".
    "POST /v1/reporting/report_runs": "read",
}

_PARAM = re.compile(r"\{[a-z_]+\}")


@functools.lru_cache(maxsize=1024)  # a pure function of a route; asked on every request
def required(method: str, path: str) -> Requirement | None:
    """What the route `method path` (a registered path template) needs of a restricted key;
    None for a route missing from ROUTES (which a restricted key may then not call)."""
    shape = _PARAM.sub("*", path)
    prefix = max((p for p in ROUTES if shape == p or shape.startswith(p + "/")),
                 key=len, default=None)
    if prefix is None:
        return None
    access = ACCESS.get(f"{method} {shape}") or ("read" if method == "GET" else "write")
    return Requirement(RESOURCES[ROUTES[prefix]].name, access)


def grants(permissions: Mapping[str, str]) -> frozenset[str]:
    """The grants (`customer_read`, `customer_write`) of a key's `{resource: level}`; write
    implies read. Resources this server no longer knows grant nothing."""
    out: set[str] = set()
    for resource, level in permissions.items():
        permission = RESOURCES.get(resource)
        if permission is None:
            continue
        out.add(f"{permission.name}_read")
        if level == "write" and permission.writable:
            out.add(f"{permission.name}_write")
    return frozenset(out)


def parse(permissions: Mapping[str, str] | None) -> dict[str, Access]:
    """A restricted key's `permissions[<resource>]=read|write`, checked; Stripe's 400 for an
    unknown resource or a level Stripe does not offer for it."""
    if not permissions:
        raise ParameterMissing("permissions", "A restricted key needs at least one "
                                              "permission: permissions[<resource>]=read|write.")
    out: dict[str, Access] = {}
    for resource, level in sorted(permissions.items()):
        param = f"permissions[{resource}]"
        permission = RESOURCES.get(resource)
        if permission is None:
            raise InvalidRequestError(
                f"Invalid permissions: {resource!r} is not a resource; must be one of "
                f"{', '.join(sorted(RESOURCES))}", param=param)
        levels: tuple[Access, ...] = ("read", "write") if permission.writable else ("read",)
        if level not in levels:
            raise InvalidRequestError(f"Invalid {param}: must be one of {', '.join(levels)}",
                                      param=param)
        out[resource] = "write" if level == "write" else "read"
    return out
