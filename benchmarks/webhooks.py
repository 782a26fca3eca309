"""Webhook delivery: throughput and latency to a local receiver, on SQLite and PostgreSQL,
against a bare httpx loop POSTing the same bodies to the same receiver.

    .venv/bin/python benchmarks/webhooks.py                   # both databases, ~1 min
    .venv/bin/python benchmarks/webhooks.py --only sqlite --events 2000 --rates 100,200
    .venv/bin/python benchmarks/webhooks.py --write-readme    # update benchmarks/README.md

Throughput: the server runs with workers off while N customers are created (N events,
N queued deliveries); it is restarted with workers on, and the rate is N over the time
between the receiver's first and last arrival. The bare loop then POSTs the same N event
bodies, signed, with the same concurrency per endpoint as the server allows (8) and, for
reference, 32.

Latency: customers are created at fixed rates (default 200/s, 10 s each) through the API;
latency is from the moment the create request is sent (an upper bound on "the state
changed") to the receiver's arrival, both read from this machine's clock.

The receiver is its own process (uvicorn + httptools, a raw ASGI app answering 200 at
once); the server is `stripe-emulator serve` as users run it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PYTHON = sys.executable
PG_DSN = os.environ.get("STRIPE_EMULATOR_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
#: The server's default limit of requests in flight per endpoint (its setting
#: `webhook_max_in_flight`, STRIPE_EMULATOR_WEBHOOK_MAX_IN_FLIGHT), which the bare loop matches.
PER_ENDPOINT = 8
START, END = "<!-- webhooks-results:start -->", "<!-- webhooks-results:end -->"


# -- the receiver (its own process) -----------------------------------------------------------

def receiver_app() -> Any:
    arrivals: list[tuple[str, str, float]] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["method"] == "POST" and scope["path"] == "/hook":
            at = time.time()
            event = orjson.loads(body)
            arrivals.append((event["id"], event["data"]["object"]["id"], at))
            payload = b'{"received":true}'
        elif scope["path"] == "/arrivals":
            payload = orjson.dumps(arrivals)
            if scope["method"] == "POST":
                arrivals.clear()
        else:
            payload = b"{}"
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})

    return app


def run_receiver(port: int) -> None:
    import uvicorn

    uvicorn.run(receiver_app(), host="127.0.0.1", port=port, loop="uvloop", http="httptools",
                log_level="warning", access_log=False, lifespan="off")


# -- processes ----------------------------------------------------------------------------------

def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu() -> float:
    """CPU seconds of every postgres process (the server's backends among them)."""
    total = 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if Path(f"/proc/{pid}/comm").read_text().startswith("postgres"):
                total += cpu_seconds(int(pid))
        except OSError:
            pass
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Proc:
    def __init__(self, argv: list[str], ready: str, env: dict[str, str] | None = None) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT,
                                     env={**os.environ, **(env or {})}, cwd=REPO)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise SystemExit(f"{argv[:4]} exited:\n{self.log.read().decode()}")
            try:
                if httpx.get(ready, timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{argv[:4]} did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def serve(port: int, db_args: list[str], *, workers: bool) -> Proc:
    return Proc([PYTHON, "-m", "stripe_emulator", "serve", "--port", str(port),
                 "--log-level", "warning", *db_args],
                f"http://127.0.0.1:{port}/healthz",
                {"STRIPE_EMULATOR_WORKERS": "1" if workers else "0"})


class Database:
    """A fresh SQLite file, or a PostgreSQL database created and dropped by this run."""

    def __init__(self, kind: str, workdir: Path) -> None:
        self.kind = kind
        self.args = ["--data-dir", str(workdir / kind)]
        self.url: str | None = None
        if kind == "postgresql":
            import psycopg2

            self.name = f"bench_webhooks_{os.getpid()}"
            self.admin = psycopg2.connect(PG_DSN, connect_timeout=3)
            self.admin.autocommit = True
            with self.admin.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS {self.name}")
                cur.execute(f"CREATE DATABASE {self.name}")
            self.url = PG_DSN.rsplit("/", 1)[0] + "/" + self.name
            self.args += ["--database-url", self.url]

    def drop(self) -> None:
        if self.kind == "postgresql":
            with self.admin.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
            self.admin.close()


# -- load ----------------------------------------------------------------------------------------

async def create_customers(base: str, key: str, n: int, *, concurrency: int = 32) -> None:
    queue = iter(range(n))
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {key}"},
                                 timeout=60) as client:
        async def worker() -> None:
            for i in queue:
                r = await client.post("/v1/customers", data={"name": f"Bench {i}"})
                r.raise_for_status()
        await asyncio.gather(*(worker() for _ in range(concurrency)))


