"""Client-side throttling learnt from CloudConnexa's `X-RateLimit-*` headers.

Reading of the headers (the official Go client throttles the same way): on every answer,
429 included,

* `X-RateLimit-Remaining`: requests (tokens) the API key may still send now;
* `X-RateLimit-Replenish-Rate` tokens come back every `X-RateLimit-Replenish-Time` seconds,
  i.e. one token per `time / rate` seconds.

`RateLimitState` is a token bucket seeded from those values. Each attempt reserves a token
before it is sent; when none is left the caller waits until one is expected, instead of
collecting 429s. Reservations may drive the balance negative, so concurrent callers queue
up one interval apart. Until the server has reported its limits nothing is throttled.
Reservations stay counted until their answer arrives: a server's `Remaining` does not yet
include the requests still on their way to it, so the bucket is set to `Remaining` minus
the reservations still in flight (otherwise concurrent callers overshoot and collect 429s).
Requests released together may reach the server in another order than they were reserved
in, and their answers come back in a third: an answer is applied only if the server provably
counted its request after every request answered before it (see `observe`); otherwise its
`Remaining` could still include a token that one of those, no longer in flight, took.
Values that are not finite non-negative numbers (`nan`, `-1`, `"lots"`) are ignored.

`RateLimiter` wraps the state with a `threading.Lock` (held only for the arithmetic, never
while sleeping, so sync threads and async tasks can share it) and holds the in-flight
bound: at most `max_concurrency` requests are sent at once, which is also the connection
pool size, so a gather of 1,000 calls queues here instead of timing out in the pool::

    limiter = RateLimiter(max_concurrency=10)
    with limiter.sync_slot():
        time.sleep(limiter.reserve())
        ...send...
        limiter.observe(response.headers)   # or observe(None) when no answer came
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import NamedTuple, cast

import anyio
import httpx

from ._constants import DEFAULT_MAX_CONCURRENCY, MAX_LIMITER_WAIT

__all__ = ["Limits", "RateLimitState", "RateLimiter", "Ticket", "read_limits"]

_REMAINING = "x-ratelimit-remaining"
_RATE = "x-ratelimit-replenish-rate"
_TIME = "x-ratelimit-replenish-time"

Ticket = tuple[int, float]
"""A reservation, handed back to `observe`: how many attempts were over when it was made,
and the earliest time its request reaches the server (reserved at + its delay; the transport
sends earlier only when the wait budget is spent, and then it expects 429s anyway)."""


_NAMES = {_REMAINING.encode(): 0, _RATE.encode(): 1, _TIME.encode(): 2}


class Limits(NamedTuple):
    """The three `X-RateLimit-*` values of one answer (None: missing or malformed)."""

    remaining: float | None
    rate: float | None
    period: float | None


_NO_LIMITS = Limits(None, None, None)


def _finite(text: str | bytes | None) -> float | None:
    """A finite, non-negative header value, or None (missing, text, nan, inf, negative)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _number(headers: Mapping[str, str], name: str) -> float | None:
    return _finite(headers.get(name))


def read_limits(headers: Mapping[str, str] | None) -> Limits:
    """The `X-RateLimit-*` values of `headers` (None: no answer).

    httpx headers are scanned once (this runs on every answer; three lookups scan them three
    times); a repeated header reads as malformed, as its comma-joined value would.
    """
    if headers is None:
        return _NO_LIMITS
    if not isinstance(headers, httpx.Headers):
        return Limits(_number(headers, _REMAINING), _number(headers, _RATE), _number(headers, _TIME))
    found: list[bytes | None] = [None, None, None]
    seen = [False, False, False]
    for key, value in headers.raw:
        index = _NAMES.get(key.lower())
        if index is not None:
            found[index] = None if seen[index] else value
            seen[index] = True
    return Limits(_finite(found[0]), _finite(found[1]), _finite(found[2]))


