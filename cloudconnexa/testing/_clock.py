"""Clocks for the fake server: the real monotonic clock and a manual one for tests.

The fake reads time only through a `Clock` (token expiry, rate-limit buckets), so a
test can run the "realistic" rate limit (1 request per 15 s) in milliseconds::

    clock = ManualClock()
    with FakeCloudConnexa(rate_limit="realistic", clock=clock) as server:
        ...                 # 20 requests pass, the 21st gets 429 + Retry-After: 15
        clock.advance(15)   # one more request passes

A client under test "sleeps" on the same clock by being given `sleep=clock.sleep`
(or `clock.asleep` for async code): sleeping advances the clock instead of waiting.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "MonotonicClock"]


@runtime_checkable
class Clock(Protocol):
    """Anything with `now() -> float` (seconds, monotonic)."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic()`."""

    def now(self) -> float:
        return time.monotonic()

    def __repr__(self) -> str:
        return "MonotonicClock()"


class ManualClock:
    """A clock that only moves when told to; thread-safe.

    Usage::

        clock = ManualClock()
        clock.advance(15.0)
        assert clock.now() == 15.0
        retrying_client = make_client(sleep=clock.sleep)  # sleeping moves the clock
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by `seconds` (must be >= 0)."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        """A drop-in `time.sleep` for clients on this clock: advances instead of waiting."""
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """A drop-in `anyio.sleep` for async clients on this clock."""
        self.advance(max(0.0, seconds))

    def __repr__(self) -> str:
        return f"ManualClock(now={self.now()!r})"
