"""What a run measured: one Sample per wrk run, gathered into Cells (op x server)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

# A cell whose runs saw more failed requests than this share is marked, not trusted.
ERROR_SHARE_LIMIT = 0.01


@dataclass(frozen=True)
class Sample:
    rps: float
    p50_ms: float
    p99_ms: float
    cpu_s: float
    requests: int
    errors: int  # HTTP >= 400 plus socket errors

    @property
    def cpu_us_per_request(self) -> float:
        return self.cpu_s / self.requests * 1e6 if self.requests else 0.0


@dataclass
class Cell:
    op: str
    server: str
    label: str
    status: str = "ok"  # ok | n/a | error
    reason: str = ""
    samples: list[Sample] = field(default_factory=list)

    def median(self, attr: str) -> float:
        values = [float(getattr(s, attr)) for s in self.samples]
        return statistics.median(values) if values else 0.0

    @property
    def error_share(self) -> float:
        requests = sum(s.requests for s in self.samples)
        errors = sum(s.errors for s in self.samples)
        return errors / requests if requests else 0.0

    @property
    def measured(self) -> bool:
        return self.status == "ok" and bool(self.samples)
