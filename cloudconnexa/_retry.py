"""When to retry a request, and how long to wait first (pure; no I/O, no sleeping).

Rules (`RetryPolicy.classify`):

* connection never made (`ConnectError`, `ConnectTimeout`, `PoolTimeout`): every method,
  the request was never sent;
* other transport errors and timeouts (read/write errors, resets, read timeouts): only
  idempotent methods (GET, PUT, DELETE, HEAD, OPTIONS): a POST may have been applied;
* 429: every method, the server refused it before doing anything;
* 502, 503, 504: idempotent methods only; anything else (500, 4xx) is never retried.

Transient failures share the `max_retries` budget; rate limiting has its own budget,
`max_rate_limit_wait` seconds in total, because the API's limits (about one request per
15 s after a burst of 20) need a few long waits rather than three short ones. Every wait of
the request counts against it: waits after 429 answers and the client-side limiter's waits
before an attempt. A limiter wait that does not fit in what is left is not taken: the
attempt is sent at once and the server's answer decides (`max_rate_limit_wait=0` never
sleeps).

The delay is `Retry-After` (delta-seconds or HTTP-date; for a 429 without it, the
`X-RateLimit-Replenish-Time / -Rate` token interval) when it is larger than the exponential
backoff, capped at `max_retry_after`. The twins in `_transport.py` feed the
tenacity objects built by `RetryBudget.tenacity_kwargs()` to `Retrying`/`AsyncRetrying`::

    budget = RetryPolicy(max_retries=2).for_request(request)
    response = tenacity.Retrying(sleep=time.sleep, **budget.tenacity_kwargs())(send, request)
"""

from __future__ import annotations

import dataclasses
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import tenacity

from ._constants import (
    DEFAULT_BACKOFF_INITIAL,
    DEFAULT_BACKOFF_JITTER,
    DEFAULT_BACKOFF_MAX,
    DEFAULT_MAX_RATE_LIMIT_WAIT,
    DEFAULT_MAX_RETRIES,
    EXT_IDEMPOTENT,
    EXT_MAX_RATE_LIMIT_WAIT,
    EXT_MAX_RETRIES,
    IDEMPOTENT_METHODS,
    MAX_RETRY_AFTER,
)
from ._exceptions import redact_url

__all__ = ["RetryBudget", "RetryKind", "RetryPolicy", "parse_retry_after"]

logger = logging.getLogger("cloudconnexa")

RetryKind = Literal["transient", "rate_limit"]

# The request never left this machine, so even a POST is safe to send again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_RETRY_STATUSES = frozenset({502, 503, 504})


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or HTTP-date), or None.

    `now` is the wall-clock time (`time.time()`), used only for HTTP-dates.

    >>> parse_retry_after("7", now=0.0)
    7.0
    """
    if value is None:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass  # not delta-seconds; try an HTTP-date below
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


def _replenish_interval(headers: httpx.Headers) -> float | None:
    """Seconds per token from `X-RateLimit-Replenish-Time / -Rate` (a 429 without Retry-After)."""
    try:
        rate = float(headers["x-ratelimit-replenish-rate"])
        period = float(headers["x-ratelimit-replenish-time"])
    except (KeyError, ValueError):
        return None
    return period / rate if rate > 0 and period > 0 else None


def _check_non_negative(name: str, value: object, kind: type) -> None:
    if isinstance(value, bool) or not isinstance(value, kind | int):
        raise TypeError(f"{name} must be a {kind.__name__}, not {type(value).__name__}")
    if value < 0:  # type: ignore[operator]
        raise ValueError(f"{name} must be >= 0, got {value}")


@dataclass(frozen=True)
class RetryPolicy:
    """What is retried and how long to wait; shared by every request of a client."""

    max_retries: int = DEFAULT_MAX_RETRIES
    """Retries after connection errors, timeouts and 502/503/504."""
    max_rate_limit_wait: float = DEFAULT_MAX_RATE_LIMIT_WAIT
    """Total seconds one request may spend waiting on the rate limit (429s and limiter)."""
    backoff_initial: float = DEFAULT_BACKOFF_INITIAL
    backoff_max: float = DEFAULT_BACKOFF_MAX
    backoff_jitter: float = DEFAULT_BACKOFF_JITTER
    max_retry_after: float = MAX_RETRY_AFTER
    wall_clock: Callable[[], float] = time.time
    """Only used to turn a `Retry-After` HTTP-date into seconds."""
    random: Callable[[], float] = random.random

    def __post_init__(self) -> None:
        _check_non_negative("max_retries", self.max_retries, int)
        _check_non_negative("max_rate_limit_wait", self.max_rate_limit_wait, float)

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with some fields changed (used by `with_options`)."""
        return dataclasses.replace(self, **changes)

    def classify(self, method: str, outcome: httpx.Response | BaseException) -> RetryKind | None:
        """Which budget a failed attempt is retried under, or None when it is final."""
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if isinstance(outcome, httpx.Response):
            if outcome.status_code == 429:
                return "rate_limit"
            return "transient" if idempotent and outcome.status_code in _RETRY_STATUSES else None
        if isinstance(outcome, _NOT_SENT):
            return "transient"
        return "transient" if idempotent and isinstance(outcome, _MAYBE_SENT) else None

    def backoff(self, retry_number: int) -> float:
        """Exponential backoff for the n-th retry (1-based), with jitter, capped."""
        base = self.backoff_initial * 2.0 ** max(0, retry_number - 1)
        return min(self.backoff_max, base + self.backoff_jitter * self.random())

    def delay(self, retry_number: int, response: httpx.Response | None) -> float:
        """Seconds before the n-th retry: the larger of Retry-After and backoff, capped."""
        backoff = self.backoff(retry_number)
        if response is None:
            return backoff
        hint = parse_retry_after(response.headers.get("retry-after"), self.wall_clock())
        if hint is None and response.status_code == 429:
            hint = _replenish_interval(response.headers)
        return min(self.max_retry_after, max(backoff, hint or 0.0))

    def for_request(self, request: httpx.Request) -> RetryBudget:
        """A fresh budget for one request; request extensions may override the limits.

        `request.extensions["cloudconnexa_max_retries"]` (int) and
        `["cloudconnexa_max_rate_limit_wait"]` (seconds) override this policy for one call.
        """
        policy = self
        extensions = request.extensions
        if EXT_MAX_RETRIES not in extensions and EXT_MAX_RATE_LIMIT_WAIT not in extensions:
            return RetryBudget(policy, request)  # the common case, on every request
        overrides = {
            field: request.extensions[key]
            for key, field in (
                (EXT_MAX_RETRIES, "max_retries"),
                (EXT_MAX_RATE_LIMIT_WAIT, "max_rate_limit_wait"),
            )
            if key in request.extensions
        }
        if overrides:
            policy = self.replace(**overrides)
        return RetryBudget(policy, request)


