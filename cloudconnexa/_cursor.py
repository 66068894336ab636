"""Cursor batches (Sessions), shared by the sync and async iterators.

`GET /api/v1/sessions` answers `{"sessions": [...], "nextCursor": "..."}`: pass the cursor
back as `cursor=` for the next batch; no (or an empty) `nextCursor` means there is no more.
The pure logic lives here; `_async/resources/sessions.py` (and its generated sync twin) only
does the I/O.
"""

from __future__ import annotations

__all__ = ["MAX_BATCH_SIZE", "BatchCursor", "validate_batch_size"]

MAX_BATCH_SIZE = 100
"""The Sessions endpoint returns 1..100 sessions per request."""


def validate_batch_size(size: int) -> int:
    """Reject a batch size the API would refuse, naming the argument."""
    if isinstance(size, bool) or not isinstance(size, int):
        raise TypeError(f"size must be an int, not {type(size).__name__}")
    if not 1 <= size <= MAX_BATCH_SIZE:
        raise ValueError(f"size must be between 1 and {MAX_BATCH_SIZE}, got {size}")
    return size


class BatchCursor:
    """Walks the batches of one cursor listing: which cursor to send next, and when to stop.

    The first request carries `start` (None: from the beginning; a cursor saved from an
    earlier run's `next_cursor` resumes there). It stops when an answer has no `nextCursor`,
    or repeats the cursor just sent (a server bug that would otherwise loop forever).

    Example:
        cursor = BatchCursor()
        while not cursor.done:
            answer = fetch(cursor=cursor.cursor)
            cursor.advance(answer.next_cursor)
    """

    def __init__(self, start: str | None = None) -> None:
        if start is not None and not isinstance(start, str):
            raise TypeError(f"cursor must be a str or None, not {type(start).__name__}")
        if start == "":
            raise ValueError("cursor must not be empty (pass None to start from the beginning)")
        self._cursor: str | None = start
        self._done = False
        self.batches_fetched = 0

    @property
    def done(self) -> bool:
        """Whether the listing is exhausted."""
        return self._done

    @property
    def cursor(self) -> str | None:
        """The `cursor` query value of the next request (None for the first one)."""
        return self._cursor

    def advance(self, next_cursor: object) -> None:
        """Record the `nextCursor` of the batch just fetched (any non-str means "no more")."""
        if self._done:
            raise RuntimeError("advance() called after the last batch")
        self.batches_fetched += 1
        if isinstance(next_cursor, str) and next_cursor and next_cursor != self._cursor:
            self._cursor = next_cursor
        else:
            self._done = True
