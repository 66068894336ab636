"""Connection pools that stay fast at any `max_concurrency`: one small pool per connection.

httpcore's connection pool does work proportional to its size on every request, and more
(it checks every connection's socket for expiry, and counts idle connections once per idle
connection) each time a request joins or leaves it: one pool of 100 connections under 1,000
gathered calls spends more CPU in that bookkeeping than in HTTP, and even the default 10
spend about a fifth of a gathered call's CPU there. Beyond `SINGLE_POOL_MAX` connections the
SDK therefore gives each connection a pool of its own and picks the pool itself: an idle
one, the most recently used first (its connection is the likeliest still open), else the
least loaded. The in-flight bound (`RateLimiter` slots) stays the single limit, and equals
the number of pools, so a request always finds an idle one. All pools share one SSL
context: each would otherwise load the CA bundle again (tens of ms each)::

    transport = ShardedAsyncTransport(100)   # 100 pools of one connection
"""

from __future__ import annotations

import ssl
import threading

import httpx

__all__ = ["SINGLE_POOL_MAX", "ShardedAsyncTransport", "ShardedTransport", "shard_limits"]

SINGLE_POOL_MAX = 1
"""Up to this many connections, one httpx pool, as httpx builds by default (a pool per
connection is as cheap for one connection, and cheaper from two on)."""

_POOL_LIMITS = httpx.Limits(max_connections=1, max_keepalive_connections=1)


def shard_limits(max_concurrency: int) -> list[httpx.Limits]:
    """The limits of each pool for `max_concurrency` connections in all: one each."""
    return [_POOL_LIMITS] * max_concurrency


class _Shards:
    """Which pool gets the next request (thread-safe): an idle one if any, the most recently
    used first; when more requests than pools are in flight, the least loaded."""

    def __init__(self, count: int) -> None:
        self.in_flight = [0] * count
        self._idle = list(range(count - 1, -1, -1))  # a stack: pop() gives pool 0 first
        self._lock = threading.Lock()

    def take(self) -> int:
        with self._lock:
            index = self._idle.pop() if self._idle else self.in_flight.index(min(self.in_flight))
            self.in_flight[index] += 1
            return index

    def give_back(self, index: int) -> None:
        with self._lock:
            self.in_flight[index] -= 1
            if not self.in_flight[index]:
                self._idle.append(index)


def _ssl_context(given: ssl.SSLContext | None, trust_env: bool) -> ssl.SSLContext:
    return given if given is not None else httpx.create_ssl_context(trust_env=trust_env)


class ShardedTransport(httpx.BaseTransport):
    """Sync: `httpx.HTTPTransport` pools behind one transport."""

    def __init__(
        self, max_concurrency: int, *, trust_env: bool = True, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        context = _ssl_context(ssl_context, trust_env)
        self.pools = [
            httpx.HTTPTransport(limits=limits, trust_env=trust_env, verify=context)
            for limits in shard_limits(max_concurrency)
        ]
        self._shards = _Shards(len(self.pools))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        index = self._shards.take()
        try:
            response = self.pools[index].handle_request(request)
            response.read()  # the connection is back in its pool before the shard is freed
        finally:
            self._shards.give_back(index)
        return response

    def close(self) -> None:
        for pool in self.pools:
            pool.close()


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """Async: `httpx.AsyncHTTPTransport` pools behind one transport."""

    def __init__(
        self, max_concurrency: int, *, trust_env: bool = True, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        context = _ssl_context(ssl_context, trust_env)
        self.pools = [
            httpx.AsyncHTTPTransport(limits=limits, trust_env=trust_env, verify=context)
            for limits in shard_limits(max_concurrency)
        ]
        self._shards = _Shards(len(self.pools))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._shards.take()
        try:
            response = await self.pools[index].handle_async_request(request)
            await response.aread()
        finally:
            self._shards.give_back(index)
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()