class RetryBudget:
    """Per-request retry accounting, exposed as tenacity `retry`/`wait`/`stop` objects."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.method = "GET" if request.extensions.get(EXT_IDEMPOTENT) else request.method
        """The method whose retry rules apply (EXT_IDEMPOTENT: the idempotent ones)."""
        self.retries = 0
        """Transient retries taken so far."""
        self.rate_limit_retries = 0
        self.rate_limit_waited = 0.0
        """Seconds of rate-limit waiting (429s and the limiter) taken so far."""
        self._kind: RetryKind | None = None

    @staticmethod
    def _outcome(state: tenacity.RetryCallState) -> httpx.Response | BaseException:
        outcome = state.outcome
        assert outcome is not None  # tenacity sets it before calling retry/wait/stop
        error = outcome.exception()
        return error if error is not None else outcome.result()

    def limiter_wait(self, delay: float) -> float:
        """How long to take of the limiter's `delay`: all of it when it fits in what is left
        of `max_rate_limit_wait` (and it is charged), else nothing (send now)."""
        if delay <= 0 or self.rate_limit_waited + delay > self.policy.max_rate_limit_wait:
            return 0.0
        self.rate_limit_waited += delay
        return delay

    def is_final(self, outcome: httpx.Response | BaseException) -> bool:
        """True when the first attempt's outcome is not retried (tenacity is not needed)."""
        return self.policy.classify(self.method, outcome) is None

    def should_retry(self, state: tenacity.RetryCallState) -> bool:
        self._kind = self.policy.classify(self.method, self._outcome(state))
        return self._kind is not None

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = self._outcome(state)
        response = outcome if isinstance(outcome, httpx.Response) else None
        number = self.rate_limit_retries if self._kind == "rate_limit" else self.retries
        return self.policy.delay(number + 1, response)

    def should_stop(self, state: tenacity.RetryCallState) -> bool:
        """Stop when this kind's budget is spent; otherwise charge the upcoming retry."""
        if self._kind == "rate_limit":
            if self.rate_limit_waited + state.upcoming_sleep > self.policy.max_rate_limit_wait:
                return True
            self.rate_limit_retries += 1
            self.rate_limit_waited += state.upcoming_sleep
            return False
        if self.retries >= self.policy.max_retries:
            return True
        self.retries += 1
        return False

    def log_retry(self, state: tenacity.RetryCallState) -> None:
        outcome = self._outcome(state)
        reason = str(outcome.status_code) if isinstance(outcome, httpx.Response) else type(outcome).__name__
        logger.info(
            "retrying %s %s after %s in %.2f s",
            self.request.method,
            redact_url(self.request.url),
            reason,
            state.upcoming_sleep,
        )

    def tenacity_kwargs(self) -> dict[str, Any]:
        """`retry`, `wait`, `stop` and callbacks for `Retrying`/`AsyncRetrying` (add `sleep`).

        When the budget runs out the last outcome is returned (a response) or re-raised
        (an exception), so callers see the real failure instead of `tenacity.RetryError`.
        """
        return {
            "retry": _Call(self.should_retry),
            "wait": _Wait(self.wait),
            "stop": _Stop(self.should_stop),
            "before_sleep": self.log_retry,
            "retry_error_callback": _last_outcome,
        }


def _last_outcome(state: tenacity.RetryCallState) -> Any:
    assert state.outcome is not None
    return state.outcome.result()


class _Call(tenacity.retry_base):
    def __init__(self, predicate: Callable[[tenacity.RetryCallState], bool]) -> None:
        self._predicate = predicate

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        return self._predicate(retry_state)


class _Wait(tenacity.wait.wait_base):
    def __init__(self, compute: Callable[[tenacity.RetryCallState], float]) -> None:
        self._compute = compute

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        return self._compute(retry_state)


class _Stop(tenacity.stop.stop_base):
    def __init__(self, predicate: Callable[[tenacity.RetryCallState], bool]) -> None:
        self._predicate = predicate

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        return self._predicate(retry_state)
