from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest
import tenacity

from cloudconnexa._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from cloudconnexa._retry import RetryPolicy, parse_retry_after
from cloudconnexa._transport import RetryTransport

from .conftest import FakeAPI

METHODS = ["GET", "PUT", "DELETE", "POST", "PATCH"]
IDEMPOTENT = {"GET", "PUT", "DELETE"}


def _retried(method: str, outcome: int | str) -> bool:
    """The rule under test, spelled out for the table."""
    if outcome in (429, "ConnectError"):
        return True
    if outcome in (502, 503, 504, "ReadTimeout"):
        return method in IDEMPOTENT
    return False


TABLE = [
    (method, outcome, _retried(method, outcome))
    for method in METHODS
    for outcome in (429, 500, 502, 503, 504, 400, 404, "ConnectError", "ReadTimeout")
]


def _outcome(outcome: int | str, request: httpx.Request) -> Any:
    if outcome == "ConnectError":
        return httpx.ConnectError("refused", request=request)
    if outcome == "ReadTimeout":
        return httpx.ReadTimeout("slow", request=request)
    return httpx.Response(int(outcome))


@pytest.mark.parametrize(("method", "outcome", "retried"), TABLE)
def test_policy_table(method: str, outcome: int | str, retried: bool) -> None:
    request = httpx.Request(method, "https://h.example/x")
    kind = RetryPolicy().classify(method, _outcome(outcome, request))
    assert (kind is not None) is retried
    if retried:
        assert kind == ("rate_limit" if outcome == 429 else "transient")


@pytest.mark.parametrize(
    "exc",
    [httpx.ConnectTimeout("x"), httpx.PoolTimeout("x"), httpx.ConnectError("x")],
)
def test_never_sent_errors_retry_for_post(exc: Exception) -> None:
    assert RetryPolicy().classify("POST", exc) == "transient"


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadError("x"),
        httpx.WriteError("x"),
        httpx.RemoteProtocolError("x"),
        httpx.WriteTimeout("x"),
    ],
)
def test_maybe_sent_errors_only_idempotent(exc: Exception) -> None:
    assert RetryPolicy().classify("GET", exc) == "transient"
    assert RetryPolicy().classify("POST", exc) is None


def test_unrelated_exceptions_not_retried() -> None:
    assert RetryPolicy().classify("GET", ValueError("x")) is None
    assert RetryPolicy().classify("GET", httpx.UnsupportedProtocol("x")) is None


@pytest.mark.parametrize(("method", "outcome", "retried"), TABLE)
def test_attempts_table(make_core: Any, api: FakeAPI, method: str, outcome: int | str, retried: bool) -> None:
    core = make_core()
    api.script = [lambda request: _raise_or_return(_outcome(outcome, request))]
    if retried:
        assert core.request(method, "/api/v1/things").status_code == 200
        assert len(api.requests) == 2
    else:
        with pytest.raises((APIStatusError, APIConnectionError)):
            core.request(method, "/api/v1/things")
        assert len(api.requests) == 1


def _raise_or_return(item: Any) -> httpx.Response:
    if isinstance(item, BaseException):
        raise item
    return item  # type: ignore[no-any-return]


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 42, usegmt=True)
    assert parse_retry_after("7", now) == 7.0
    assert parse_retry_after(" 1.5 ", now) == 1.5
    assert parse_retry_after(date, now) == pytest.approx(42, abs=1)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now) == 0.0
    assert parse_retry_after("-3", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_delay_rules() -> None:
    policy = RetryPolicy(random=lambda: 1.0, wall_clock=lambda: 1_700_000_000.0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5, 10)] == [1.0, 1.5, 2.5, 4.5, 8.0, 8.0]
    no_jitter = RetryPolicy(random=lambda: 0.0)
    assert no_jitter.backoff(1) == 0.5
    assert no_jitter.delay(1, httpx.Response(429, headers={"Retry-After": "30"})) == 30.0
    assert no_jitter.delay(1, httpx.Response(429, headers={"Retry-After": "600"})) == 120.0  # cap
    assert no_jitter.delay(4, httpx.Response(503, headers={"Retry-After": "0"})) == 4.0  # backoff wins
    date = email.utils.formatdate(1_700_000_000.0 + 20, usegmt=True)
    assert policy.delay(1, httpx.Response(429, headers={"Retry-After": date})) == pytest.approx(20, abs=1)


def test_429_without_retry_after_uses_replenish_interval() -> None:
    policy = RetryPolicy(random=lambda: 0.0)
    limits = {"X-RateLimit-Replenish-Rate": "1", "X-RateLimit-Replenish-Time": "15"}
    assert policy.delay(1, httpx.Response(429, headers=limits)) == 15.0
    assert policy.delay(1, httpx.Response(503, headers=limits)) == 0.5


def test_retry_after_seconds_honoured(core: Any, api: FakeAPI, sleeps: list[float]) -> None:
    api.script = [
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(503, headers={"Retry-After": "3"}),
    ]
    assert core.get("/api/v1/things").status_code == 200
    assert sleeps == [7.0, 3.0]


