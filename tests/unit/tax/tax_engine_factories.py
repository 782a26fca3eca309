"""Request factories shared by the pure tax engine's unit tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from stripe_emulator.areas.tax.engine import (
    Address,
    CalculationRequest,
    CalculationResult,
    CustomerDetails,
    LineItem,
    Registration,
    ShippingCost,
    TaxId,
    calculate,
)

#: 2026-11-02 12:00 UTC: a fixed tax date, so tests never depend on the clock.
TAX_DATE = 1_793_620_800
US_HEAD_OFFICE = Address(country="US", state="CA", postal_code="94105")
DE_HEAD_OFFICE = Address(country="DE", postal_code="10115")

Calc = Callable[..., CalculationResult]


def make_request(
    address: Address,
    lines: Sequence[tuple[int, str] | tuple[int, str, str] | tuple[int, str, str, int]],
    *,
    registrations: Sequence[Registration] = (),
    head_office: Address | None = US_HEAD_OFFICE,
    currency: str = "usd",
    tax_ids: Sequence[TaxId] = (),
    override: str = "none",
    shipping: ShippingCost | None = None,
    tax_date: int = TAX_DATE,
) -> CalculationRequest:
    """Lines are (amount, tax_code[, tax_behavior[, quantity]])."""
    items = []
    for index, spec in enumerate(lines):
        behavior = spec[2] if len(spec) > 2 else "exclusive"  # type: ignore[misc]
        quantity = spec[3] if len(spec) > 3 else 1  # type: ignore[misc]
        items.append(LineItem(amount=spec[0], reference=f"L{index}", tax_code=spec[1],
                              tax_behavior=behavior, quantity=quantity))
    return CalculationRequest(
        currency=currency, line_items=tuple(items),
        customer=CustomerDetails(address=address, tax_ids=tuple(tax_ids),
                                 taxability_override=override),  # type: ignore[arg-type]
        tax_date=tax_date, head_office=head_office, registrations=tuple(registrations),
        shipping_cost=shipping)


def run(address: Address, lines: Sequence[tuple[int, str]], **options: object) -> CalculationResult:
    return calculate(make_request(address, lines, **options))  # type: ignore[arg-type]
