"""Transports adding rate limiting, retries and error raising around an httpx transport.

For each attempt: take an in-flight slot, wait for the rate limiter, send, read the body
(so the connection is back in the pool before the slot is released), learn the
`X-RateLimit-*` headers, then let `RetryPolicy` decide whether to try again. After the last
attempt every answer outside 2xx (a 3xx redirect too) is raised as the matching
`APIStatusError` before any generated parser sees it, except 401, which goes up to the auth
flow (it refreshes the token once, then raises). httpx transport errors become
`APITimeoutError` / `APIConnectionError` here, `from` the original, and a body that does not
match its `Content-Encoding` an `APIResponseValidationError`::

    transport = RetryTransport(httpx.HTTPTransport(), policy=RetryPolicy(max_retries=5))
    httpx.Client(transport=transport, auth=auth, base_url=...)

The extension `request.extensions["cloudconnexa_raise_for_status"] = False` returns error
answers instead of raising (the auth flow uses it for the token request).

A transport and the copies `derive` makes for `with_options` share one `_Lifecycle`: once the
owner is closed, or an async socket pool meets a new event loop after the one that opened its
connections was closed, every send raises `ClientClosedError` instead of silently reopening
the pool (which nobody would close) or failing with a bare `RuntimeError`.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import ssl
import time
import weakref
from collections.abc import Awaitable, Callable

import anyio
import httpx
import tenacity

from ._abandon import check_abandoned
from ._constants import DEFAULT_MAX_CONCURRENCY, EXT_RAISE_FOR_STATUS
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    CloudConnexaError,
    make_status_error,
    redact_request,
)
from ._logging import log_attempt, log_limiter_wait
from ._pool import SINGLE_POOL_MAX, ShardedAsyncTransport, ShardedTransport
from ._ratelimit import RateLimiter
from ._retry import RetryBudget, RetryPolicy

__all__ = [
    "AsyncRetryTransport",
    "RetryTransport",
    "default_async_transport",
    "default_limits",
    "default_transport",
]


def default_limits(max_concurrency: int = DEFAULT_MAX_CONCURRENCY) -> httpx.Limits:
    """Pool limits matching the in-flight bound, so requests never wait on the pool."""
    return httpx.Limits(max_connections=max_concurrency, max_keepalive_connections=max_concurrency)


def default_transport(
    max_concurrency: int, *, trust_env: bool = True, ssl_context: ssl.SSLContext | None = None
) -> httpx.BaseTransport:
    """One pool up to `SINGLE_POOL_MAX` connections, a pool per connection beyond (see
    `_pool`); `ssl_context`, when given, is shared instead of loading the CA bundle again."""
    if max_concurrency <= SINGLE_POOL_MAX:
        verify = ssl_context if ssl_context is not None else True
        return httpx.HTTPTransport(limits=default_limits(max_concurrency), trust_env=trust_env, verify=verify)
    return ShardedTransport(max_concurrency, trust_env=trust_env, ssl_context=ssl_context)


def default_async_transport(
    max_concurrency: int, *, trust_env: bool = True, ssl_context: ssl.SSLContext | None = None
) -> httpx.AsyncBaseTransport:
    """The async twin of `default_transport`."""
    if max_concurrency <= SINGLE_POOL_MAX:
        verify = ssl_context if ssl_context is not None else True
        return httpx.AsyncHTTPTransport(limits=default_limits(max_concurrency), trust_env=trust_env, verify=verify)
    return ShardedAsyncTransport(max_concurrency, trust_env=trust_env, ssl_context=ssl_context)


def _translate(exc: httpx.TransportError, request: httpx.Request) -> CloudConnexaError:
    """An httpx transport error as our exception (the message carries no URL query)."""
    name = type(exc).__name__
    exc.request = redact_request(request)  # the cause travels with our error: no credentials
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({name})", request=request)
    return APIConnectionError(f"connection error ({name}): {exc}", request=request)


def _undecodable(response: httpx.Response, exc: httpx.DecodingError) -> APIResponseValidationError:
    """A body that does not match its Content-Encoding, as our exception."""
    encoding = response.headers.get("content-encoding", "identity")
    exc.request = redact_request(response.request)
    return APIResponseValidationError(response, f"response body does not match Content-Encoding {encoding!r}")


def _finish(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Raise the final answer outside 2xx (not 401: that is the auth flow's business).

    A 3xx is an error too: the SDK never follows redirects, and a DELETE answered 301 did not
    delete anything.
    """
    raise_for_status = request.extensions.get(EXT_RAISE_FOR_STATUS, True)
    if raise_for_status and not response.is_success and response.status_code != 401:
        raise make_status_error(response)
    return response


