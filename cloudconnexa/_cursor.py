"""Cursor batches (Sessions), shared by the sync and async iterators.

`GET /api/v1/sessions` answers `{"sessions": [...], "nextCursor": "..."}`: pass the cursor
back as `cursor=` for the next batch; no (or an empty) `nextCursor` means there is no more.
The pure logic lives here; `_async/resources/sessions.py` (and its generated sync twin) only
does the I/O.
"""

from __future__ import annotations

__all__ = ["MAX_BATCH_SIZE", "BatchCursor", "CursorLoop", "validate_batch_size"]

MAX_BATCH_SIZE = 100
"""The Sessions endpoint returns 1..100 sessions per request."""


def validate_batch_size(size: int) -> int:
    """Reject a batch size the API would refuse, naming the argument."""
    if isinstance(size, bool) or not isinstance(size, int):
        raise TypeError(f"size must be an int, not {type(size).__name__}")
    if not 1 <= size <= MAX_BATCH_SIZE:
        raise ValueError(f"size must be between 1 and {MAX_BATCH_SIZE}, got {size}")
    return size


class CursorLoop(ValueError):
    """The server sent back a cursor it had already sent in this listing: following it would
    repeat batches forever. The iterator raises it as `APIResponseValidationError`."""


class BatchCursor:
    """Walks the batches of one cursor listing: which cursor to send next, and when to stop.

    The first request carries `start` (None: from the beginning; a cursor saved from an
    earlier run resumes there). It stops when an answer has no `nextCursor`. A `nextCursor`
    already seen in this listing (the one just sent, or any earlier one: A, B, A, B...) raises
    `CursorLoop`: a server bug that would otherwise loop forever.

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
        self._seen: set[str] = {start} if start else set()  # a server that sends it back loops
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
        if not isinstance(next_cursor, str) or not next_cursor:
            self._done = True
            return
        if next_cursor in self._seen:
            self._done = True
            raise CursorLoop(
                f"batch {self.batches_fetched} sent back nextCursor {_shorten(next_cursor)!r}, already"
                f" followed in this listing (after {len(self._seen)} cursors): the listing would loop"
            )
        self._seen.add(next_cursor)
        self._cursor = next_cursor


def _shorten(cursor: str, limit: int = 40) -> str:
    return cursor if len(cursor) <= limit else cursor[:limit] + "..."
