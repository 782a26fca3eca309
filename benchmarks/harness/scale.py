"""Mode `scale`: retrieve and list latency, and memory, as the store grows.

At each size the store is topped up (the fastest way available), then retrieve and list
are loaded through HTTP in rounds, servers alternating, and the server's RSS is read.
Retrieve cycles over a random sample of every id stored so far, so it does not measure a
handful of hot rows.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import httpx

from . import procs, wrk
from .ops import FORM
from .opsmode import SETTLE_S
from .results import Sample
from .servers import EMULATOR_BIN, Emulator, Running, Server

SIZES = [1_000, 10_000, 100_000, 1_000_000]
QUICK_SIZES = [1_000, 10_000]
RETRIEVE_SAMPLE = 10_000
SEED_CONNECTIONS = 16
SEED_RATE_FLOOR = 200  # creates/s; bounds a seeding step at count / this (+ 60 s)
SETTLE_AFTER_SEED_S = 3  # let checkpoints and background work after a bulk load finish
CREATE_BODY = "email=s{unique}%40example.com&name=Seed+{unique}"


class Seeder(Protocol):
    """Adds `count` customers to the account; returns the ids it knows were created."""

    def seed(self, server: Running, key: str, count: int, step_dir: Path) -> list[str]: ...


class HttpSeeder:
    """Concurrent POSTs through wrk (bounded connections): works on any server."""

    def seed(self, server: Running, key: str, count: int, step_dir: Path) -> list[str]:
        headers = {"Authorization": f"Bearer {key}", "Content-Type": FORM,
                   "Idempotency-Key": "seed-{unique}"}
        files = wrk.seed(server.base_url, "/v1/customers", CREATE_BODY, headers,
                         nonce=f"{step_dir.name}", count=count,
                         connections=SEED_CONNECTIONS, ids_prefix=step_dir / "ids",
                         bound_s=count // SEED_RATE_FLOOR + 60)
        return [line for f in files for line in f.read_text().split()]


@dataclass
class CommandSeeder:
    """The operator command `stripe-emulator seed`, once it exists: no HTTP on the way in.

    Assumed contract (not yet implemented by the server): the same storage flags as
    `serve`, and the created ids printed one per line (if it prints none, the newest ids
    are read back through the list endpoint instead).
    """

    storage_flags: list[str]

    def seed(self, server: Running, key: str, count: int, step_dir: Path) -> list[str]:
        argv = [str(EMULATOR_BIN), "seed", *self.storage_flags, "--account", key,
                "--type", "customer", "--count", str(count)]
        done = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError(f"stripe-emulator seed failed: {done.stderr.strip()[-300:]}")
        ids = [tok for tok in done.stdout.split() if tok.startswith("cus_")]
        return ids or newest_ids(server, key, pages=10)


def newest_ids(server: Running, key: str, pages: int) -> list[str]:
    ids: list[str] = []
    params = {"limit": "100"}
    with httpx.Client(base_url=server.base_url, timeout=60.0) as client:
        for _ in range(pages):
            page = client.get("/v1/customers", params=params,
                              headers={"Authorization": f"Bearer {key}"}).json()
            ids += [obj["id"] for obj in page["data"]]
            if not page.get("has_more"):
                break
            params["starting_after"] = ids[-1]
    return ids


def choose_seeder(server: Server, workdir: Path) -> Seeder:
    """The fast path when the server offers one; otherwise HTTP."""
    if not isinstance(server, Emulator):
        return HttpSeeder()
    probe = subprocess.run([str(EMULATOR_BIN), "seed", "--help"], check=False, capture_output=True,
                           timeout=60)
    if probe.returncode != 0:
        return HttpSeeder()
    if server.database_url:
        return CommandSeeder(["--database-url", server.database_url])
    return CommandSeeder(["--data-dir", str(workdir / server.name / "data")])


@dataclass
class Point:
    """One server at one size: medians of the rounds, and memory after them."""

    server: str
    size: int
    retrieve: list[Sample] = field(default_factory=list)
    listing: list[Sample] = field(default_factory=list)
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    seed_s: float = 0.0


@dataclass
class Track:
    """One server's state across sizes."""

    server: Running
    seeder: Seeder
    key: str
    ids: list[str] = field(default_factory=list)
    stored: int = 0


def run(servers: list[tuple[Server, Running]], sizes: list[int], load: wrk.Load,
        rounds: int, warmup_s: int, nonce: str, workdir: Path) -> list[Point]:
    tracks = [Track(running, choose_seeder(server, workdir), f"sk_test_bench_{nonce}_scale")
              for server, running in servers]
    points: list[Point] = []
    for size in sizes:
        at_size = {t.server.name: Point(t.server.name, size) for t in tracks}
        # Seeding is a subprocess per server, so all servers seed at once (it dominates the
        # time of this mode); the measurements below still take one server at a time.
        with ThreadPoolExecutor(max_workers=len(tracks)) as pool:
            seeded = list(pool.map(lambda t: _top_up(t, size, workdir), tracks))
        for track, seconds in zip(tracks, seeded, strict=True):
            at_size[track.server.name].seed_s = seconds
        time.sleep(SETTLE_AFTER_SEED_S)
        if warmup_s > 0:  # unrecorded: fills caches after the bulk load
            warm = wrk.Load(load.connections, load.threads, warmup_s)
            for track in tracks:
                _measure(track, Point(track.server.name, size), warm, f"{nonce}s{size}w",
                         workdir)
        for round_no in range(1, rounds + 1):
            for track in tracks:
                _measure(track, at_size[track.server.name], load, f"{nonce}s{size}r{round_no}",
                         workdir)
        for track in tracks:
            point = at_size[track.server.name]
            point.rss_mb = procs.rss_bytes(track.server.pid) / 2**20
            point.peak_rss_mb = procs.rss_bytes(track.server.pid, "VmHWM") / 2**20
            print(f"  {track.server.name} at {size:,}: RSS {point.rss_mb:.0f} MB "
                  f"(peak {point.peak_rss_mb:.0f} MB)", file=sys.stderr)
            points.append(point)
    return points


def _top_up(track: Track, size: int, workdir: Path) -> float:
    missing = size - track.stored
    if missing <= 0:
        return 0.0
    step_dir = workdir / track.server.name / f"seed{size}"
    step_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    track.ids += track.seeder.seed(track.server, track.key, missing, step_dir)
    track.stored = size
    elapsed = time.monotonic() - started
    print(f"  {track.server.name}: seeded {missing:,} customers in {elapsed:.1f}s "
          f"({missing / elapsed:,.0f}/s)", file=sys.stderr)
    return elapsed


def _measure(track: Track, point: Point, load: wrk.Load, tag: str, workdir: Path) -> None:
    ids_file = workdir / track.server.name / "retrieve-ids"
    sample = random.sample(track.ids, min(RETRIEVE_SAMPLE, len(track.ids)))
    ids_file.write_text("\n".join(sample) + "\n")
    headers = {"Authorization": f"Bearer {track.key}"}
    for path, into in (("/v1/customers/{id}", point.retrieve),
                       ("/v1/customers?limit=10", point.listing)):
        cpu_before = procs.cpu_seconds(track.server.pid)
        result = wrk.run(track.server.base_url, load, "GET", path, "", headers, tag, ids_file)
        cpu = procs.cpu_seconds(track.server.pid) - cpu_before
        into.append(Sample(result.rps, result.p50_ms, result.p99_ms, cpu, result.requests,
                           result.status_errors + result.socket_errors))
        time.sleep(SETTLE_S)
