"""Issue 14: concurrent callers sharing one `RateLimiter` never overshoot the server's bucket,
whatever order the server counts their requests in and their answers come back in.

Requests released at the same moment (a burst, or two queued callers woken together) may
reach the server in any order, and their answers may be read in yet another order. The
replay below drives the limiter against the fake server's own bucket with every such
interleaving chosen at random (seeded), one simulated instant at a time, like a
`ManualClock` that moves only when every caller waits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from cloudconnexa._ratelimit import RateLimiter
from cloudconnexa.testing import REALISTIC, ManualClock
from cloudconnexa.testing._ratelimit import RateLimiter as ServerBucket

KEY = "client-id"


def headers(remaining: str) -> dict[str, str]:
    return {"x-ratelimit-remaining": remaining, "x-ratelimit-replenish-rate": "1", "x-ratelimit-replenish-time": "15"}


def test_an_answer_counted_before_an_earlier_reservation_puts_no_token_back() -> None:
    # The interleaving seen in the flaky threads benchmark: two requests released together,
    # reserved first then second; the server counts second (Remaining 1) then first
    # (Remaining 0); first's answer is read before second's.
    now = [0.0]
    limiter = RateLimiter(8, clock=lambda: now[0])
    limiter.observe(headers("2"), limiter.reserve_ticket()[1])
    _, first = limiter.reserve_ticket()
    _, second = limiter.reserve_ticket()
    limiter.observe(headers("0"), first)
    limiter.observe(headers("1"), second)  # counted before `first`: its Remaining is stale
    assert limiter.reserve() == 15.0  # the server's bucket is empty: no token before 15 s


@dataclass
class _Call:
    deadline: float
    ticket: int
    answer: dict[str, str] | None = field(default=None)


def _replay(seed: int, callers: int = 8, requests: int = 61, stalls: float = 0.0) -> tuple[int, float]:
    """`requests` calls by `callers` concurrent callers (the first one alone, like the token
    request); returns (answers of 429, simulated seconds). With `stalls`, that share of the
    steps moves the clock to the next deadline while released callers are still running (a
    caller stalled between its reservation, its send and its answer)."""
    rng = random.Random(seed)
    clock = ManualClock()
    server = ServerBucket(REALISTIC, clock)
    limiter = RateLimiter(callers, clock=clock.now)
    refused = 0
    left = requests
    calls: list[_Call] = []

    def reserve() -> None:
        nonlocal left
        if left:
            left -= 1
            delay, ticket = limiter.reserve_ticket()
            calls.append(_Call(clock.now() + delay, ticket))

    reserve()
    started = False
    while calls:
        due = [call for call in calls if call.deadline <= clock.now()]
        later = [call.deadline for call in calls if call.deadline > clock.now()]
        if not due or (later and rng.random() < stalls):
            clock.advance(min(later) - clock.now())
            continue
        call = rng.choice(due)  # any released caller may move next: send, or read its answer
        if call.answer is None:
            verdict = server.take(KEY)
            refused += not verdict.allowed
            call.answer = {name.lower(): value for name, value in verdict.headers.items()}
            continue
        calls.remove(call)
        limiter.observe(call.answer, call.ticket)
        for _ in range(1 if started else callers):
            reserve()
        started = True
    return refused, clock.now()


@pytest.mark.parametrize("callers", [2, 8])
def test_concurrent_callers_never_overshoot_the_server_bucket(callers: int) -> None:
    results = {seed: _replay(seed, callers) for seed in range(300)}
    overshoots = {seed: refused for seed, (refused, _) in results.items() if refused}
    assert overshoots == {}
    floor = (61 - REALISTIC.burst) * REALISTIC.per_seconds
    slow = {seed: elapsed for seed, (_, elapsed) in results.items() if elapsed > floor}
    assert slow == {}  # and no waiting beyond what the bucket needs


@pytest.mark.parametrize("callers", [2, 8])
def test_callers_stalled_while_the_clock_moves_never_overshoot(callers: int) -> None:
    overshoots = {seed: refused for seed in range(300) if (refused := _replay(seed, callers, stalls=0.3)[0])}
    assert overshoots == {}
