"""What every benchmark shares: result rows, checks, timing helpers and canned answers."""

from __future__ import annotations

import json
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = [
    "TOKEN_PATH",
    "Row",
    "Section",
    "canned_handler",
    "dns_record",
    "min_median",
    "time_rounds",
]

TOKEN_PATH = "/api/v1/oauth/token"
# What the fake (and the real service, when not throttling) sends on every answer.
RATE_HEADERS = {
    "X-RateLimit-Remaining": "1000",
    "X-RateLimit-Replenish-Rate": "1000",
    "X-RateLimit-Replenish-Time": "1",
}


@dataclass
class Row:
    """One figure of the table. `met` is None when the row has no goal."""

    benchmark: str
    metric: str
    value: float
    unit: str = ""
    goal: str = ""
    met: bool | None = None


@dataclass
class Section:
    """The rows of one benchmark, and the correctness checks that failed (quick mode fails
    on these; wall-clock goals are only reported)."""

    name: str
    rows: list[Row] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, metric: str, value: float, unit: str = "", goal: str = "", met: bool | None = None) -> None:
        self.rows.append(Row(self.name, metric, value, unit, goal, met))

    def check(self, condition: bool, message: str) -> None:
        """Record a failed correctness assertion (never raises: the run reports them all)."""
        if not condition:
            self.failures.append(message)


def min_median(samples: list[float]) -> tuple[float, float]:
    return min(samples), statistics.median(samples)


def time_rounds(
    funcs: dict[str, Callable[[], Any]], rounds: int, timer: Callable[[], float] = time.perf_counter
) -> dict[str, list[float]]:
    """Seconds per call of each function, `rounds` times, interleaved so drift hits all alike.

    `timer=time.process_time` measures this process's CPU only: on a machine shared with
    other work it is much steadier than wall-clock time for CPU-bound loops.
    """
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(rounds):
        for name, func in funcs.items():
            start = timer()
            func()
            samples[name].append(timer() - start)
    return samples


def dns_record(index: int = 0, record_id: str | None = None) -> dict[str, Any]:
    """A DNS record as the API returns it."""
    return {
        "id": record_id or str(uuid.UUID(int=index + 1)),
        "domain": f"host-{index}.internal",
        "description": f"record {index}",
        "ipv4Addresses": ["10.0.0.5", "10.0.0.6"],
        "ipv6Addresses": ["fd00::5"],
    }


def canned_handler(body: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    """A MockTransport handler: a token for the token request, `body` for anything else."""
    record = json.dumps(body).encode()
    token = json.dumps({"access_token": "bench-token", "expires_in": 43199}).encode()
    headers = {"Content-Type": "application/json", **RATE_HEADERS}

    def handler(request: httpx.Request) -> httpx.Response:
        content = token if request.url.path == TOKEN_PATH else record
        return httpx.Response(200, headers=headers, content=content)

    return handler
