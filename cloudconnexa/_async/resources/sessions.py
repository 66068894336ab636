"""`client.sessions`: OpenVPN sessions, read in cursor batches."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx

from cloudconnexa_generated.v1_2_3.models.session_response import SessionResponse
from cloudconnexa_generated.v1_2_3.models.sessions_response import SessionsResponse

from ..._cursor import MAX_BATCH_SIZE, validate_batch_size
from ..._params import check_optional
from ..._parsing import parse_model
from .._cursor_iterator import AsyncCursorIterator
from .._resource import AsyncAPIResource

__all__ = ["AsyncSessionIterator", "AsyncSessions"]


class AsyncSessionIterator(AsyncCursorIterator[SessionsResponse, SessionResponse]):
    """Iterates every session of a query, fetching one batch (up to 100) at a time, lazily.

    Nothing is requested until iteration starts. It follows `nextCursor` until the API sends
    none. Iterating again starts the query again from its first batch (or from `cursor=`).
    `resume_cursor` is where a later run continues (see `AsyncCursorIterator`).

    Example:
        async for session in aclient.sessions.list(status="ACTIVE"):
            print(session.user_name, session.region)
    """

    def __init__(self, fetch_batch: Callable[[str | None], Any], *, start_cursor: str | None = None) -> None:
        super().__init__(fetch_batch, _sessions_of, _next_cursor_of, start_cursor=start_cursor)


def _sessions_of(batch: SessionsResponse) -> list[SessionResponse]:
    return batch.sessions if isinstance(batch.sessions, list) else []


def _next_cursor_of(batch: SessionsResponse) -> object:
    return batch.next_cursor


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
        cursor: str | None = None,
    ) -> AsyncSessionIterator:
        """Every session matching the filters, fetched lazily `size` (1..100) at a time.

        `start_date` is inclusive, `end_date` exclusive; `return_only_new=True` returns only
        sessions created in the range (no duplicates across batches). `cursor` resumes a
        listing where an earlier run stopped: pass the `resume_cursor` it saved, with the
        same filters.
        """
        filters: dict[str, Any] = {
            "start_date": check_optional(start_date, datetime.datetime, "start_date"),
            "end_date": check_optional(end_date, datetime.datetime, "end_date"),
            "status": check_optional(status, str, "status"),
            "return_only_new": check_optional(return_only_new, bool, "return_only_new"),
        }
        filters = {name: value for name, value in filters.items() if value is not None}
        batch_size = validate_batch_size(size)

        async def fetch_batch(batch_cursor: str | None) -> tuple[SessionsResponse, httpx.Response]:
            arguments = filters if batch_cursor is None else {**filters, "cursor": batch_cursor}
            response = await self._send("sessions.list_sessions", size=batch_size, **arguments)
            return parse_model(response, SessionsResponse), response

        return AsyncSessionIterator(fetch_batch, start_cursor=cursor)
