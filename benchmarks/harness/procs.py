"""Processes the harness starts: launch, readiness, /proc accounting, stop by PID.

Every process started here is recorded, and `stop_all` stops each one by its own PID
(SIGTERM, wait, SIGKILL), so an interrupted run leaves nothing behind and never signals
a process it did not start.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

CLK_TCK = os.sysconf("SC_CLK_TCK")
STOP_GRACE_S = 10.0


class StartError(RuntimeError):
    """A server did not come up; the message carries the tail of its log."""


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    log_file: IO[bytes]

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_tail(self, lines: int = 15) -> str:
        self.log_file.flush()
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


_started: list[Proc] = []


def free_port() -> int:
    """A port free on 127.0.0.1 right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(name: str, argv: list[str], log_path: Path, cwd: Path) -> Proc:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_file = log_path.open("wb")
    popen = subprocess.Popen(argv, stdout=log_file, stderr=subprocess.STDOUT, cwd=cwd,
                             stdin=subprocess.DEVNULL)
    proc = Proc(name, popen, log_path, log_file)
    _started.append(proc)
    return proc


def wait_ready(proc: Proc, url: str, headers: dict[str, str], timeout_s: float = 30.0) -> None:
    """Poll `url` until it answers 200, the process dies, or the timeout passes."""
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while time.monotonic() < deadline:
        if not proc.alive():
            raise StartError(f"{proc.name} exited with {proc.popen.returncode}:\n{proc.log_tail()}")
        try:
            response = httpx.get(url, headers=headers, timeout=2.0)
            if response.status_code == 200:
                return
            last = f"HTTP {response.status_code}: {response.text[:200]}"
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.2)
    raise StartError(f"{proc.name} not ready at {url} after {timeout_s:.0f}s ({last}):\n"
                     f"{proc.log_tail()}")


def stop(proc: Proc) -> None:
    """SIGTERM by PID, wait, then SIGKILL; the same for children it left behind."""
    children = descendants(proc.pid) if proc.alive() else []
    if proc.alive():
        proc.popen.terminate()
        try:
            proc.popen.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            proc.popen.kill()
            proc.popen.wait()
    for pid in children:  # e.g. worker processes; they were started on our behalf
        _kill_if_alive(pid)
    proc.log_file.close()
    if proc in _started:
        _started.remove(proc)


def stop_all() -> None:
    for proc in reversed(list(_started)):
        stop(proc)


def _kill_if_alive(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(50):
            time.sleep(0.1)
            os.kill(pid, 0)  # raises once it is gone
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# --- /proc accounting -----------------------------------------------------------------

def _stat_fields(pid: int) -> list[str]:
    """Fields of /proc/PID/stat after the command name (which may hold spaces)."""
    raw = Path(f"/proc/{pid}/stat").read_text()
    return raw[raw.rindex(")") + 2:].split()


def descendants(pid: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int(_stat_fields(int(entry.name))[1])
        except (OSError, ValueError, IndexError):
            continue  # exited while we looked
        parents.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    queue = [pid]
    while queue:
        for child in parents.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process and its children (workers), in seconds."""
    total = 0
    for p in [pid, *descendants(pid)]:
        try:
            fields = _stat_fields(p)
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15 of stat)
    return total / CLK_TCK


def rss_bytes(pid: int, field: str = "VmRSS") -> int:
    """Resident memory of the process tree from /proc/PID/status (VmRSS, or VmHWM = peak)."""
    total = 0
    for p in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total