class _Lifecycle:
    """Shared by a transport and its `derive`d copies: closed yet? which event loop?"""

    def __init__(self) -> None:
        self.closed = False
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    def check(self) -> None:
        if self.closed:
            raise ClientClosedError(
                "the client is closed (a with_options copy shares its connection pool, so it"
                " is closed too); create a new client"
            )

    def check_loop(self, pooled: bool) -> None:
        """Refuse a new event loop once the loop that opened the connections is closed.

        Only a socket pool (`pooled`) is bound to its loop: in-process and mock transports
        keep working on any loop.
        """
        self.check()
        if not pooled:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio): connections are not bound to a loop object
            return
        previous = self._loop() if self._loop is not None else None
        if previous is loop:
            return
        if previous is not None and not previous.is_closed():
            return  # another live loop (e.g. a portal thread): the caller knows what they do
        if self._loop is not None:
            raise ClientClosedError(
                "this AsyncClient was used on an event loop that is now closed (a previous"
                " asyncio.run); its connections died with that loop: create the AsyncClient"
                " inside the loop that uses it"
            )
        self._loop = weakref.ref(loop)


_Outcome = httpx.Response | httpx.TransportError

_SOCKET_POOLS = (httpx.AsyncHTTPTransport, ShardedAsyncTransport)
"""Transports whose connections belong to the event loop that opened them."""


def _attempt_done(
    request: httpx.Request, outcome: httpx.Response | BaseException, started: float, waited: float
) -> None:
    """After each attempt: its `elapsed` (httpx sets none: we read the body here) and its log line."""
    elapsed = time.perf_counter() - started
    if isinstance(outcome, httpx.Response):
        outcome.elapsed = datetime.timedelta(seconds=elapsed)
    log_attempt(request, outcome, elapsed, waited)


def _result(outcome: _Outcome) -> httpx.Response:
    """The response of an attempt, or its transport error raised."""
    if isinstance(outcome, httpx.TransportError):
        raise outcome
    return outcome


# The first attempt runs outside tenacity (most requests succeed at once, and building
# `Retrying` costs about a tenth of a call); when it must be retried, tenacity starts from
# its outcome, so attempts, waits and budgets are exactly those of running it inside.
def _replay_first(
    first: _Outcome, attempt: Callable[[httpx.Request], httpx.Response]
) -> Callable[[httpx.Request], httpx.Response]:
    pending = [first]

    def call(request: httpx.Request) -> httpx.Response:
        return _result(pending.pop()) if pending else attempt(request)

    return call


def _async_replay_first(
    first: _Outcome, attempt: Callable[[httpx.Request], Awaitable[httpx.Response]]
) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    pending = [first]

    async def call(request: httpx.Request) -> httpx.Response:
        return _result(pending.pop()) if pending else await attempt(request)

    return call


class _Shared:
    """What both twins hold: the policy, the limiter, whether they own the inner transport,
    and the lifecycle shared with `derive`d copies."""

    def __init__(self, policy: RetryPolicy | None, limiter: RateLimiter | None, owns_transport: bool) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.owns_transport = owns_transport
        self.lifecycle = _Lifecycle()  # `derive` hands the owner's to its copies


