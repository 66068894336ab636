"""Issue 10 item 9 and issue 14 item 2: every wait counts against `max_rate_limit_wait`,
garbage `X-RateLimit-*` values are ignored, in-flight reservations are remembered."""

from __future__ import annotations

import uuid

import httpx
import pytest

from cloudconnexa import RateLimitError
from cloudconnexa._ratelimit import RateLimiter, RateLimitState

A = str(uuid.UUID(int=7))


def limited(remaining: str, status: int = 200, **extra: str) -> httpx.Response:
    headers = {"X-RateLimit-Remaining": remaining, "X-RateLimit-Replenish-Rate": "1",
               "X-RateLimit-Replenish-Time": "15", **extra}  # fmt: skip
    body = {"id": A, "domain": "a"} if status == 200 else {"errorMessage": "slow down"}
    return httpx.Response(status, headers=headers, json=body)


def test_fail_fast_never_sleeps_in_the_limiter(api, make_client):
    sleeps: list[float] = []
    route = api.get(f"/api/v1/dns-records/{A}")
    route.side_effect = [limited("0"), limited("0", 429, **{"Retry-After": "15"})]
    client = make_client(max_rate_limit_wait=0, max_retries=0, _sleep=sleeps.append)
    client.dns.get(A)
    with pytest.raises(RateLimitError):
        client.dns.get(A)  # the limiter would wait 15 s: not within a budget of 0, so sent now
    assert sleeps == [] and route.call_count == 2


def test_limiter_waits_and_429_waits_share_the_budget(api, make_client):
    sleeps: list[float] = []
    route = api.get(f"/api/v1/dns-records/{A}")
    route.side_effect = [limited("0"), limited("0", 429, **{"Retry-After": "10"})]
    client = make_client(max_rate_limit_wait=20, _sleep=sleeps.append)
    client.dns.get(A)
    with pytest.raises(RateLimitError):
        client.dns.get(A)
    # 15 s in the limiter before the first attempt; the 429's 10 s would make 25 > 20: stop.
    assert sleeps == [pytest.approx(15.0, abs=1.0)] and route.call_count == 2


@pytest.mark.parametrize("garbage", ["nan", "-1", "inf", "-inf", "lots", ""])
def test_garbage_rate_limit_values_are_ignored(api, make_client, garbage):
    sleeps: list[float] = []
    api.get(f"/api/v1/dns-records/{A}").mock(return_value=limited(garbage))
    client = make_client(_sleep=sleeps.append)
    for _ in range(5):
        client.dns.get(A)
    assert sleeps == []


@pytest.mark.parametrize("garbage", [("nan", "15"), ("1", "nan"), ("-1", "15"), ("1", "-15")])
def test_garbage_replenish_values_are_ignored(garbage):
    rate, period = garbage
    state = RateLimitState()
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-replenish-rate": rate, "x-ratelimit-replenish-time": period}
    state.observe(headers, now=0)
    assert state.interval is None
    assert state.delay_before_send(0) == 0.0  # no interval known: the server's 429s decide


def test_reservations_in_flight_are_kept_when_the_server_reports():
    # Burst 20, 1 token per 15 s; 10 callers reserve at once, the first answer says 10 left
    # (the server has counted 10) while 9 reservations are still on their way.
    state = RateLimitState()
    state.observe({"x-ratelimit-remaining": "20", "x-ratelimit-replenish-rate": "1",
                   "x-ratelimit-replenish-time": "15"}, now=0)  # fmt: skip
    assert [state.delay_before_send(0) for _ in range(10)] == [0.0] * 10
    state.observe({"x-ratelimit-remaining": "10"}, now=0)  # the server counted only this one so far
    assert state.tokens == 10 - 9
    # Then 20 more: 1 fits now, the other 19 queue one interval apart: no overshoot.
    delays = [state.delay_before_send(0) for _ in range(20)]
    assert delays[0] == 0.0 and delays[1:] == [15.0 * n for n in range(1, 20)]


def test_a_stale_answer_does_not_raise_the_bucket():
    # Two requests in flight; the later one's answer (Remaining 3) arrives first; the earlier
    # one's (Remaining 4, counted before) must not put a token back.
    limiter = RateLimiter(2, clock=lambda: 0.0)
    limiter.observe({"x-ratelimit-remaining": "5", "x-ratelimit-replenish-rate": "1",
                     "x-ratelimit-replenish-time": "15"})  # fmt: skip
    _, first = limiter.reserve_ticket()
    _, second = limiter.reserve_ticket()
    limiter.observe({"x-ratelimit-remaining": "3"}, second)
    assert limiter.state.tokens == 3 - 1  # the first is still counted as in flight (conservative)
    limiter.observe({"x-ratelimit-remaining": "4"}, first)
    # Not 4: that answer is older than the one applied. 3: being older, it was among the 3
    # already counted, so the first is no longer subtracted twice.
    assert limiter.state.tokens == 3