async def paced_customers(base: str, key: str, rate: float, seconds: float,
                          ) -> dict[str, float]:
    """Create customers at `rate`/s; {customer id: time the request was sent}."""
    sent: dict[str, float] = {}
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {key}"},
                                 timeout=60, limits=httpx.Limits(max_connections=64)) as c:
        async def one(i: int) -> None:
            at = time.time()
            r = await c.post("/v1/customers", data={"name": f"Paced {i}"})
            r.raise_for_status()
            sent[r.json()["id"]] = at

        start = time.monotonic()
        tasks = []
        for i in range(int(rate * seconds)):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i)))
        await asyncio.gather(*tasks)
    return sent


def arrivals(receiver: str, *, reset: bool = False) -> list[tuple[str, str, float]]:
    r = httpx.request("POST" if reset else "GET", receiver + "/arrivals", timeout=60)
    return [tuple(a) for a in r.json()]  # type: ignore[misc]


def wait_arrivals(receiver: str, n: int, timeout: float = 300) -> list[tuple[str, str, float]]:
    deadline = time.monotonic() + timeout
    while True:
        got = arrivals(receiver)
        if len({a[0] for a in got}) >= n or time.monotonic() > deadline:
            return got
        time.sleep(0.2)


def event_bodies(base: str, key: str) -> list[bytes]:
    out: list[bytes] = []
    params: dict[str, Any] = {"limit": 100}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"},
                      timeout=60) as c:
        while True:
            page = c.get("/v1/events", params=params).json()
            out.extend(orjson.dumps(e) for e in page["data"])
            if not page["has_more"]:
                return out
            params["starting_after"] = page["data"][-1]["id"]


async def bare_loop(url: str, bodies: list[bytes], secret: str, concurrency: int) -> float:
    """POST every body (signed, as the server does) with `concurrency`; returns bodies/s."""
    sys.path.insert(0, str(REPO / "src"))
    from stripe_emulator.areas.webhooks.signature import HEADERS, sign

    queue = iter(bodies)
    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(max_connections=256)) as c:
        async def worker() -> None:
            for body in queue:
                headers = {**HEADERS, "Stripe-Signature": sign(body, secret, int(time.time()))}
                r = await c.post(url, content=body, headers=headers)
                assert r.status_code == 200
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return len(bodies) / (time.perf_counter() - started)


# -- one database -----------------------------------------------------------------------------

def measure(kind: str, receiver: str, workdir: Path, n: int, rates: list[float],
            seconds: float) -> dict[str, Any]:
    db = Database(kind, workdir)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    hook = receiver + "/hook"
    try:
        # Throughput: a backlog of n deliveries, drained by a fresh worker.
        server = serve(port, db.args, workers=False)
        key = "sk_test_bench_webhooks_throughput"
        secret = httpx.post(base + "/v1/webhook_endpoints", auth=(key, ""), data={
            "url": hook, "enabled_events[0]": "customer.created"}).json()["secret"]
        asyncio.run(create_customers(base, key, n))
        server.stop()
        arrivals(receiver, reset=True)
        server = serve(port, db.args, workers=True)
        cpu0, pg0 = cpu_seconds(server.proc.pid), postgres_cpu()
        got = wait_arrivals(receiver, n)
        server_ms = (cpu_seconds(server.proc.pid) - cpu0) / n * 1000
        pg_ms = (postgres_cpu() - pg0) / n * 1000
        times = sorted(a[2] for a in got)
        throughput = (len(times) - 1) / (times[-1] - times[0])
        bodies = event_bodies(base, key)
        arrivals(receiver, reset=True)
        bare = asyncio.run(bare_loop(hook, bodies, secret, PER_ENDPOINT))
        bare32 = asyncio.run(bare_loop(hook, bodies, secret, 32))
        arrivals(receiver, reset=True)

        # Latency: a steady rate of changes, each delivered as it happens.
        latency = []
        for r in rates:
            key = f"sk_test_bench_webhooks_latency_{r:g}"
            httpx.post(base + "/v1/webhook_endpoints", auth=(key, ""), data={
                "url": hook, "enabled_events[0]": "customer.created"}).raise_for_status()
            sent = asyncio.run(paced_customers(base, key, r, seconds))
            got = wait_arrivals(receiver, len(sent), timeout=300)
            arrivals(receiver, reset=True)
            first: dict[str, float] = {}
            for _, obj, at in got:
                first.setdefault(obj, at)
            lat = sorted((first[c] - t) * 1000 for c, t in sent.items() if c in first)
            latency.append({"rate": r, "delivered": len(lat), "sent": len(sent),
                            "p50": statistics.median(lat),
                            "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
                            "max": lat[-1]})
        server.stop()
        return {"db": kind, "events": n, "throughput": throughput, "bare": bare,
                "bare32": bare32, "ratio": throughput / bare, "server_ms": server_ms,
                "pg_ms": pg_ms, "seconds": seconds, "latency": latency}
    finally:
        db.drop()


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| database | deliveries/s | bare httpx loop, 8 / 32 concurrent | ratio (vs 8) | "
        "server CPU per delivery | PostgreSQL CPU per delivery |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        pg = f"{r['pg_ms']:.2f} ms" if r["db"] == "postgresql" else "-"
        lines.append(
            f"| {r['db']} | {r['throughput']:,.0f} | {r['bare']:,.0f} / {r['bare32']:,.0f} | "
            f"{r['ratio']:.2f} | {r['server_ms']:.2f} ms | {pg} |")
    lines += ["", "| database | rate | latency p50 | p99 | max | delivered |",
              "|---|---:|---:|---:|---:|---:|"]
    for r in results:
        for lat in r["latency"]:
            lines.append(f"| {r['db']} | {lat['rate']:.0f}/s | {lat['p50']:.1f} ms | "
                         f"{lat['p99']:.1f} ms | {lat['max']:.1f} ms | "
                         f"{lat['delivered']} of {lat['sent']} |")
    goals = []
    for r in results:
        goals.append(f"{r['db']}: throughput at least half the bare loop's: "
                     f"{'met' if r['ratio'] >= 0.5 else 'NOT met'} ({r['ratio']:.3f})")
        for lat in r["latency"]:
            if lat["rate"] == 200:
                goals.append(f"{r['db']}: p99 under 100 ms at 200 events/s: "
                             f"{'met' if lat['p99'] < 100 else 'NOT met'} "
                             f"({lat['p99']:.1f} ms)")
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {g}" for g in goals)