class RateLimitState:
    """Pure token bucket; every method takes the monotonic time `now`."""

    def __init__(self, max_wait: float = MAX_LIMITER_WAIT) -> None:
        self.max_wait = max_wait
        """Cap on the replenish interval, in case the server reports an absurd one."""
        self.tokens: float | None = None
        """Tokens at `stamp` (negative: reserved ahead); None until the server reports."""
        self.capacity = 1.0
        """Largest `Remaining` seen: the bucket never refills beyond it."""
        self.interval: float | None = None
        """Seconds per replenished token, or None if unknown."""
        self.stamp = 0.0
        self.in_flight = 0
        """Reservations whose answer has not arrived yet."""
        self.answered = 0
        """Reserved attempts over so far."""
        self._level = math.inf
        """Lowest level of any answer: `Remaining - t / interval`, t its answer's arrival. The
        refill is taken out and each request takes a whole token (the header rounds down, by
        less than one), so the request the server counted later has the lower level."""
        self._set_from = math.inf
        """Level of the answer the bucket was set from, t its request's earliest send."""

    def observe(self, headers: Mapping[str, str] | None, now: float, ticket: Ticket | None = None) -> None:
        """One reserved attempt is over: learn from its answer's headers (None: no answer;
        missing or malformed headers are ignored)."""
        self.observe_limits(read_limits(headers), now, ticket)

    def observe_limits(self, limits: Limits, now: float, ticket: Ticket | None = None) -> None:
        """`observe` with the headers already read (`read_limits`).

        With a `ticket`, an answer is applied only if the server provably counted its request
        after every request answered before: none was answered since it was reserved, or its
        level, taken at its earliest send, is below every level seen (taken at their arrival,
        so each bound leans the safe way; see `_level`). Otherwise its `Remaining` may still
        include a token taken by a request no longer in flight: it is not applied, and if it
        provably came before the answer the bucket was set from, that answer counted it twice
        (once in `Remaining`, once in flight), so its token is given back.
        """
        self.in_flight = max(0, self.in_flight - 1)
        answered_before = self.answered
        self.answered += 1
        remaining, rate, period = limits
        if remaining is None:
            return
        if rate is not None and period is not None and rate > 0 and period > 0:
            self.interval = min(self.max_wait, period / rate)
        per_second = 1.0 / self.interval if self.interval else 0.0
        level = remaining - now * per_second
        if ticket is None:
            earliest = math.inf
            maybe_stale = False
        else:
            earliest = remaining - ticket[1] * per_second
            maybe_stale = ticket[0] != answered_before and earliest >= self._level
        if level < self._level:
            self._level = level
        if maybe_stale:
            if level > self._set_from and self.tokens is not None:
                self.tokens += 1
            return
        self._set_from = earliest
        self.capacity = max(self.capacity, remaining)
        self.tokens = remaining - self.in_flight
        self.stamp = now

    def delay_before_send(self, now: float) -> float:
        """Reserve a token for a request sent now; return how long it must wait first.

        Every call must be followed by one `observe` (with the answer's headers, or None).
        """
        self.in_flight += 1
        if self.tokens is None:
            return 0.0
        if self.interval is not None:
            refill = (now - self.stamp) / self.interval
            self.tokens = min(self.capacity, self.tokens + refill)
        self.stamp = now
        self.tokens -= 1
        if self.tokens >= 0:
            return 0.0
        if self.interval is None:
            # Exhausted with no hint of when tokens return: stop guessing, let 429s and
            # their Retry-After drive the waits until the server reports again.
            self.tokens = None
            return 0.0
        return -self.tokens * self.interval