class RetryTransport(httpx.BaseTransport):
    """Sync transport: rate limiting, retries and error raising around `transport`."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        owns_transport: bool = True,
    ) -> None:
        self._shared = _Shared(policy, limiter, owns_transport)
        self.transport = transport if transport is not None else default_transport(self.limiter.max_concurrency)
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._shared.policy

    @property
    def limiter(self) -> RateLimiter:
        return self._shared.limiter

    def derive(self, policy: RetryPolicy) -> RetryTransport:
        """A transport with another policy sharing this one's pool and limiter (not owned)."""
        derived = RetryTransport(
            self.transport, policy=policy, limiter=self.limiter, sleep=self._sleep,
            owns_transport=False,
        )  # fmt: skip
        derived._shared.lifecycle = self._shared.lifecycle
        return derived

    def _attempt(self, request: httpx.Request, budget: RetryBudget) -> httpx.Response:
        limiter = self._shared.limiter
        with limiter.sync_slot():
            check_abandoned()  # a listing's page request, waiting for the slot past a `break`
            wait, ticket = limiter.reserve_ticket()
            delay = budget.limiter_wait(wait) if wait > 0 else 0.0
            headers = None
            started = time.perf_counter()
            try:
                if delay > 0:
                    log_limiter_wait(request, delay)
                    self._sleep(delay)
                    started = time.perf_counter()
                response = self.transport.handle_request(request)
                response.request = request  # httpx's client sets it only after the transport
                try:
                    response.read()  # reading to the end closes a streamed answer
                except BaseException as exc:
                    response.close()
                    if isinstance(exc, httpx.DecodingError):
                        raise _undecodable(response, exc) from exc
                    raise
                headers = response.headers
            except httpx.TransportError as exc:
                _attempt_done(request, exc, started, delay)
                raise
            finally:
                limiter.observe(headers, ticket)
        _attempt_done(request, response, started, delay)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._shared.lifecycle.check()
        budget = self.policy.for_request(request)
        try:
            try:
                first: _Outcome = self._attempt(request, budget)
            except httpx.TransportError as exc:
                first = exc
            if budget.is_final(first):  # the common case skips tenacity's bookkeeping
                response = _result(first)
            else:
                retrying = tenacity.Retrying(sleep=self._sleep, **budget.tenacity_kwargs())
                response = retrying(_replay_first(first, functools.partial(self._attempt, budget=budget)), request)
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        return _finish(request, response)

    def close(self) -> None:
        if self._shared.owns_transport:
            self._shared.lifecycle.closed = True
            self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of `RetryTransport` (same policy objects; only awaits differ)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        owns_transport: bool = True,
    ) -> None:
        self._shared = _Shared(policy, limiter, owns_transport)
        self.transport = transport if transport is not None else default_async_transport(self.limiter.max_concurrency)
        self._sleep = sleep

    @property
    def policy(self) -> RetryPolicy:
        return self._shared.policy

    @property
    def limiter(self) -> RateLimiter:
        return self._shared.limiter

    def derive(self, policy: RetryPolicy) -> AsyncRetryTransport:
        """A transport with another policy sharing this one's pool and limiter (not owned)."""
        derived = AsyncRetryTransport(
            self.transport, policy=policy, limiter=self.limiter, sleep=self._sleep,
            owns_transport=False,
        )  # fmt: skip
        derived._shared.lifecycle = self._shared.lifecycle
        return derived

    async def _attempt(self, request: httpx.Request, budget: RetryBudget) -> httpx.Response:
        limiter = self._shared.limiter
        async with limiter.async_slot():
            wait, ticket = limiter.reserve_ticket()
            delay = budget.limiter_wait(wait) if wait > 0 else 0.0
            headers = None
            started = time.perf_counter()
            try:
                if delay > 0:
                    log_limiter_wait(request, delay)
                    await self._sleep(delay)
                    started = time.perf_counter()
                response = await self.transport.handle_async_request(request)
                response.request = request  # httpx's client sets it only after the transport
                try:
                    await response.aread()  # reading to the end closes a streamed answer
                except BaseException as exc:
                    await response.aclose()
                    if isinstance(exc, httpx.DecodingError):
                        raise _undecodable(response, exc) from exc
                    raise
                headers = response.headers
            except httpx.TransportError as exc:
                _attempt_done(request, exc, started, delay)
                raise
            finally:
                limiter.observe(headers, ticket)
        _attempt_done(request, response, started, delay)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._shared.lifecycle.check_loop(isinstance(self.transport, _SOCKET_POOLS))
        budget = self.policy.for_request(request)
        try:
            try:
                first: _Outcome = await self._attempt(request, budget)
            except httpx.TransportError as exc:
                first = exc
            if budget.is_final(first):  # the common case skips tenacity's bookkeeping
                response = _result(first)
            else:
                retrying = tenacity.AsyncRetrying(sleep=self._sleep, **budget.tenacity_kwargs())
                attempt = functools.partial(self._attempt, budget=budget)
                response = await retrying(_async_replay_first(first, attempt), request)
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        return _finish(request, response)

    async def aclose(self) -> None:
        if self._shared.owns_transport:
            self._shared.lifecycle.closed = True
            await self.transport.aclose()
