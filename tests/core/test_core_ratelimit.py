from __future__ import annotations

import pytest

from cloudconnexa._ratelimit import RateLimiter, RateLimitState


def headers(remaining: str, rate: str = "1", time: str = "15") -> dict[str, str]:
    return {
        "x-ratelimit-remaining": remaining,
        "x-ratelimit-replenish-rate": rate,
        "x-ratelimit-replenish-time": time,
    }


def test_no_throttling_before_the_server_reports() -> None:
    state = RateLimitState()
    assert [state.delay_before_send(0) for _ in range(100)] == [0.0] * 100


def test_burst_then_one_per_interval() -> None:
    state = RateLimitState()
    state.observe(headers("2"), now=0)
    assert state.delay_before_send(0) == 0.0
    assert state.delay_before_send(0) == 0.0
    assert state.delay_before_send(0) == 15.0
    assert state.delay_before_send(0) == 30.0  # queued behind the previous reservation


def test_tokens_replenish_over_time() -> None:
    state = RateLimitState()
    state.observe(headers("0", rate="10", time="15"), now=0)  # one token per 1.5 s
    assert state.delay_before_send(0) == pytest.approx(1.5)
    assert state.delay_before_send(3.0) == pytest.approx(0.0)  # 2 tokens back, 1 was owed
    assert state.delay_before_send(3.0) == pytest.approx(1.5)


def test_refill_never_exceeds_reported_capacity() -> None:
    state = RateLimitState()
    state.observe(headers("1"), now=0)
    state.observe(headers("0"), now=1)
    state.delay_before_send(10_000)  # long idle: back to capacity 1, minus this one
    assert state.delay_before_send(10_000) == 15.0


def test_server_report_overrides_estimate() -> None:
    state = RateLimitState()
    state.observe(headers("0"), now=0)
    state.observe(headers("5"), now=1)
    assert state.delay_before_send(1) == 0.0


def test_wait_is_capped() -> None:
    state = RateLimitState(max_wait=120)
    state.observe(headers("0", rate="1", time="3600"), now=0)
    assert state.delay_before_send(0) == 120


@pytest.mark.parametrize(
    "given",
    [
        {},
        {"x-ratelimit-remaining": "lots"},
        {"x-ratelimit-replenish-rate": "1", "x-ratelimit-replenish-time": "15"},
    ],
)
def test_missing_or_malformed_headers_ignored(given: dict[str, str]) -> None:
    state = RateLimitState()
    state.observe(given, now=0)
    assert state.delay_before_send(0) == 0.0


def test_exhausted_without_replenish_info_does_not_block() -> None:
    state = RateLimitState()
    state.observe({"x-ratelimit-remaining": "0"}, now=0)
    assert state.delay_before_send(0) == 0.0
    assert state.tokens is None


def test_limiter_uses_injected_clock() -> None:
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    limiter.observe(headers("0"))
    assert limiter.reserve() == 15.0
    now[0] = 30.0
    assert limiter.reserve() == 0.0


@pytest.mark.parametrize(("value", "error"), [(0, ValueError), (True, TypeError), ("3", TypeError)])
def test_max_concurrency_validated(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_concurrency"):
        RateLimiter(value)  # type: ignore[arg-type]
