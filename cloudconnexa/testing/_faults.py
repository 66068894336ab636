"""Fault injection: make the next N matching requests fail in a chosen way.

Usage::

    server.faults.add(status=503, times=3, path="/api/v1/dns-records",
                      headers={"Retry-After": "1"})
    server.faults.add(reset=True)             # close the connection, no response
    server.faults.add(truncated=True)         # correct status, JSON cut in half
    server.faults.add(non_json=True)          # 502 HTML error page
    server.faults.add(non_json=True, status=200)  # a 200 text/plain body
    server.faults.add(delay=0.5)              # answer normally, 0.5 s late

Faults are checked first (as a load balancer would fail before the service), in the
order added; each fires `times` times (None: forever) on requests whose path equals
`path` (or starts with it when it ends with "*") and whose method equals `method`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultInjector"]


@dataclass
class Fault:
    """One injected fault; see `FaultInjector.add`."""

    status: int | None = None
    times: int | None = 1
    path: str | None = None
    method: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    truncated: bool = False
    non_json: bool = False
    fired: int = 0
    """How many requests this fault has hit so far."""

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times


class FaultInjector:
    """The fault list of one server (`server.faults`)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        status: int | None = None,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        reset: bool = False,
        truncated: bool = False,
        non_json: bool = False,
    ) -> Fault:
        """Register a fault and return it (its `fired` counter shows the hits)."""
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None, got {times!r}")
        if delay < 0:
            raise ValueError(f"delay must be >= 0, got {delay!r}")
        if status is not None and not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status, got {status!r}")
        if sum((reset, truncated, non_json)) > 1:
            raise ValueError("reset, truncated and non_json are exclusive")
        if status is None and not (reset or truncated or non_json or delay):
            raise ValueError("a fault needs status, delay, reset, truncated or non_json")
        fault = Fault(
            status=status,
            times=times,
            path=path,
            method=method,
            headers=dict(headers or {}),
            delay=delay,
            reset=reset,
            truncated=truncated,
            non_json=non_json,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """The first live fault matching the request, counted as fired."""
        with self._lock:
            for fault in self._faults:
                if not fault.exhausted and fault.matches(method, path):
                    fault.fired += 1
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for f in self._faults if not f.exhausted)
