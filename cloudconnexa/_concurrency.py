"""Running several independent calls: concurrently for async code, in turn for sync code."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

__all__ = ["gather_async", "gather_sync"]

T = TypeVar("T")


async def gather_async(calls: Sequence[Callable[[], Awaitable[T]]]) -> list[T]:
    """Await every call concurrently; results in call order; the first error cancels the rest.

    The client's transport bounds how many requests are in flight, so this may start many.
    """
    results: dict[int, T] = {}

    async def run(index: int, call: Callable[[], Awaitable[T]]) -> None:
        results[index] = await call()

    try:
        async with anyio.create_task_group() as group:
            for index, call in enumerate(calls):
                group.start_soon(run, index, call)
    except BaseExceptionGroup as group_error:
        # Surface the SDK error itself (e.g. NotFoundError), as a sequential loop would.
        raise group_error.exceptions[0] from None
    return [results[index] for index in range(len(calls))]


def gather_sync(calls: Sequence[Callable[[], T]]) -> list[T]:
    """The sync twin of `gather_async`: one call after the other."""
    return [call() for call in calls]
