"""Mode `ops`: every operation on every server, servers alternating A B C D each round."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from . import procs, wrk
from .ops import OPS, Api, FixtureData, NotAvailable, Op, SetupFailed, fill_fixed, probe
from .results import Cell, Sample
from .servers import Running

SETTLE_S = 0.5  # between wrk runs, so one run's closing connections don't bleed into the next


@dataclass
class Prepared:
    """An op ready to load on one server: its filled templates and ids file."""

    op: Op
    server: Running
    path: str
    body: str
    headers: dict[str, str]
    ids_file: Path | None


def select_ops(names: list[str] | None) -> list[Op]:
    if not names:
        return OPS
    chosen = [op for op in OPS if any(op.name.startswith(n)
                                      for n in names)]
    if not chosen:
        raise SystemExit(f"no operation matches {names}; have {[op.name for op in OPS]}")
    return chosen


def account_key(nonce: str, scope: str) -> str:
    # Each fixture (and each op without one) gets its own account, so creates in one
    # op never change what another op reads.
    return f"sk_test_bench_{nonce}_{scope.replace('.', '_')}"


def prepare_server(server: Running, ops: list[Op], nonce: str, workdir: Path,
                   cells: dict[tuple[str, str], Cell]) -> list[Prepared]:
    """Build fixtures and probe each op on one server; n/a and failures land in cells."""
    ready: list[Prepared] = []
    built: dict[str, FixtureData | Exception] = {}  # by fixture name
    with httpx.Client(base_url=server.base_url, timeout=60.0) as client:
        for op in ops:
            cell = cells[(op.name, server.name)]
            scope = op.fixture.name if op.fixture else op.name
            api = Api(client, account_key(nonce, scope))
            try:
                data = _fixture(api, op, built)
                probe(api, op, data, nonce)
            except NotAvailable as exc:
                cell.status, cell.reason = "n/a", str(exc)
                continue
            except (SetupFailed, httpx.HTTPError, KeyError, ValueError) as exc:
                cell.status, cell.reason = "error", f"setup: {exc}"
                print(f"  {server.name} {op.name}: {cell.reason}", file=sys.stderr)
                continue
            ready.append(_prepared(op, server, api.key, data, workdir))
    return ready


def _fixture(api: Api, op: Op, built: dict[str, FixtureData | Exception]) -> FixtureData:
    if op.fixture is None:
        return FixtureData()
    if op.fixture.name not in built:
        started = time.monotonic()
        try:
            built[op.fixture.name] = op.fixture.build(api)
        except (NotAvailable, SetupFailed, httpx.HTTPError, KeyError, ValueError) as exc:
            # Remembered, so each op of the fixture reports it without building it again.
            built[op.fixture.name] = exc
        print(f"  fixture {op.fixture.name}: {time.monotonic() - started:.1f}s",
              file=sys.stderr)
    result = built[op.fixture.name]
    if isinstance(result, Exception):
        raise result
    return result


def _prepared(op: Op, server: Running, key: str, data: FixtureData, workdir: Path) -> Prepared:
    values = {"key": key, **data.vars}
    ids_file = None
    if data.ids and "{id}" in op.path + op.body:
        ids_file = workdir / server.name / f"ids-{op.fixture.name if op.fixture else op.name}"
        ids_file.write_text("\n".join(data.ids) + "\n")
    headers = {k: fill_fixed(v, values) for k, v in op.headers(key).items()}
    return Prepared(op, server, fill_fixed(op.path, values), fill_fixed(op.body, values),
                    headers, ids_file)


def measure(p: Prepared, load: wrk.Load, nonce: str) -> Sample:
    """One wrk run, with the server's CPU time over exactly that run."""
    cpu_before = procs.cpu_seconds(p.server.pid)
    result = wrk.run(p.server.base_url, load, p.op.method, p.path, p.body, p.headers,
                     nonce, p.ids_file)
    cpu = procs.cpu_seconds(p.server.pid) - cpu_before
    time.sleep(SETTLE_S)
    return Sample(rps=result.rps, p50_ms=result.p50_ms, p99_ms=result.p99_ms, cpu_s=cpu,
                  requests=result.requests,
                  errors=result.status_errors + result.socket_errors)


def run_rounds(prepared: list[Prepared], servers: list[Running], ops: list[Op],
               load: wrk.Load, rounds: int, warmup_s: int, nonce: str,
               cells: dict[tuple[str, str], Cell]) -> None:
    """For each round, each op, each server in A B C D order: drift hits all alike."""
    by_key = {(p.op.name, p.server.name): p for p in prepared}
    for round_no in range(1, rounds + 1):
        for op in ops:
            for server in servers:
                p = by_key.get((op.name, server.name))
                if p is None:
                    continue
                tag = f"{nonce}r{round_no}"
                if round_no == 1 and warmup_s > 0:
                    measure(p, wrk.Load(load.connections, load.threads, warmup_s), tag + "w")
                try:
                    sample = measure(p, load, tag)
                except wrk.WrkError as exc:
                    cells[(op.name, server.name)].status = "error"
                    cells[(op.name, server.name)].reason = str(exc)
                    continue
                cells[(op.name, server.name)].samples.append(sample)
                print(f"  round {round_no} {op.name:26} {server.label} {server.name:18} "
                      f"{sample.rps:9.0f} req/s  p50 {sample.p50_ms:7.2f} ms  "
                      f"p99 {sample.p99_ms:7.2f} ms  cpu {sample.cpu_s:5.2f} s"
                      + (f"  errors {sample.errors}" if sample.errors else ""),
                      file=sys.stderr)
