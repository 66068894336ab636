"""`client.sessions`: OpenVPN sessions, read in cursor batches."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from cloudconnexa_generated.v1_1_0.models.session_response import SessionResponse
from cloudconnexa_generated.v1_1_0.models.sessions_response import SessionsResponse

from ..._cursor import MAX_BATCH_SIZE, BatchCursor, CursorLoop, validate_batch_size
from ..._exceptions import APIResponseValidationError
from ..._parsing import parse_model
from .._resource import AsyncAPIResource

__all__ = ["AsyncSessionIterator", "AsyncSessions"]


class AsyncSessionIterator:
    """Iterates every session of a query, fetching one batch (up to 100) at a time, lazily.

    Nothing is requested until iteration starts. It follows `nextCursor` until the API sends
    none. Iterating again starts the query again from the first batch.

    Example:
        async for session in aclient.sessions.list(status="ACTIVE"):
            print(session.user_name, session.region)
    """

    def __init__(self, fetch_batch: Callable[[str | None], Any]) -> None:
        # `Any`: the callable is a coroutine function here and a plain one in the sync twin.
        self._fetch_batch = fetch_batch

    async def batches(self) -> AsyncIterator[SessionsResponse]:
        """Yield whole batches as the API sent them (`sessions`, `next_cursor`)."""
        cursor = BatchCursor()
        while not cursor.done:
            batch, response = await self._fetch_batch(cursor.cursor)
            try:
                cursor.advance(batch.next_cursor)
            except CursorLoop as exc:
                raise APIResponseValidationError(response, str(exc)) from None
            yield batch

    async def __aiter__(self) -> AsyncIterator[SessionResponse]:
        async for batch in self.batches():
            for session in batch.sessions if isinstance(batch.sessions, list) else []:
                yield session

    async def to_list(self) -> list[SessionResponse]:
        """Every session of the query in one list."""
        return [session async for session in self]


def _check_date(value: object, name: str) -> datetime.datetime | None:
    if value is None or isinstance(value, datetime.datetime):
        return value
    raise TypeError(f"{name} must be a datetime.datetime, not {type(value).__name__}")


class AsyncSessions(AsyncAPIResource):
    """OpenVPN sessions: `list` (cursor batches of up to 100, followed automatically).

    The API keeps 30 days of history; without `start_date` it returns the last day.

    Example:
        since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=6)
        async for session in aclient.sessions.list(start_date=since, return_only_new=True):
            print(session.id, session.status)
    """

    def list(
        self,
        *,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        status: str | None = None,
        return_only_new: bool | None = None,
        size: int = MAX_BATCH_SIZE,
    ) -> AsyncSessionIterator:
        """Every session matching the filters, fetched lazily `size` (1..100) at a time.

        `start_date` is inclusive, `end_date` exclusive; `return_only_new=True` returns only
        sessions created in the range (no duplicates across batches).
        """
        filters: dict[str, Any] = {
            "start_date": _check_date(start_date, "start_date"),
            "end_date": _check_date(end_date, "end_date"),
            "status": status,
            "return_only_new": return_only_new,
        }
        if status is not None and not isinstance(status, str):
            raise TypeError(f"status must be a str, not {type(status).__name__}")
        if return_only_new is not None and not isinstance(return_only_new, bool):
            raise TypeError(f"return_only_new must be a bool, not {type(return_only_new).__name__}")
        filters = {name: value for name, value in filters.items() if value is not None}
        batch_size = validate_batch_size(size)

        async def fetch_batch(cursor: str | None) -> tuple[SessionsResponse, httpx.Response]:
            arguments = filters if cursor is None else {**filters, "cursor": cursor}
            response = await self._send("sessions.list_sessions", size=batch_size, **arguments)
            return parse_model(response, SessionsResponse), response

        return AsyncSessionIterator(fetch_batch)