HEADER = """## Webhook delivery (`benchmarks/webhooks.py`)

Deliveries per second to a local receiver that answers 200 at once, and the latency from a
change to the receiver's arrival, on SQLite and PostgreSQL; beside a bare httpx loop
POSTing the same signed bodies to the same receiver in the same run.

```
.venv/bin/python benchmarks/webhooks.py --write-readme  # --only sqlite|postgresql --rates
```

- Throughput: N customers are created with the server's workers off (N events, N queued
  deliveries); the server is restarted with workers on, and the rate is N over the time
  between the receiver's first and last arrival. The bare loop then POSTs the same N bodies,
  signed, with 8 concurrent requests (the server's own limit per endpoint) and 32.
- Latency: customers are created through the API at a fixed rate for 10 s; latency runs
  from the moment each create is sent (an upper bound on "the state changed") to the
  receiver's arrival.
- The receiver is its own process (uvicorn + httptools, a raw ASGI app); the server is
  `stripe-emulator serve`. CPU figures come from `/proc`.
"""


NOTES = """Reading the figures (profiled with py-spy on a quiet machine): a delivery costs the
server about 2 ms of CPU, of which about two thirds is httpx sending the request and
reading the answer (the same work the bare loop does, ~1.2-1.5 ms here), the rest is the
job claim, one read of the event and endpoint, and one unit of work that records the
attempt, lowers `pending_webhooks` and removes the job (on PostgreSQL the record is one
statement). At 200 changes/s the one event loop of the server also serves the 200 creates
(~1.5 ms each, with the Event and its job rows), so it runs near 80% busy; on SQLite that
holds, on PostgreSQL (~1 ms more per change in round trips, and the PostgreSQL backend on
the same two cores) it does not, and a backlog builds: p99 meets the goal at 100/s. The
figures move by ±30% between runs on this shared 2-core machine; the ratio to the bare
loop, measured in the same run, moves less. Two servers on one PostgreSQL share the queue
(`FOR UPDATE SKIP LOCKED`), which is how that backend scales past one core."""


def write_readme(text: str) -> None:
    path = BENCH_DIR / "README.md"
    readme = path.read_text()
    section = f"{START}\n{HEADER}\n{text}\n\n{NOTES}\n{END}"
    if START in readme:
        readme = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: section, readme,
                        flags=re.S)
    else:
        readme = readme.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(readme)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "receiver":
        run_receiver(int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["sqlite", "postgresql"], action="append")
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--rates", default="200",
                        help="Comma-separated events/s for the latency runs (default 200).")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    rport = free_port()
    receiver_url = f"http://127.0.0.1:{rport}"
    receiver = Proc([PYTHON, str(Path(__file__).resolve()), "receiver", str(rport)],
                    receiver_url + "/arrivals")
    load = os.getloadavg()[0]
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for kind in args.only or ["sqlite", "postgresql"]:
                print(f"{kind}: {args.events} events, then {args.rates}/s for "
                      f"{args.seconds:.0f} s ...", flush=True)
                results.append(measure(kind, receiver_url, Path(tmp), args.events, rates,
                                       args.seconds))
                print(table(results[-1:]), flush=True)
    finally:
        receiver.stop()
    text = table(results) + (
        f"\n\nMeasured {time.strftime('%Y-%m-%d %H:%M')} on this machine ({os.cpu_count()} "
        f"cores; load average {load:.2f} at the start): `.venv/bin/python "
        f"benchmarks/webhooks.py --events {args.events} --rates {args.rates}`.")
    print("\n" + text)
    if args.write_readme:
        write_readme(text)


if __name__ == "__main__":
    main()
