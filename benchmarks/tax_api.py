"""Ten-line tax calculations per second through the API, beside /healthz in the same run.

    .venv/bin/python benchmarks/tax_api.py                      # SQLite and PostgreSQL
    .venv/bin/python benchmarks/tax_api.py --only sqlite --duration 5 --rounds 2

Starts `stripe-emulator serve` (the shipped console script) per backend, gives one account
a head office and registrations (US NC and TX, DE, CA with QC, GB), then loads with wrk, in
alternating rounds: `GET /healthz` (the ceiling of this server process) and
`POST /v1/tax/calculations` with ten line items (goods, SaaS, e-books, clothing; exclusive
and inclusive, quantities 1-2) plus shipping, cycling over five destinations (Charlotte NC
with state, county and transit rates; Austin TX; Berlin; Quebec; London). Every POST carries
a unique Idempotency-Key, as the official SDK's do. Prints req/s and wrk's p50/p99 (medians
of the rounds) and the calculations' share of /healthz; the goal is at least 30%.

Uses the harness of benchmarks/run.py (wrk on 127.0.0.1 only, processes stopped by PID).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import procs, servers, wrk  # noqa: E402

KEY = "sk_test_bench_tax_api"
CODES = ["txcd_99999999", "txcd_10103001", "txcd_10302000", "txcd_30011000", "txcd_10000000"]
#: Each line completes `customer_details[address][...` (wrk's {id}, cycled per request).
DESTINATIONS = [
    "country]=US&customer_details[address][postal_code]=28202",
    "country]=US&customer_details[address][postal_code]=78701",
    "country]=DE&customer_details[address][postal_code]=10115",
    "country]=CA&customer_details[address][state]=QC",
    "country]=GB&customer_details[address][postal_code]=SW1A1AA",
]
SETUP = [
    ("/v1/tax/settings", {"head_office[address][country]": "US",
                          "head_office[address][state]": "CA",
                          "head_office[address][postal_code]": "94105"}),
    ("/v1/tax/registrations", {"country": "US", "country_options[us][type]": "state_sales_tax",
                               "country_options[us][state]": "NC", "active_from": "now"}),
    ("/v1/tax/registrations", {"country": "US", "country_options[us][type]": "state_sales_tax",
                               "country_options[us][state]": "TX", "active_from": "now"}),
    ("/v1/tax/registrations", {"country": "DE", "country_options[de][type]": "standard",
                               "country_options[de][standard][place_of_supply_scheme]":
                                   "standard", "active_from": "now"}),
    ("/v1/tax/registrations", {"country": "CA", "country_options[ca][type]": "standard",
                               "active_from": "now"}),
    ("/v1/tax/registrations", {"country": "CA", "country_options[ca][type]": "province_standard",
                               "country_options[ca][province_standard][province]": "QC",
                               "active_from": "now"}),
    ("/v1/tax/registrations", {"country": "GB", "country_options[gb][type]": "standard",
                               "active_from": "now"}),
]


def body_template() -> str:
    parts = ["currency=usd"]
    for n in range(10):
        prefix = f"line_items[{n}]"
        parts += [f"{prefix}[amount]={1999 + 137 * n}", f"{prefix}[reference]=L{n}",
                  f"{prefix}[tax_code]={CODES[n % 5]}",
                  f"{prefix}[tax_behavior]={'inclusive' if n % 3 == 0 else 'exclusive'}",
                  f"{prefix}[quantity]={1 + n % 2}"]
    parts += ["shipping_cost[amount]=599", "customer_details[address_source]=shipping",
              "customer_details[address][{id}"]
    return "&".join(parts)


def set_up(base_url: str) -> None:
    """Give the account its settings and registrations; check one calculation per place."""
    with httpx.Client(base_url=base_url, auth=(KEY, ""), timeout=30) as client:
        for path, data in SETUP:
            response = client.post(path, data=data)
            response.raise_for_status()
        for destination in DESTINATIONS:
            body = body_template().replace("{id}", destination)
            response = client.post("/v1/tax/calculations", content=body, headers={
                "Content-Type": "application/x-www-form-urlencoded"})
            if response.status_code != 200:
                raise SystemExit(f"probe failed for {destination}: {response.text}")
            doc = response.json()
            if len(doc["tax_breakdown"]) == 0 or doc["amount_total"] <= 0:
                raise SystemExit(f"probe gave no tax for {destination}: {doc}")


def measure(base_url: str, load: wrk.Load, ids_file: Path, nonce: str, rounds: int,
            ) -> dict[str, list[wrk.WrkResult]]:
    results: dict[str, list[wrk.WrkResult]] = {"healthz": [], "calculations": []}
    headers = {"Authorization": f"Bearer {KEY}",
               "Content-Type": "application/x-www-form-urlencoded",
               "Idempotency-Key": "bench-{unique}"}
    for r in range(rounds):
        results["healthz"].append(wrk.run(base_url, load, "GET", "/healthz", "", {},
                                          f"{nonce}h{r}", None))
        time.sleep(0.5)
        results["calculations"].append(wrk.run(base_url, load, "POST", "/v1/tax/calculations",
                                               body_template(), headers, f"{nonce}c{r}",
                                               ids_file))
        time.sleep(0.5)
    return results


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=["sqlite", "postgres"],
                        default=["sqlite", "postgres"])
    parser.add_argument("--duration", type=int, default=8, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    wrk.require_wrk()
    load = wrk.Load(connections=args.connections, threads=1, duration_s=args.duration)
    workdir = Path(__file__).resolve().parent / ".work" / f"tax_api_{os.getpid()}"
    workdir.mkdir(parents=True, exist_ok=True)
    ids_file = workdir / "destinations.txt"
    ids_file.write_text("\n".join(DESTINATIONS) + "\n")
    nonce = f"t{os.getpid()}"
    rows = []
    try:
        for backend in args.only:
            server = servers.Emulator("C" if backend == "sqlite" else "D", backend)
            try:
                running = server.start(workdir)
            except servers.Unavailable as exc:
                print(f"{backend}: skipped ({exc})", file=sys.stderr)
                continue
            try:
                set_up(running.base_url)
                wrk.run(running.base_url, wrk.Load(args.connections, 1, 2), "POST",
                        "/v1/tax/calculations", body_template(),
                        {"Authorization": f"Bearer {KEY}",
                         "Content-Type": "application/x-www-form-urlencoded"},
                        f"{nonce}w", ids_file)  # warm-up, unrecorded
                results = measure(running.base_url, load, ids_file, f"{nonce}{backend}",
                                  args.rounds)
            finally:
                procs.stop(running.proc)
                server.cleanup()
            health = results["healthz"]
            calc = results["calculations"]
            errors = sum(r.status_errors + r.socket_errors for r in calc)
            rows.append((backend, median([r.rps for r in health]),
                         median([r.p50_ms for r in health]), median([r.p99_ms for r in health]),
                         median([r.rps for r in calc]), median([r.p50_ms for r in calc]),
                         median([r.p99_ms for r in calc]), errors))
    finally:
        procs.stop_all()
    print(f"\n{args.rounds} round(s) x {args.duration} s, {args.connections} connections, "
          "1 wrk thread; medians of the rounds\n")
    print("| backend | /healthz req/s | p50 ms | p99 ms | ten-line calculations/s | p50 ms "
          "| p99 ms | share of /healthz | failed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend, hr, hp50, hp99, cr, cp50, cp99, errors in rows:
        print(f"| {backend} | {hr:,.0f} | {hp50:.2f} | {hp99:.2f} | {cr:,.0f} | {cp50:.2f} "
              f"| {cp99:.2f} | {cr / hr:.0%} | {errors} |")


if __name__ == "__main__":
    main()
