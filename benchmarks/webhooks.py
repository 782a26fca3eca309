"""Webhook delivery: throughput and latency to a local receiver, on SQLite and PostgreSQL,
against a bare httpx loop POSTing the same bodies to the same receiver.

    .venv/bin/python benchmarks/webhooks.py                   # both databases, ~1 min
    .venv/bin/python benchmarks/webhooks.py --only sqlite --events 2000
    .venv/bin/python benchmarks/webhooks.py --write-readme    # update benchmarks/README.md

Throughput: the server runs with workers off while N customers are created (N events,
N queued deliveries); it is restarted with workers on, and the rate is N over the time
between the receiver's first and last arrival. The bare loop then POSTs the same N event
bodies, signed, with the same concurrency per endpoint as the server allows (8) and, for
reference, 32.

Latency: customers are created at a fixed rate (default 200/s for 10 s) through the API;
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
PER_ENDPOINT = 8  # stripe_emulator.events.delivery.PER_ENDPOINT
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
    from stripe_emulator.events.signature import HEADERS, sign

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

def measure(kind: str, receiver: str, workdir: Path, n: int, rate: float,
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
        got = wait_arrivals(receiver, n)
        times = sorted(a[2] for a in got)
        throughput = (len(times) - 1) / (times[-1] - times[0])
        bodies = event_bodies(base, key)
        arrivals(receiver, reset=True)
        bare = asyncio.run(bare_loop(hook, bodies, secret, PER_ENDPOINT))
        bare32 = asyncio.run(bare_loop(hook, bodies, secret, 32))
        arrivals(receiver, reset=True)

        # Latency: a steady rate of changes, each delivered as it happens.
        key = "sk_test_bench_webhooks_latency"
        httpx.post(base + "/v1/webhook_endpoints", auth=(key, ""), data={
            "url": hook, "enabled_events[0]": "customer.created"}).raise_for_status()
        sent = asyncio.run(paced_customers(base, key, rate, seconds))
        got = wait_arrivals(receiver, len(sent), timeout=120)
        first = {}
        for _, obj, at in got:
            first.setdefault(obj, at)
        lat = sorted((first[c] - t) * 1000 for c, t in sent.items() if c in first)
        server.stop()
        return {
            "db": kind, "events": n, "throughput": throughput, "bare": bare,
            "bare32": bare32, "ratio": throughput / bare, "rate": rate, "seconds": seconds,
            "delivered": len(lat), "sent": len(sent),
            "p50": statistics.median(lat), "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
            "max": lat[-1],
        }
    finally:
        db.drop()


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| database | deliveries/s | bare httpx loop, 8 / 32 concurrent | ratio (vs 8) | "
        "latency p50 / p99 / max at {rate:.0f}/s | delivered |".format(rate=results[0]["rate"]),
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['db']} | {r['throughput']:,.0f} | {r['bare']:,.0f} / {r['bare32']:,.0f} | "
            f"{r['ratio']:.2f} | {r['p50']:.1f} / {r['p99']:.1f} / {r['max']:.1f} ms | "
            f"{r['delivered']} of {r['sent']} |")
    goals = []
    for r in results:
        goals.append(f"{r['db']}: throughput ≥ half the bare loop's: "
                     f"{'met' if r['ratio'] >= 0.5 else 'NOT met'} ({r['ratio']:.2f}); "
                     f"p99 < 100 ms at {r['rate']:.0f}/s: "
                     f"{'met' if r['p99'] < 100 else 'NOT met'} ({r['p99']:.1f} ms)")
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {g}" for g in goals)


def write_readme(text: str) -> None:
    path = BENCH_DIR / "README.md"
    readme = path.read_text()
    section = f"{START}\n{text}\n{END}"
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
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()
    rport = free_port()
    receiver_url = f"http://127.0.0.1:{rport}"
    receiver = Proc([PYTHON, str(Path(__file__).resolve()), "receiver", str(rport)],
                    receiver_url + "/arrivals")
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for kind in args.only or ["sqlite", "postgresql"]:
                print(f"{kind}: {args.events} events, then {args.rate:.0f}/s for "
                      f"{args.seconds:.0f} s ...", flush=True)
                results.append(measure(kind, receiver_url, Path(tmp), args.events,
                                       args.rate, args.seconds))
                print(table(results[-1:]), flush=True)
    finally:
        receiver.stop()
    text = table(results) + (
        f"\n\nMeasured {time.strftime('%Y-%m-%d')} on this machine ({os.cpu_count()} cores): "
        f"`.venv/bin/python benchmarks/webhooks.py --events {args.events} --rate "
        f"{args.rate:.0f} --seconds {args.seconds:.0f}`.")
    print("\n" + text)
    if args.write_readme:
        write_readme(text)


if __name__ == "__main__":
    main()