class RateLimiter:
    """Thread-safe `RateLimitState` plus the in-flight bound, shared by one client's copies."""

    def __init__(
        self,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_wait: float = MAX_LIMITER_WAIT,
    ) -> None:
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
            raise TypeError(f"max_concurrency must be an int, not {type(max_concurrency).__name__}")
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        self.max_concurrency = max_concurrency
        self.state = RateLimitState(max_wait)
        self._clock = clock
        self._lock = threading.Lock()
        self._sync_slots = _SyncSlots(max_concurrency)
        self._async_slots: AbstractAsyncContextManager[object] | None = None
        self._async_admissions: AbstractAsyncContextManager[object] | None = None

    def reserve(self) -> float:
        """Seconds to wait before sending the next attempt (a token is reserved)."""
        return self.reserve_ticket()[0]

    def reserve_ticket(self) -> tuple[float, Ticket]:
        """`reserve()` plus the reservation's ticket, to pass back to `observe`."""
        with self._lock:
            now = self._clock()
            delay = self.state.delay_before_send(now)
            return delay, (self.state.answered, now + delay)

    def observe(self, headers: Mapping[str, str] | None, ticket: Ticket | None = None) -> None:
        """The reserved attempt is over: its answer's headers, or None if none came."""
        limits = read_limits(headers)  # outside the lock: it is held only for the arithmetic
        with self._lock:
            self.state.observe_limits(limits, self._clock(), ticket)

    def sync_slot(self) -> AbstractContextManager[object]:
        """Hold one of the `max_concurrency` in-flight slots (blocking).

        A C-level queue of free slots, not a generator-based wrapper nor a
        `threading.Semaphore` (pure Python, five times dearer): this runs on every request.
        """
        return self._sync_slots

    def async_slot(self) -> AbstractAsyncContextManager[object]:
        """Hold one of the `max_concurrency` in-flight slots (awaiting)."""
        if self._async_slots is None:
            # fast_acquire: a free slot is taken without a trip through the event loop (one
            # extra scheduling round per request otherwise, measurable at high concurrency).
            self._async_slots = _as_context(_AsyncSlots(self.max_concurrency))
        return self._async_slots

    def sync_admission(self) -> AbstractContextManager[object]:
        """What a sync façade call holds while it builds and sends its request: nothing.

        A thread waiting for an in-flight slot costs its stack anyway; the slot is enough.
        """
        return _NO_ADMISSION

    def async_admission(self) -> AbstractAsyncContextManager[object]:
        """One of `max_concurrency` places for façade calls, taken BEFORE the request is
        built: 10,000 gathered calls then wait as bare coroutines holding their arguments,
        not as built requests (memory per pending call). Held until the call's answer."""
        if self._async_admissions is None:
            self._async_admissions = _as_context(_AsyncSlots(self.max_concurrency))
        return self._async_admissions


_NO_ADMISSION = contextlib.nullcontext()


class _Ready:
    """An awaitable that is already done: `await` on it returns at once."""

    __slots__ = ()

    def __await__(self) -> Generator[None]:
        return
        yield  # makes this a generator function


_READY = _Ready()


class _AsyncSlots:
    """An `anyio.Semaphore` whose free slot is taken without awaiting anything.

    `fast_acquire` already skips the trip through the event loop; taking a free slot with
    `acquire_nowait` also skips the cancellation check (a task lookup, on every request,
    twice: admission and slot); a cancelled caller still stops at its next await. A slot is
    free only when nobody waits (`release` hands slots to waiters first), so this stays
    first come, first served. `__aenter__` and `__aexit__` are plain methods returning an
    awaitable: a waiting call then holds only the semaphore's own frame (memory per pending
    call), and leaving builds no coroutine.
    """

    __slots__ = ("_semaphore",)

    def __init__(self, count: int) -> None:
        self._semaphore = anyio.Semaphore(count, fast_acquire=True)

    def __aenter__(self) -> Awaitable[None]:
        try:
            self._semaphore.acquire_nowait()
        except anyio.WouldBlock:
            return self._semaphore.acquire()
        return _READY

    def __aexit__(self, *exc_info: object) -> Awaitable[None]:
        self._semaphore.release()
        return _READY


def _as_context(slots: _AsyncSlots) -> AbstractAsyncContextManager[object]:
    # `async with` only needs `__aenter__`/`__aexit__` to return awaitables; the protocol's
    # stub says coroutine, which `_Ready` is not.
    return cast("AbstractAsyncContextManager[object]", slots)


class _SyncSlots:
    """`max_concurrency` slots as tokens in a `queue.SimpleQueue`: entering takes one
    (blocking while none is free), leaving puts it back."""

    __slots__ = ("_free",)

    def __init__(self, count: int) -> None:
        self._free: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(count):
            self._free.put(None)

    def __enter__(self) -> None:
        self._free.get()

    def __exit__(self, *exc_info: object) -> None:
        self._free.put(None)
