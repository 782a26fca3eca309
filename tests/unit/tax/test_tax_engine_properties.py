"""Property tests: exclusive and inclusive agree, amounts add up, reversals stay within bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tax_engine_factories import make_request

from stripe_emulator.areas.tax.engine import Address, Registration, ShippingCost, calculate
from stripe_emulator.areas.tax.engine.reversal import OriginalLine, flat_amount_reversal

# (address, registrations, number of collecting jurisdictions for general goods)
PLACES = [
    (Address(country="US", postal_code="78701"), [Registration("US", "state_sales_tax", "TX")], 1),
    (Address(country="US", postal_code="28202"), [Registration("US", "state_sales_tax", "NC")], 3),
    (Address(country="US", postal_code="15222"), [Registration("US", "state_sales_tax", "PA")], 2),
    (Address(country="DE"), [Registration("DE", "standard")], 1),
    (Address(country="CA", state="QC"), [Registration("CA", "standard"),
                                          Registration("CA", "province_standard", "QC")], 2),
    (Address(country="JP"), [Registration("JP", "standard")], 1),
]
CODES = ["txcd_99999999", "txcd_10103001", "txcd_10302000", "txcd_30011000",
         "txcd_10000000", "txcd_00000000"]
amounts = st.integers(min_value=0, max_value=10_000_000)
place = st.sampled_from(PLACES)


@settings(max_examples=300, deadline=None)
@given(place=place, amount=amounts)
def test_inclusive_inverts_exclusive(place: tuple[Address, list[Registration], int],
                                     amount: int) -> None:
    address, regs, jurisdictions = place
    exclusive = calculate(make_request(address, [(amount, "txcd_99999999")], registrations=regs))
    tax = exclusive.line_items[0].amount_tax
    inclusive = calculate(make_request(address, [(amount + tax, "txcd_99999999", "inclusive")],
                                       registrations=regs))
    line = inclusive.line_items[0]
    net = line.amount - line.amount_tax
    # One jurisdiction: exact. Several: each rounds on its own, so the net may move by a unit
    # per extra jurisdiction; the inclusive line always keeps its gross amount.
    assert abs(net - amount) <= (jurisdictions - 1)
    assert abs(line.amount_tax - tax) <= (jurisdictions - 1)
    if jurisdictions == 1:
        assert (net, line.amount_tax) == (amount, tax)


@settings(max_examples=300, deadline=None)
@given(place=place,
       lines=st.lists(st.tuples(amounts, st.sampled_from(CODES),
                                st.sampled_from(["exclusive", "inclusive"]),
                                st.integers(min_value=1, max_value=5)), min_size=1, max_size=10),
       shipping=st.none() | amounts)
def test_amounts_add_up(place: tuple[Address, list[Registration], int],
                        lines: list[tuple[int, str, str, int]], shipping: int | None) -> None:
    address, regs, _ = place
    result = calculate(make_request(
        address, lines, registrations=regs,
        shipping=ShippingCost(amount=shipping) if shipping is not None else None))
    items = list(result.line_items)
    breakdowns = [li.tax_breakdown for li in items]
    taxes = [li.amount_tax for li in items]
    behaviors = [li.tax_behavior for li in items]
    gross = [li.amount for li in items]
    if result.shipping_cost is not None:
        breakdowns.append(result.shipping_cost.tax_breakdown)
        taxes.append(result.shipping_cost.amount_tax)
        behaviors.append(result.shipping_cost.tax_behavior)
        gross.append(result.shipping_cost.amount)
    for breakdown, tax in zip(breakdowns, taxes, strict=True):
        assert sum(entry.amount for entry in breakdown) == tax  # per line, over jurisdictions
        assert all(entry.amount >= 0 and entry.taxable_amount >= 0 for entry in breakdown)
    exclusive = sum(t for t, b in zip(taxes, behaviors, strict=True) if b == "exclusive")
    inclusive = sum(t for t, b in zip(taxes, behaviors, strict=True) if b == "inclusive")
    assert result.tax_amount_exclusive == exclusive
    assert result.tax_amount_inclusive == inclusive
    assert result.amount_total == sum(gross) + exclusive
    assert sum(b.amount for b in result.tax_breakdown) == exclusive + inclusive
    for tax, amount, behavior in zip(taxes, gross, behaviors, strict=True):
        if behavior == "inclusive":
            assert tax <= amount
    # per jurisdiction: each jurisdiction's total equals the sum of its entries
    per_jurisdiction: dict[str, int] = {}
    for breakdown in breakdowns:
        for entry in breakdown:
            name = entry.jurisdiction.display_name
            per_jurisdiction[name] = per_jurisdiction.get(name, 0) + entry.amount
    assert sum(per_jurisdiction.values()) == exclusive + inclusive


lines_left = st.lists(
    st.tuples(st.integers(min_value=0, max_value=1_000_000),
              st.integers(min_value=0, max_value=200),
              st.sampled_from(["exclusive", "inclusive"]), st.integers(min_value=0, max_value=100)),
    min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(specs=lines_left, fraction=st.integers(min_value=0, max_value=1000))
def test_flat_reversal_never_exceeds_original(specs: list[tuple[int, int, str, int]],
                                              fraction: int) -> None:
    lines = []
    for index, (amount, tax_permille, behavior, reversed_pct) in enumerate(specs):
        tax = amount * tax_permille // 1000
        if behavior == "inclusive":
            tax = min(tax, amount)
        done_amount = -(amount * reversed_pct // 100)
        done_tax = -(tax * reversed_pct // 100)
        lines.append(OriginalLine(f"li_{index}", amount, tax, behavior,  # type: ignore[arg-type]
                                  done_amount, done_tax))
    left = sum(line.total_left for line in lines)
    flat = -(left * fraction // 1000)
    out = flat_amount_reversal(lines, flat)
    refunded = 0
    for line, rev in zip(lines, out, strict=True):
        assert rev.amount <= 0 and rev.amount_tax <= 0
        assert -rev.amount_tax <= line.tax_left
        if line.tax_behavior == "inclusive":
            assert -rev.amount <= line.amount_left and rev.amount <= rev.amount_tax
            refunded += -rev.amount
        else:
            assert -rev.amount <= line.amount_left
            refunded += -(rev.amount + rev.amount_tax)
    assert refunded == -flat
