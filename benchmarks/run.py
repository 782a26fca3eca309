"""Benchmarks: stripe-emulator beside the bare HTTP stack and localstripe, in one run.

    .venv/bin/python benchmarks/run.py                 # all servers, all operations
    .venv/bin/python benchmarks/run.py --quick         # shorter runs, to check the harness
    .venv/bin/python benchmarks/run.py --mode scale    # latency and RSS from 1,000 to 1,000,000

See benchmarks/README.md for what each column means.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

from harness import opsmode, procs, report, scale, servers, wrk
from harness.results import Cell

DEFAULT_SERVERS = ["bare", "localstripe", "emulator-sqlite", "emulator-postgres"]
SCALE_SERVERS = ["emulator-sqlite", "emulator-postgres"]
STACK = ["uvicorn", "uvloop", "httptools", "orjson", "httpx"]  # what the servers under test ship on


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["ops", "scale"], default="ops")
    parser.add_argument("--duration", type=int, help="seconds per wrk run (default 8; quick 3)")
    parser.add_argument("--rounds", type=int, help="rounds of A B C D (default 3; quick 2)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1,
                        help="wrk threads (default 1: leaves the other core to the server)")
    parser.add_argument("--warmup", type=int, default=2,
                        help="seconds of unrecorded load before round 1 (and, in scale "
                             "mode, after each seeding)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="servers (bare localstripe emulator-sqlite emulator-postgres, or "
                             "A B C D) and/or operations (customers.create, or a prefix: "
                             "customers)")
    parser.add_argument("--sizes", type=int, nargs="+",
                        help="scale mode: store sizes (default 1000 10000 100000 1000000)")
    parser.add_argument("--quick", action="store_true", help="short runs to check the harness")
    parser.add_argument("--write-readme", action="store_true",
                        help="replace the results section of benchmarks/README.md")
    parser.add_argument("--keep-workdir", action="store_true",
                        help="keep server logs and data (under benchmarks/.work/)")
    args = parser.parse_args()
    args.duration = args.duration or (3 if args.quick else 8)
    args.rounds = args.rounds or (2 if args.quick else 3)
    return args


def split_only(only: list[str] | None, default_servers: list[str]) -> tuple[list[str], list[str]]:
    """--only mixes server and operation names; tell them apart."""
    server_names = set(DEFAULT_SERVERS) | {"A", "B", "C", "D"}
    chosen_servers = [n for n in only or [] if n in server_names]
    chosen_ops = [n for n in only or [] if n not in server_names]
    return chosen_servers or default_servers, chosen_ops


def check_environment() -> None:
    wrk.require_wrk()
    missing = [m for m in STACK if importlib.util.find_spec(m) is None]
    if missing:
        raise SystemExit(f"{', '.join(missing)} not importable: run this with the project's "
                         "venv: .venv/bin/python benchmarks/run.py")


def start_servers(chosen: list[servers.Server], workdir: Path,
                  skipped: dict[str, str]) -> list[tuple[servers.Server, servers.Running]]:
    started: list[tuple[servers.Server, servers.Running]] = []
    for server in chosen:
        print(f"starting {server.label} {server.name} ...", file=sys.stderr)
        try:
            started.append((server, server.start(workdir)))
        except servers.Unavailable as exc:
            skipped[server.name] = str(exc)
            print(f"  skipped {server.name}: {exc}", file=sys.stderr)
    return started


def run_ops(args: argparse.Namespace, started: list[tuple[servers.Server, servers.Running]],
            op_names: list[str], workdir: Path, nonce: str, skipped: dict[str, str]) -> str:
    ops = opsmode.select_ops(op_names)
    running = [r for _, r in started]
    cells = {(op.name, r.name): Cell(op.name, r.name, r.label) for op in ops for r in running}
    prepared: list[opsmode.Prepared] = []
    for r in running:
        print(f"setting up {r.name} ...", file=sys.stderr)
        prepared += opsmode.prepare_server(r, ops, nonce, workdir, cells)
    load = wrk.Load(args.connections, args.threads, args.duration)
    opsmode.run_rounds(prepared, running, ops, load, args.rounds, args.warmup, nonce, cells)
    labels = {r.name: r.label for r in running}
    header = (f"{args.rounds} round(s) × {args.duration} s per operation and server, "
              f"{args.connections} connections, {args.threads} wrk thread(s); medians of the "
              "rounds.")
    return _join(header, report.ops_table(ops, labels, cells),
                 report.ops_notes(ops, cells, skipped), "**Targets**",
                 report.ops_targets(ops, cells, args.connections))


def run_scale(args: argparse.Namespace, started: list[tuple[servers.Server, servers.Running]],
              workdir: Path, nonce: str, skipped: dict[str, str]) -> str:
    sizes = sorted(args.sizes or (scale.QUICK_SIZES if args.quick else scale.SIZES))
    load = wrk.Load(args.connections, args.threads, args.duration)
    points = scale.run(started, sizes, load, args.rounds, args.warmup, nonce, workdir)
    notes = "\n".join(f"- {name}: not run ({reason.splitlines()[0]})"
                      for name, reason in skipped.items())
    header = (f"{args.rounds} round(s) × {args.duration} s per operation, server and size, "
              f"{args.connections} connections; retrieve cycles over a random sample of up to "
              f"{scale.RETRIEVE_SAMPLE:,} stored ids; list is limit=10.")
    return _join(header, report.scale_table(points), notes, "**Targets**",
                 report.scale_targets(points))


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # so the finally below stops every server we started


def main() -> None:
    args = parse_args()
    check_environment()
    load_at_start = os.getloadavg()[0]
    signal.signal(signal.SIGTERM, _raise_interrupt)
    default = DEFAULT_SERVERS if args.mode == "ops" else SCALE_SERVERS
    server_names, op_names = split_only(args.only, default)
    chosen = servers.make_servers(server_names)
    nonce = f"{int(time.time()) % 10**7:07d}"
    work_root = Path(__file__).resolve().parent / ".work"
    work_root.mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=f"{args.mode}-", dir=work_root))
    skipped: dict[str, str] = {}
    started: list[tuple[servers.Server, servers.Running]] = []
    try:
        started = start_servers(chosen, workdir, skipped)
        if not started:
            raise SystemExit("no server could be started")
        if args.mode == "ops":
            body = run_ops(args, started, op_names, workdir, nonce, skipped)
        else:
            body = run_scale(args, started, workdir, nonce, skipped)
    finally:
        for server, running in started:
            procs.stop(running.proc)
            server.cleanup()
        procs.stop_all()
        if not args.keep_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
            if not any(work_root.iterdir()):
                work_root.rmdir()
    title = "Operations" if args.mode == "ops" else "Scaling"
    text = report.section(title, body, load_at_start)
    print(text)
    if args.write_readme:
        report.write_readme("ops-results" if args.mode == "ops" else "scale-results", text)
        print(f"wrote {report.README}", file=sys.stderr)


if __name__ == "__main__":
    main()
