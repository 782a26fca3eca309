"""Money for one line: tax per jurisdiction (exclusive or inclusive) and the calculation groups.

Exact integer arithmetic on minor units: rates are integers of 1/10,000 percent, every
division rounds half up, per line per jurisdiction (spec 7.6) -- the same results as Decimal
with ROUND_HALF_UP, never floats.
"""

from __future__ import annotations

from .jurisdictions import Location
from .rules import DETAILED_ZERO, Decision, GroupKey, Plan, group_key
from .types import LineTaxBreakdown, LineTaxRateDetails, TaxabilityReason

__all__ = ["aggregate", "line_amounts", "round_div"]

_RATE_SCALE = 1_000_000  # rate units per 100% (1% = 10,000 units)

#: Calculation-level groups being summed: key + inclusive -> [amount, taxable_amount].
Groups = dict[tuple[GroupKey, bool], list[int]]


def round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for numerator >= 0 and denominator > 0."""
    return (2 * numerator + denominator) // (2 * denominator)


def line_amounts(amount: int, quantity: int, inclusive: bool, plan: Plan,
                 ) -> tuple[int, tuple[LineTaxBreakdown, ...], tuple[int, ...] | None]:
    """Tax per jurisdiction for one line or the shipping cost.

    Returns (amount_tax, breakdown entries, rate units charged per entry); the last is None
    when no per-unit threshold changed a reason, so the plan's precomputed groups apply.
    """
    if not plan.thresholds:
        return _inclusive_simple(amount, plan) if inclusive else _exclusive_simple(amount, plan)
    decisions = plan.decisions
    count = len(decisions)
    reasons: list[TaxabilityReason] | None = None
    # Charging jurisdictions: (index, decision, basis percent, exempt minor units).
    active: list[tuple[int, Decision, int, int]] = []
    if plan.thresholds:
        quantity = max(quantity, 1)
        reasons = []
        for index, decision in enumerate(decisions):
            reason = decision.reason
            if decision.collects:
                limit = decision.threshold * quantity
                if ((decision.treatment == "portion_exempt" and amount <= limit)
                        or (decision.treatment == "exempt_below" and amount < limit)):
                    reason = "product_exempt"
                else:
                    exempt = limit if decision.treatment == "portion_exempt" else 0
                    active.append((index, decision, decision.basis_percent, exempt))
            reasons.append(reason)
    else:
        for index, decision in enumerate(decisions):
            if decision.rate_units:
                active.append((index, decision, decision.basis_percent, 0))

    taxes = [0] * count
    taxables = [0] * count
    net = amount
    if active and not inclusive:
        for index, decision, basis, exempt in active:
            taxable = (amount if basis == 100 else round_div(amount * basis, 100)) - exempt
            taxables[index] = taxable
            taxes[index] = (2 * taxable * decision.rate_units + _RATE_SCALE) // (2 * _RATE_SCALE)
    elif active:
        net = _inclusive(amount, active, taxes, taxables)

    entries: list[LineTaxBreakdown] = []
    static = plan.static
    for index, decision in enumerate(decisions):
        prebuilt = static[index]
        reason = reasons[index] if reasons is not None else decision.reason
        if prebuilt is not None and reason == decision.reason:
            entries.append(prebuilt)
            continue
        details: LineTaxRateDetails | None = None
        taxable = taxables[index]
        if reason in DETAILED_ZERO:
            details, taxable = decision.details, net
        elif decision.collects and reason != "product_exempt":
            details = decision.details
        else:
            taxable = 0
        entries.append(LineTaxBreakdown(
            amount=taxes[index], jurisdiction=decision.jurisdiction, sourcing="destination",
            tax_rate_details=details, taxability_reason=reason, taxable_amount=taxable,
            local_coverage=decision.local_coverage))
    units = None
    if reasons is not None:
        units = tuple(d.rate_units if (d.collects and reasons[i] != "product_exempt") else 0
                      for i, d in enumerate(decisions))
    return sum(taxes), tuple(entries), units


def _exclusive_simple(amount: int, plan: Plan,
                      ) -> tuple[int, tuple[LineTaxBreakdown, ...], tuple[int, ...] | None]:
    """The common case (tax on top, no per-unit thresholds), without the general bookkeeping."""
    entries: list[LineTaxBreakdown] = []
    total = 0
    for decision, prebuilt in zip(plan.decisions, plan.static, strict=True):
        if prebuilt is not None:
            entries.append(prebuilt)
            continue
        units = decision.rate_units
        if units:
            basis = decision.basis_percent
            taxable = amount if basis == 100 else (2 * amount * basis + 100) // 200
            tax = (2 * taxable * units + _RATE_SCALE) // (2 * _RATE_SCALE)
            total += tax
        else:  # reverse charge, customer exempt, zero rated: nothing due, all of it net
            taxable, tax = amount, 0
        entries.append(LineTaxBreakdown(tax, decision.jurisdiction, "destination",
                                        decision.details, decision.reason, taxable,
                                        decision.local_coverage))
    return total, tuple(entries), None


def _inclusive_simple(gross: int, plan: Plan,
                      ) -> tuple[int, tuple[LineTaxBreakdown, ...], tuple[int, ...] | None]:
    """Tax included in the amount, no per-unit thresholds: back out the net, split the tax."""
    active = [(index, decision, decision.basis_percent, 0)
              for index, decision in enumerate(plan.decisions) if decision.rate_units]
    taxes = [0] * len(plan.decisions)
    taxables = [0] * len(plan.decisions)
    net = _inclusive(gross, active, taxes, taxables) if active else gross
    entries: list[LineTaxBreakdown] = []
    for index, (decision, prebuilt) in enumerate(zip(plan.decisions, plan.static, strict=True)):
        if prebuilt is not None:
            entries.append(prebuilt)
        elif decision.rate_units:
            entries.append(LineTaxBreakdown(taxes[index], decision.jurisdiction, "destination",
                                            decision.details, decision.reason, taxables[index],
                                            decision.local_coverage))
        else:  # reverse charge, customer exempt, zero rated: nothing due, all of it net
            entries.append(LineTaxBreakdown(0, decision.jurisdiction, "destination",
                                            decision.details, decision.reason, net,
                                            decision.local_coverage))
    return sum(taxes), tuple(entries), None


def _inclusive(gross: int, active: list[tuple[int, Decision, int, int]], taxes: list[int],
               taxables: list[int]) -> int:
    """Back out the net from a tax-inclusive amount; fills taxes/taxables, returns the net.

    gross = net + sum(r_j * (a_j * net - b_j)), so net = (gross + sum r_j b_j) / (1 + sum r_j a_j),
    rounded; the tax (gross - net) is split in proportion to each jurisdiction's share, the
    rounding remainder going to the largest rate (spec 7.6).
    """
    scale = _RATE_SCALE * 100
    k = sum(d.rate_units * basis for _, d, basis, _ in active)
    m = sum(d.rate_units * exempt * 100 for _, d, _, exempt in active)
    net = round_div(gross * scale + m, scale + k)
    total_tax = gross - net
    weights: list[int] = []
    for index, decision, basis, exempt in active:
        taxable = max((net if basis == 100 else round_div(net * basis, 100)) - exempt, 0)
        taxables[index] = taxable
        weights.append(taxable * decision.rate_units)
    weight_sum = sum(weights)
    if weight_sum == 0 or total_tax <= 0:
        for index, _, _, _ in active:
            taxes[index] = 0
        return gross if weight_sum == 0 else net
    if len(active) == 1:
        taxes[active[0][0]] = total_tax
        return net
    shares = [round_div(total_tax * w, weight_sum) for w in weights]
    remainder = total_tax - sum(shares)
    if remainder:
        best = max(range(len(active)), key=lambda i: (active[i][1].rate_units, -i))
        shares[best] += remainder
    for (index, _, _, _), share in zip(active, shares, strict=True):
        taxes[index] = share
    return net


def aggregate(groups: Groups, location: Location, plan: Plan,
              entries: tuple[LineTaxBreakdown, ...], units: tuple[int, ...] | None,
              inclusive: bool) -> None:
    """Fold one line's entries into the calculation-level groups (spec 7.8).

    Entries of one line with the same tax type and reason combine: their amounts add, the
    taxable amount is the line's (the largest of them), and the percentage is the sum of their
    rates, so a state + county + district line shows one combined entry.
    """
    if units is None and len(plan.group_keys) == 1:
        totals = groups.setdefault((plan.group_keys[0], inclusive), [0, 0])
        taxable = 0
        for entry in entries:
            totals[0] += entry.amount
            if entry.taxable_amount > taxable:
                taxable = entry.taxable_amount
        totals[1] += taxable
        return
    if units is None:
        sums: dict[int, list[int]] = {}
        for entry, slot in zip(entries, plan.group_of, strict=True):
            current = sums.get(slot)
            if current is None:
                sums[slot] = [entry.amount, entry.taxable_amount]
            else:
                current[0] += entry.amount
                if entry.taxable_amount > current[1]:
                    current[1] = entry.taxable_amount
        keys = plan.group_keys
        for slot, (amount, taxable) in sums.items():
            totals = groups.setdefault((keys[slot], inclusive), [0, 0])
            totals[0] += amount
            totals[1] += taxable
        return
    per_line: dict[tuple[str | None, str, str], list[int]] = {}
    for entry, charged in zip(entries, units, strict=True):
        details = entry.tax_rate_details
        key = (details.tax_type if details is not None else None, entry.taxability_reason,
               entry.jurisdiction.country)
        current = per_line.get(key)
        if current is None:
            per_line[key] = [entry.amount, entry.taxable_amount, charged]
        else:
            current[0] += entry.amount
            current[1] = max(current[1], entry.taxable_amount)
            current[2] += charged
    for (tax_type, reason, country), (amount, taxable, charged) in per_line.items():
        totals = groups.setdefault(
            (group_key(location, country, tax_type, reason, charged), inclusive), [0, 0])
        totals[0] += amount
        totals[1] += taxable
