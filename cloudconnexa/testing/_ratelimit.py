"""Per-API-key token buckets, like the real service's rate limiter.

`RateLimit(burst=20, tokens=1, per_seconds=15)` is the "realistic" preset: 20 requests
at once, then one more every 15 s. Every reply carries `X-RateLimit-Remaining`,
`X-RateLimit-Replenish-Rate` (tokens) and `X-RateLimit-Replenish-Time` (per_seconds);
an empty bucket answers 429 with `Retry-After` in whole seconds.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from ._clock import Clock

__all__ = ["RateLimit", "RateLimiter", "Verdict", "REALISTIC", "resolve_rate_limit"]


@dataclass(frozen=True)
class RateLimit:
    """Bucket size `burst`, refilled by `tokens` every `per_seconds`."""

    burst: int
    tokens: int = 1
    per_seconds: float = 15.0

    def __post_init__(self) -> None:
        if self.burst < 1:
            raise ValueError(f"burst must be >= 1, got {self.burst!r}")
        if self.tokens < 1:
            raise ValueError(f"tokens must be >= 1, got {self.tokens!r}")
        if self.per_seconds <= 0:
            raise ValueError(f"per_seconds must be > 0, got {self.per_seconds!r}")


REALISTIC = RateLimit(burst=20, tokens=1, per_seconds=15.0)
_GENEROUS_HEADERS = {
    "X-RateLimit-Remaining": "1000",
    "X-RateLimit-Replenish-Rate": "1000",
    "X-RateLimit-Replenish-Time": "1",
}


def resolve_rate_limit(value: RateLimit | str | None) -> RateLimit | None:
    """`None` (off), `"realistic"`, or a `RateLimit`."""
    if value is None or isinstance(value, RateLimit):
        return value
    if value == "realistic":
        return REALISTIC
    raise ValueError(f"rate_limit must be None, 'realistic' or a RateLimit, got {value!r}")


@dataclass(frozen=True)
class Verdict:
    """The limiter's answer for one request."""

    allowed: bool
    headers: dict[str, str]
    retry_after: int = 0


class RateLimiter:
    """Token buckets keyed by API key (client_id), on an injectable clock."""

    def __init__(self, limit: RateLimit | None, clock: Clock) -> None:
        self.limit = limit
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()

    def take(self, key: str) -> Verdict:
        """Spend one token of `key`'s bucket if there is one."""
        limit = self.limit
        if limit is None:
            return Verdict(True, dict(_GENEROUS_HEADERS))
        rate = limit.tokens / limit.per_seconds
        now = self.clock.now()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(limit.burst), now))
            tokens = min(float(limit.burst), tokens + (now - last) * rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
        headers = {
            "X-RateLimit-Remaining": str(int(tokens)),
            "X-RateLimit-Replenish-Rate": str(limit.tokens),
            "X-RateLimit-Replenish-Time": str(_whole(limit.per_seconds)),
        }
        if allowed:
            return Verdict(True, headers)
        retry_after = max(1, math.ceil((1.0 - tokens) / rate - 1e-9))
        headers["Retry-After"] = str(retry_after)
        return Verdict(False, headers, retry_after)


def _whole(seconds: float) -> int:
    return max(1, math.ceil(seconds))
