# Generated from cloudconnexa/_async/_cursor_iterator.py by scripts/unasync.py. Do not edit.
"""Lazy iterator over a cursor listing (sessions, and any endpoint paged by `nextCursor`)."""

from __future__ import annotations

from collections.abc import Iterator, Callable, Sequence
from typing import Any, Generic, TypeVar

import httpx

from .._cursor import BatchCursor, CursorLoop
from .._exceptions import APIResponseValidationError

__all__ = ["CursorIterator"]

BatchT = TypeVar("BatchT")
ItemT = TypeVar("ItemT")


class CursorIterator(Generic[BatchT, ItemT]):
    """Iterates every record of a cursor listing, one batch at a time, lazily, resumably.

    Nothing is requested until iteration starts; iterating again starts again from the
    start cursor. `resume_cursor` says where a later run continues: it moves past a batch
    once every record of that batch has been handed out, so a job that saves it after
    processing what it received never skips a record (a batch cut short is delivered
    again from its start).

    Example:
        sessions = client.sessions.list(cursor=saved)
        for batch in sessions.batches():
            write(batch.sessions)
            saved = sessions.resume_cursor   # None once the listing is exhausted
    """

    def __init__(
        self,
        fetch_batch: Callable[[str | None], Any],
        items_of: Callable[[BatchT], Sequence[ItemT]],
        next_cursor_of: Callable[[BatchT], object],
        *,
        start_cursor: str | None = None,
    ) -> None:
        # `fetch_batch(cursor)` returns the parsed batch and the response it came in (named in
        # errors). `Any`: it is a coroutine function here and a plain one in the sync twin.
        self._fetch_batch = fetch_batch
        self._items_of = items_of
        self._next_cursor_of = next_cursor_of
        self._start = BatchCursor(start_cursor).cursor
        self._resume: str | None = self._start
        self._exhausted = False

    @property
    def resume_cursor(self) -> str | None:
        """The cursor to pass as `cursor=` to continue after the last fully consumed batch
        (the start cursor before any; None once the listing is exhausted)."""
        return self._resume

    @property
    def exhausted(self) -> bool:
        """Whether the last batch has been fully consumed (nothing left to resume)."""
        return self._exhausted

    def batches(self) -> Iterator[BatchT]:
        """Yield whole batches as the API sent them; each counts as consumed once yielded."""
        cursor = BatchCursor(self._start)
        self._resume, self._exhausted = self._start, False
        while not cursor.done:
            batch: BatchT = self._next_batch(cursor)
            self._mark_consumed(cursor)
            yield batch

    def __iter__(self) -> Iterator[ItemT]:
        cursor = BatchCursor(self._start)
        self._resume, self._exhausted = self._start, False
        while not cursor.done:
            batch: BatchT = self._next_batch(cursor)
            items = self._items_of(batch)
            if not items:
                self._mark_consumed(cursor)
            for index, item in enumerate(items):
                if index == len(items) - 1:
                    self._mark_consumed(cursor)  # before the last record: its batch is then all handed out
                yield item

    def _next_batch(self, cursor: BatchCursor) -> BatchT:
        """Fetch the batch at `cursor` and advance it; a cursor loop is the server's fault."""
        batch: BatchT
        response: httpx.Response
        batch, response = self._fetch_batch(cursor.cursor)
        try:
            cursor.advance(self._next_cursor_of(batch))
        except CursorLoop as exc:
            raise APIResponseValidationError(response, str(exc)) from None
        return batch

    def _mark_consumed(self, cursor: BatchCursor) -> None:
        self._exhausted = cursor.done
        self._resume = None if cursor.done else cursor.cursor

    def to_list(self) -> list[ItemT]:
        """Every record of the listing in one list."""
        return [item for item in self]
