"""Fetching ahead of the consumer: the I/O twins behind concurrent listing.

`PageCursor` (pure) decides which pages may be requested; these run those requests ahead
and hand the answers back in the order they were started. The first request of an empty
queue runs in the caller when it is awaited (a one-page listing starts no task or thread);
the ones queued behind it run concurrently: asyncio tasks (`AsyncPrefetcher`; under other
anyio backends, such as trio, the queue runs one request at a time) or a small thread pool
(`Prefetcher`). `cancel()` drops what is queued and cancels what is in flight; it runs when
the listing ends or the caller stops early (`break`)::

    prefetcher = Prefetcher(fetch, window=4)
    prefetcher.start(key1); prefetcher.start(key2)
    first, second = prefetcher.next_result(), prefetcher.next_result()
    prefetcher.cancel()
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import sniffio

__all__ = ["AsyncPrefetcher", "Prefetcher"]

KeyT = TypeVar("KeyT")
ResultT = TypeVar("ResultT")


class Prefetcher(Generic[KeyT, ResultT]):
    """Sync: queued fetches run on up to `window - 1` worker threads besides the caller."""

    def __init__(self, fetch: Callable[[KeyT], ResultT], window: int) -> None:
        self._fetch = fetch
        self._window = window
        self._queue: deque[tuple[KeyT, Future[ResultT] | None]] = deque()
        self._pool: ThreadPoolExecutor | None = None

    def __len__(self) -> int:
        return len(self._queue)

    def start(self, key: KeyT) -> None:
        if not self._queue:
            self._queue.append((key, None))  # run by the caller in next_result()
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max(1, self._window - 1), thread_name_prefix="cloudconnexa-page")
        self._queue.append((key, self._pool.submit(self._fetch, key)))

    def next_result(self) -> ResultT:
        key, future = self._queue.popleft()
        return self._fetch(key) if future is None else future.result()

    def cancel(self) -> None:
        self._queue.clear()
        if self._pool is not None:
            # Requests already on the wire finish in their thread; nothing new is sent.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class AsyncPrefetcher(Generic[KeyT, ResultT]):
    """Async: queued fetches run as asyncio tasks (one at a time under other backends)."""

    def __init__(self, fetch: Callable[[KeyT], Awaitable[ResultT]], window: int) -> None:
        self._fetch = fetch
        self._window = window
        self._queue: deque[tuple[KeyT, asyncio.Task[ResultT] | None]] = deque()
        self._tasks = sniffio.current_async_library() == "asyncio"

    def __len__(self) -> int:
        return len(self._queue)

    def start(self, key: KeyT) -> None:
        if not self._queue or not self._tasks:
            self._queue.append((key, None))  # awaited by the caller in next_result()
            return
        self._queue.append((key, asyncio.ensure_future(self._fetch(key))))

    async def next_result(self) -> ResultT:
        key, task = self._queue.popleft()
        return await self._fetch(key) if task is None else await task

    def cancel(self) -> None:
        for _, task in self._queue:
            if task is not None:
                task.cancel()
                task.add_done_callback(_retrieve)
        self._queue.clear()


def _retrieve(task: asyncio.Task[object]) -> None:
    """Mark a dropped task's outcome as seen (asyncio logs unretrieved exceptions)."""
    if not task.cancelled():
        task.exception()
