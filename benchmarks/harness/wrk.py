"""Running wrk against one server for one operation, and reading its JSON line."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
BENCH_LUA = HERE / "bench.lua"
SEED_LUA = HERE / "seed.lua"
MARKER = "BENCH_JSON "
TIMEOUT_S = 10  # a request slower than this counts as a socket error


@dataclass(frozen=True)
class Load:
    connections: int
    threads: int
    duration_s: int  # wrk takes whole seconds


@dataclass(frozen=True)
class WrkResult:
    requests: int
    duration_s: float
    p50_ms: float
    p99_ms: float
    status_errors: int  # responses with status >= 400
    socket_errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.duration_s if self.duration_s else 0.0


class WrkError(RuntimeError):
    pass


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk is not installed. On Debian/Ubuntu: "
                         "sudo apt-get update && sudo apt-get install -y wrk")
    return path


def _check_loopback(base_url: str) -> None:
    # The harness never loads anything but this machine.
    if urlsplit(base_url).hostname != "127.0.0.1":
        raise WrkError(f"refusing to load {base_url}: only 127.0.0.1 is allowed")


def _header_args(headers: dict[str, str]) -> list[str]:
    return [f"{name}: {value}" for name, value in headers.items()]


def run(base_url: str, load: Load, method: str, path: str, body: str,
        headers: dict[str, str], nonce: str, ids_file: Path | None) -> WrkResult:
    _check_loopback(base_url)
    argv = [require_wrk(), "-t", str(load.threads), "-c", str(load.connections),
            "-d", f"{load.duration_s}s", "--timeout", f"{TIMEOUT_S}s",
            "-s", str(BENCH_LUA), base_url, "--",
            method, path, body, str(ids_file or ""), nonce, *_header_args(headers)]
    done = subprocess.run(argv, check=False, capture_output=True, text=True,
                          timeout=load.duration_s + TIMEOUT_S + 30)
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER):])
            return WrkResult(requests=int(data["requests"]),
                             duration_s=data["duration_us"] / 1e6,
                             p50_ms=data["p50_us"] / 1000, p99_ms=data["p99_us"] / 1000,
                             status_errors=int(data["status_errors"]),
                             socket_errors=int(data["socket_errors"]))
    raise WrkError(f"wrk gave no result (exit {done.returncode}): "
                   f"{(done.stderr or done.stdout).strip()[-400:]}")


def seed(base_url: str, path: str, body: str, headers: dict[str, str], nonce: str,
         count: int, connections: int, ids_prefix: Path, bound_s: int) -> list[Path]:
    """POST `count` creates; returns the files holding the created ids, one per thread."""
    _check_loopback(base_url)
    threads = 2 if count >= 1000 else 1
    quota = -(-count // threads)  # ceil: each thread creates its share
    argv = [require_wrk(), "-t", str(threads), "-c", str(max(connections, threads)),
            "-d", f"{bound_s}s", "--timeout", f"{TIMEOUT_S}s", "-s", str(SEED_LUA),
            base_url, "--", path, body, nonce, str(quota), str(ids_prefix),
            *_header_args(headers)]
    id_files = [Path(f"{ids_prefix}{t}") for t in range(1, threads + 1)]
    markers = [Path(f"{f}.done") for f in id_files]
    wrk = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # wrk sleeps out its whole duration even after every thread stopped; SIGINT ends
        # that sleep (wrk handles it as a normal finish).
        deadline = time.monotonic() + bound_s + 30
        while wrk.poll() is None and time.monotonic() < deadline:
            if all(m.exists() for m in markers):
                wrk.send_signal(signal.SIGINT)
                break
            time.sleep(0.2)
        output, _ = wrk.communicate(timeout=60)
    finally:
        if wrk.poll() is None:
            wrk.kill()
            wrk.wait()
    if wrk.returncode != 0:
        raise WrkError(f"wrk seeding failed: {output.strip()[-400:]}")
    for marker in markers:
        marker.unlink(missing_ok=True)
    return id_files