def test_retry_after_http_date_through_transport() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 25, usegmt=True)
    answers = iter([httpx.Response(429, headers={"Retry-After": date}), httpx.Response(200)])
    slept: list[float] = []
    transport = RetryTransport(
        httpx.MockTransport(lambda request: next(answers)),
        policy=RetryPolicy(wall_clock=lambda: now, random=lambda: 0.0),
        sleep=slept.append,
    )
    with httpx.Client(transport=transport) as client:
        assert client.post("https://h.example/x").status_code == 200
    assert slept == [pytest.approx(25, abs=1)]


def test_backoff_used_without_retry_after(core: Any, api: FakeAPI, sleeps: list[float]) -> None:
    api.script = [httpx.Response(503)] * 3
    assert core.get("/api/v1/things").status_code == 200
    assert len(sleeps) == 3
    assert 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 1.5 and 2.0 <= sleeps[2] <= 2.5


def test_max_retries_per_client(make_core: Any, api: FakeAPI) -> None:
    core = make_core(max_retries=1)
    api.script = [httpx.Response(503)] * 5
    with pytest.raises(InternalServerError) as info:
        core.get("/api/v1/things")
    assert info.value.status_code == 503
    assert len(api.requests) == 2


def test_default_max_retries_then_error(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(502)] * 10
    with pytest.raises(InternalServerError):
        core.get("/api/v1/things")
    assert len(api.requests) == 4  # 1 + DEFAULT_MAX_RETRIES


def test_max_retries_per_call_with_options(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(503)] * 10
    with pytest.raises(InternalServerError):
        core.with_options(max_retries=0).get("/api/v1/things")
    assert len(api.requests) == 1
    api.script = [httpx.Response(503)] * 10
    api.requests.clear()
    with pytest.raises(InternalServerError):
        core.get("/api/v1/things")  # the original keeps its own budget
    assert len(api.requests) == 4


def test_max_retries_per_call_extension(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(503)] * 10
    with pytest.raises(InternalServerError):
        core.request("GET", "/api/v1/things", extensions={"cloudconnexa_max_retries": 1})
    assert len(api.requests) == 2


def test_rate_limit_budget_waits_out_long_retry_after(make_core: Any, api: FakeAPI, sleeps: list[float]) -> None:
    core = make_core(max_rate_limit_wait=150)
    api.script = [httpx.Response(429, headers={"Retry-After": "60"})] * 10
    with pytest.raises(RateLimitError) as info:
        core.request("POST", "/api/v1/things")
    assert sleeps == [60.0, 60.0]
    assert len(api.requests) == 3
    assert info.value.retry_after == 60.0


def test_default_rate_limit_budget_outlasts_a_minute(core: Any, api: FakeAPI, sleeps: list[float]) -> None:
    api.script = [httpx.Response(429, headers={"Retry-After": "60"})] * 4
    assert core.request("POST", "/api/v1/things").status_code == 200
    assert sleeps == [60.0] * 4


def test_rate_limit_retries_do_not_use_max_retries(make_core: Any, api: FakeAPI) -> None:
    core = make_core(max_retries=0)
    api.script = [httpx.Response(429, headers={"Retry-After": "1"})] * 2
    assert core.get("/api/v1/things").status_code == 200


def test_connection_errors_translated(core: Any, api: FakeAPI) -> None:
    api.script = [lambda r: _raise_or_return(httpx.ConnectError("refused", request=r))] * 10
    with pytest.raises(APIConnectionError) as info:
        core.request("POST", "/api/v1/things")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert not isinstance(info.value, APITimeoutError)
    assert len(api.requests) == 4


def test_timeout_translated_and_post_not_retried(core: Any, api: FakeAPI) -> None:
    api.script = [lambda r: _raise_or_return(httpx.ReadTimeout("slow", request=r))] * 10
    with pytest.raises(APITimeoutError) as info:
        core.request("POST", "/api/v1/things")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(api.requests) == 1


def test_limiter_waits_when_remaining_is_zero(core: Any, api: FakeAPI, sleeps: list[float]) -> None:
    exhausted = {
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Replenish-Rate": "1",
        "X-RateLimit-Replenish-Time": "15",
    }
    api.script = [httpx.Response(200, headers=exhausted)]
    core.get("/api/v1/things")
    assert sleeps == []
    core.get("/api/v1/things")
    assert sleeps == [15.0]


def test_validation_names_field() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(TypeError, match="max_retries"):
        RetryPolicy(max_retries="3")  # type: ignore[arg-type]


def test_budget_builds_on_tenacity() -> None:
    kwargs = RetryPolicy().for_request(httpx.Request("GET", "https://h.example")).tenacity_kwargs()
    assert isinstance(kwargs["retry"], tenacity.retry_base)
    assert isinstance(kwargs["wait"], tenacity.wait.wait_base)
    assert isinstance(kwargs["stop"], tenacity.stop.stop_base)
