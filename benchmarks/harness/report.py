"""Markdown out of the measurements: tables, target checks, the README's results section."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import shlex
import subprocess
import sys
from pathlib import Path

from .ops import Op
from .results import ERROR_SHARE_LIMIT, Cell, Sample
from .scale import Point
from .servers import BENCH_DIR, LOCALSTRIPE_VERSION, REPO_DIR

README = BENCH_DIR / "README.md"
BARE = "bare"
PEER = "localstripe"
RETRIEVE_SHARE = 0.50  # of the bare app's req/s, for retrieves
OTHER_SHARE = 0.30  # for creates and lists
PEER_FACTOR = 3.0
SCALE_P50_GROWTH = 1.5
RSS_LIMIT_MB = 300


def _num(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


# --- ops -----------------------------------------------------------------------------

def ops_table(ops: list[Op], labels: dict[str, str], cells: dict[tuple[str, str], Cell]) -> str:
    rows = ["| operation | server | req/s | p50 ms | p99 ms | CPU s | CPU µs/req | vs bare |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    for op in ops:
        bare = cells.get((op.name, BARE))
        bare_rps = bare.median("rps") if bare and bare.measured else 0.0
        first = True
        for server, label in labels.items():
            cell = cells.get((op.name, server))
            if cell is None:
                continue
            name = op.name if first else ""
            first = False
            rows.append(f"| {name} | {label} {server} | " + _cell_columns(cell, bare_rps) + " |")
    return "\n".join(rows)


def _cell_columns(cell: Cell, bare_rps: float) -> str:
    if cell.status == "n/a":
        return "n/a | | | | | "
    if not cell.measured:
        return "error | | | | | "
    rps = cell.median("rps")
    flag = " ⚠" if cell.error_share > ERROR_SHARE_LIMIT else ""
    ratio = f"{rps / bare_rps:.0%}" if bare_rps else ""
    return " | ".join([_num(rps) + flag, _num(cell.median("p50_ms"), 2),
                       _num(cell.median("p99_ms"), 2), _num(cell.median("cpu_s"), 2),
                       _num(cell.median("cpu_us_per_request")), ratio])


def ops_notes(ops: list[Op], cells: dict[tuple[str, str], Cell], skipped: dict[str, str]) -> str:
    notes = [f"- `{op.name}`: {op.note}" for op in ops if op.note]
    notes += [f"- {name}: not run ({reason.splitlines()[0]})" for name, reason in skipped.items()]
    for cell in cells.values():
        if cell.status == "error":
            notes.append(f"- {cell.op} on {cell.server}: error ({_short(cell.reason)})")
        elif cell.measured and cell.error_share > ERROR_SHARE_LIMIT:
            notes.append(f"- ⚠ {cell.op} on {cell.server}: {cell.error_share:.1%} of requests "
                         "failed (HTTP >= 400 or socket errors)")
    return "\n".join(notes)


def _short(text: str, limit: int = 160) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[:limit] + " …"


def ops_targets(ops: list[Op], cells: dict[tuple[str, str], Cell], connections: int) -> str:
    lines: list[str] = []
    for op in ops:
        bare, peer = cells.get((op.name, BARE)), cells.get((op.name, PEER))
        share = RETRIEVE_SHARE if op.name.endswith(".retrieve") else OTHER_SHARE
        for (op_name, server), cell in cells.items():
            if op_name != op.name or not server.startswith("emulator") or not cell.measured:
                continue
            rps = cell.median("rps")
            if bare and bare.measured:
                got = rps / bare.median("rps")
                lines.append(_verdict(got >= share, f"{op.name} on {server}: {got:.0%} of bare "
                                      f"(target ≥ {share:.0%} at 32 connections)"))
            if peer and peer.measured:
                got = rps / peer.median("rps")
                lines.append(_verdict(got >= PEER_FACTOR, f"{op.name} on {server}: {got:.1f}x "
                                      f"localstripe (target ≥ {PEER_FACTOR:.0f}x)"))
    if connections != 32:
        lines.append(f"- note: this run used {connections} connections; the targets are set at 32")
    return "\n".join(lines) or "- no stripe-emulator figures in this run, so no target applies"


def _verdict(ok: bool, text: str) -> str:
    return f"- {'PASS' if ok else 'FAIL'} {text}"


# --- scale ---------------------------------------------------------------------------

def scale_table(points: list[Point]) -> str:
    rows = [("| server | objects | retrieve req/s | retrieve p50 ms | retrieve p99 ms | "
             "list req/s | list p50 ms | list p99 ms | RSS MB | peak RSS MB | seed s |"),
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for p in sorted(points, key=lambda p: (p.server, p.size)):
        r, li = _medians(p.retrieve), _medians(p.listing)
        rows.append(f"| {p.server} | {p.size:,} | {_num(r[0])} | {_num(r[1], 2)} | "
                    f"{_num(r[2], 2)} | {_num(li[0])} | {_num(li[1], 2)} | {_num(li[2], 2)} | "
                    f"{p.rss_mb:.0f} | {p.peak_rss_mb:.0f} | {p.seed_s:.0f} |")
    return "\n".join(rows)


def _medians(samples: list[Sample]) -> tuple[float, float, float]:
    cell = Cell("", "", "", samples=samples)
    return cell.median("rps"), cell.median("p50_ms"), cell.median("p99_ms")


def scale_targets(points: list[Point]) -> str:
    lines: list[str] = []
    for server in sorted({p.server for p in points if p.server.startswith("emulator")}):
        mine = sorted((p for p in points if p.server == server), key=lambda p: p.size)
        small, big = mine[0], mine[-1]
        if big.size == small.size:
            continue
        for what, attr in (("retrieve", "retrieve"), ("list", "listing")):
            a, b = _medians(getattr(small, attr))[1], _medians(getattr(big, attr))[1]
            growth = b / a if a else 0.0
            lines.append(_verdict(growth <= SCALE_P50_GROWTH,
                                  f"{server} {what} p50 at {big.size:,} is {growth:.2f}x that at "
                                  f"{small.size:,} (target ≤ {SCALE_P50_GROWTH}x from 1,000 "
                                  "to 1,000,000)"))
        if server == "emulator-sqlite":
            lines.append(_verdict(big.rss_mb < RSS_LIMIT_MB,
                                  f"{server} RSS at {big.size:,}: {big.rss_mb:.0f} MB "
                                  f"(target < {RSS_LIMIT_MB} MB at 1,000,000)"))
    return "\n".join(lines) or "- no stripe-emulator figures at two sizes: nothing to check"


# --- the README ----------------------------------------------------------------------

def command_line() -> str:
    """The command as typed from the repository root."""
    python = Path(sys.executable)
    python_text = str(python.relative_to(REPO_DIR)) if python.is_relative_to(REPO_DIR) \
        else str(python)
    script = Path(sys.argv[0]).resolve()
    script_text = str(script.relative_to(REPO_DIR)) if script.is_relative_to(REPO_DIR) \
        else str(script)
    return shlex.join([python_text, script_text, *sys.argv[1:]])


def machine() -> str:
    cpu = "unknown CPU"
    memory = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f", {int(line.split()[1]) / 2**20:.1f} GiB RAM"
    wrk_version = subprocess.run(["wrk", "-v"], check=False, capture_output=True, text=True).stdout
    wrk_text = wrk_version.split("[")[0].strip() or "wrk"
    return (f"{len(os.sched_getaffinity(0))} cores ({cpu}){memory}; "
            f"Python {platform.python_version()}; {wrk_text}; "
            f"localstripe {LOCALSTRIPE_VERSION}; Linux {platform.release()}")


def section(title: str, body: str, load_at_start: float) -> str:
    """The results with what they depend on; the load average shows a busy machine."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"### {title}\n\n- date: {stamp}\n- machine: {machine()}\n"
            f"- load average (1 min) when the run started: {load_at_start:.2f}\n"
            f"- command: `{command_line()}`\n\n{body}\n")


def write_readme(marker: str, content: str) -> None:
    """Replace what sits between the marker comments, leaving the rest of the README."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    text = README.read_text()
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{README} has no {start} ... {end} section")
    README.write_text(pattern.sub(lambda _: f"{start}\n{content}\n{end}", text))
