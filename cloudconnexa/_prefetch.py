"""Fetching ahead of the consumer: the I/O twins behind concurrent listing.

`PageCursor` (pure) decides which pages may be requested; these run those requests ahead
and hand the answers back in the order they were started. A request alone in the queue
runs in the caller when its answer is asked for (a one-page listing starts no task or
thread); when several are queued, all of them are handed to workers at once: asyncio tasks
(`AsyncPrefetcher`; under other anyio backends, such as trio, the queue runs one request at
a time) or a thread pool of `workers` threads (`Prefetcher`). So a worker that finishes a
request takes the next queued one at once, whether or not the consumer has reached the
answer it just fetched: up to `workers` requests stay in flight while answers wait their
turn. (Async tasks beyond the client's `max_concurrency` wait in its limiter, which is the
same bound.) `cancel()` drops what is queued and cancels what is in flight; it runs when the
listing ends or the caller stops early (`break`). A sync request cannot be interrupted on
its thread: one still waiting for an in-flight slot is dropped when it gets one (see
`_abandon`), one already sent finishes and its answer is dropped::

    prefetcher = Prefetcher(fetch, workers=4)
    prefetcher.start(key1); prefetcher.start(key2)
    first, second = prefetcher.next_result(), prefetcher.next_result()
    prefetcher.cancel()
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import sniffio

from ._abandon import run_unless_abandoned

__all__ = ["AsyncPrefetcher", "Prefetcher"]

KeyT = TypeVar("KeyT")
ResultT = TypeVar("ResultT")


class Prefetcher(Generic[KeyT, ResultT]):
    """Sync: queued fetches run on a pool of `workers` threads (the caller only waits)."""

    def __init__(self, fetch: Callable[[KeyT], ResultT], workers: int) -> None:
        self._fetch = fetch
        self._workers = max(1, workers)
        self._queue: deque[tuple[KeyT, Future[ResultT] | None]] = deque()
        self._pool: ThreadPoolExecutor | None = None
        self._cancelled = threading.Event()

    def __len__(self) -> int:
        return len(self._queue)

    def start(self, key: KeyT) -> None:
        self._queue.append((key, None))  # submitted (or run by the caller) in next_result()

    def next_result(self) -> ResultT:
        if len(self._queue) > 1 and self._queue[-1][1] is None:
            self._submit_queued()
        key, future = self._queue.popleft()
        return self._fetch(key) if future is None else future.result()

    def _submit_queued(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="cloudconnexa-page")
        pool = self._pool
        job = functools.partial(run_unless_abandoned, self._cancelled, self._fetch)
        self._queue = deque((key, pool.submit(job, key) if f is None else f) for key, f in self._queue)

    def cancel(self) -> None:
        self._cancelled.set()  # a worker's request still waiting for a slot is not sent
        self._queue.clear()
        if self._pool is not None:
            # Requests already on the wire finish in their thread; nothing new is sent.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


class AsyncPrefetcher(Generic[KeyT, ResultT]):
    """Async: queued fetches run as asyncio tasks (one at a time under other backends)."""

    def __init__(self, fetch: Callable[[KeyT], Awaitable[ResultT]], workers: int) -> None:
        del workers  # the client's limiter holds the tasks beyond max_concurrency
        self._fetch = fetch
        self._queue: deque[tuple[KeyT, asyncio.Task[ResultT] | None]] = deque()
        self._tasks = sniffio.current_async_library() == "asyncio"

    def __len__(self) -> int:
        return len(self._queue)

    def start(self, key: KeyT) -> None:
        self._queue.append((key, None))  # made a task (or awaited by the caller) in next_result()

    async def next_result(self) -> ResultT:
        if self._tasks and len(self._queue) > 1 and self._queue[-1][1] is None:
            self._queue = deque(
                (key, asyncio.ensure_future(self._fetch(key)) if task is None else task) for key, task in self._queue
            )
        key, task = self._queue.popleft()
        if task is None:
            return await self._fetch(key)
        if task.done():
            # Awaiting a finished task does not pass through the event loop; pass through it
            # anyway, so the requests waiting for the places just freed are sent now, not
            # after the consumer has worked through every answer that arrived together.
            await asyncio.sleep(0)
        return await task

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
