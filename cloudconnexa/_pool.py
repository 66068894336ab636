"""Connection pools that stay fast at high `max_concurrency`: several small pools.

httpcore's connection pool does work proportional to its size on every request (it scans
its connections and waiting requests), so one pool of 100 connections under 1,000 gathered
calls is slower than one of 10. The SDK therefore splits `max_concurrency` connections into
pools of at most `SHARD_SIZE`, and sends each request through the pool with the fewest
requests in flight. The in-flight bound (`RateLimiter` slots) stays the single limit::

    transport = ShardedAsyncTransport.for_concurrency(100)   # 10 pools of 10
"""

from __future__ import annotations

import threading

import httpx

__all__ = ["SHARD_SIZE", "ShardedAsyncTransport", "ShardedTransport", "shard_limits"]

SHARD_SIZE = 10
"""Connections per pool: small enough that a pool's per-request work stays small."""


def shard_limits(max_concurrency: int) -> list[httpx.Limits]:
    """The limits of each pool for `max_concurrency` connections in all."""
    sizes = [SHARD_SIZE] * (max_concurrency // SHARD_SIZE)
    if max_concurrency % SHARD_SIZE:
        sizes.append(max_concurrency % SHARD_SIZE)
    return [httpx.Limits(max_connections=size, max_keepalive_connections=size) for size in sizes]


class _Shards:
    """Which pool gets the next request: the one with the fewest in flight (thread-safe)."""

    def __init__(self, count: int) -> None:
        self.in_flight = [0] * count
        self._lock = threading.Lock()

    def take(self) -> int:
        with self._lock:
            index = self.in_flight.index(min(self.in_flight))
            self.in_flight[index] += 1
            return index

    def give_back(self, index: int) -> None:
        with self._lock:
            self.in_flight[index] -= 1


class ShardedTransport(httpx.BaseTransport):
    """Sync: `httpx.HTTPTransport` pools behind one transport."""

    def __init__(self, max_concurrency: int, *, trust_env: bool = True) -> None:
        self.pools = [
            httpx.HTTPTransport(limits=limits, trust_env=trust_env) for limits in shard_limits(max_concurrency)
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

    def __init__(self, max_concurrency: int, *, trust_env: bool = True) -> None:
        self.pools = [
            httpx.AsyncHTTPTransport(limits=limits, trust_env=trust_env) for limits in shard_limits(max_concurrency)
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
