"""The only place that reads the time.

Services get time from `ctx.clock`; test clocks (billing) substitute their frozen time per
object. Nothing else in the code base may call `time.time()` or `datetime.now()`.
"""

from __future__ import annotations

import time


class Clock:
    """Wall-clock time in Unix seconds; a test can pin it (`fixed=`) or move it (`advance`)."""

    def __init__(self, *, fixed: int | None = None) -> None:
        self._fixed = fixed
        self._offset = 0

    def now(self) -> int:
        """Current time in whole Unix seconds, as Stripe's `created` fields are."""
        if self._fixed is not None:
            return self._fixed
        return int(time.time()) + self._offset

    def now_float(self) -> float:
        """Current time with sub-second precision (durations, signatures)."""
        if self._fixed is not None:
            return float(self._fixed)
        return time.time() + self._offset

    def monotonic(self) -> float:
        """A monotonic reading for measuring durations; never a timestamp."""
        return time.monotonic()

    def advance(self, seconds: int) -> None:
        """Move this clock forward (operator and test use only)."""
        if self._fixed is not None:
            self._fixed += seconds
        else:
            self._offset += seconds
