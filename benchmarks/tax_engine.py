"""Micro-benchmark of the pure tax engine: ten-line calculations per second on one core.

    python benchmarks/tax_engine.py [--seconds 5]

Each calculation has ten line items (goods, SaaS, e-books, clothing; exclusive and
inclusive) plus shipping, for a rotating set of destinations (a US ZIP with state, county
and transit district rates, Texas, Germany, Quebec, the UK). Prints throughput and the
p50/p99 latency of one calculation; asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from stripe_emulator.areas.tax.engine import (  # noqa: E402
    Address,
    CalculationRequest,
    CustomerDetails,
    LineItem,
    Registration,
    ShippingCost,
    calculate,
)

TAX_DATE = 1_793_620_800  # fixed: 2026-11-02 12:00 UTC
CODES = ["txcd_99999999", "txcd_10103001", "txcd_10302000", "txcd_30011000", "txcd_10000000"]
DESTINATIONS = [
    Address(country="US", postal_code="28202"),
    Address(country="US", postal_code="78701"),
    Address(country="DE", postal_code="10115"),
    Address(country="CA", state="QC"),
    Address(country="GB", postal_code="SW1A 1AA"),
]
REGISTRATIONS = (
    Registration("US", "state_sales_tax", "NC"), Registration("US", "state_sales_tax", "TX"),
    Registration("DE", "standard"), Registration("CA", "standard"),
    Registration("CA", "province_standard", "QC"), Registration("GB", "standard"),
)


def requests() -> list[CalculationRequest]:
    out = []
    for index, address in enumerate(DESTINATIONS):
        lines = tuple(
            LineItem(amount=1999 + 137 * n + index, reference=f"L{n}", tax_code=CODES[n % 5],
                     tax_behavior="inclusive" if n % 3 == 0 else "exclusive", quantity=1 + n % 2)
            for n in range(10))
        out.append(CalculationRequest(
            currency="usd", line_items=lines, customer=CustomerDetails(address=address),
            tax_date=TAX_DATE, head_office=Address(country="US", state="CA", postal_code="94105"),
            registrations=REGISTRATIONS, shipping_cost=ShippingCost(amount=599)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    batch = requests()
    for request in batch:  # warm the caches: the rate table is read once per process
        calculate(request)
    latencies: list[float] = []
    count = 0
    clock = time.perf_counter
    started = clock()
    deadline = started + args.seconds
    while clock() < deadline:
        for request in batch:
            t0 = clock()
            calculate(request)
            latencies.append(clock() - t0)
        count += len(batch)
    elapsed = clock() - started
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(f"ten-line calculations: {count} in {elapsed:.2f}s = {count / elapsed:,.0f}/s (one core)")
    print(f"latency p50 {statistics.median(latencies) * 1e6:.1f} us, p99 {p99 * 1e6:.1f} us")


if __name__ == "__main__":
    main()
