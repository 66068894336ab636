"""`client.audit_logs`: changes to the CloudConnexa configuration, read in cursor batches."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx

from cloudconnexa_generated.v1_2_3.models.audit_log_response import AuditLogResponse
from cloudconnexa_generated.v1_2_3.models.audit_logs_response import AuditLogsResponse

from ..._cursor import MAX_BATCH_SIZE, validate_batch_size
from ..._params import check_optional
from ..._parsing import parse_model
from .._cursor_iterator import AsyncCursorIterator
from .._resource import AsyncAPIResource

__all__ = ["MAX_AUDIT_LOG_WINDOW", "AsyncAuditLogIterator", "AsyncAuditLogs"]

MAX_AUDIT_LOG_WINDOW = datetime.timedelta(hours=24)
"""The API answers at most 24 hours of audit log per query (`end_date - start_date`)."""


class AsyncAuditLogIterator(AsyncCursorIterator[AuditLogsResponse, AuditLogResponse]):
    """Iterates every audit log record of a query, one batch (up to 100) at a time, lazily.

    Works like the sessions iterator (the same `AsyncCursorIterator`): nothing is requested
    until iteration starts, it follows `nextCursor` until the API sends none, iterating again
    starts over, and `resume_cursor` is where a later run continues (pass it as `cursor=`).

    Example:
        logs = aclient.audit_logs.list(start_date=since, cursor=saved)
        async for batch in logs.batches():
            save(batch.audit_logs)
            saved = logs.resume_cursor
    """

    def __init__(self, fetch_batch: Callable[[str | None], Any], *, start_cursor: str | None = None) -> None:
        super().__init__(fetch_batch, _records_of, _next_cursor_of, start_cursor=start_cursor)


def _records_of(batch: AuditLogsResponse) -> list[AuditLogResponse]:
    return batch.audit_logs if isinstance(batch.audit_logs, list) else []


def _next_cursor_of(batch: AuditLogsResponse) -> object:
    return batch.next_cursor


class AsyncAuditLogs(AsyncAPIResource):
    """The audit log (API v1.1.6+): who changed what, in cursor batches of up to 100.

    Without `start_date` the API returns the last day; one query spans at most 24 hours; how
    far back you can go depends on the subscription plan.

    Example:
        since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=6)
        async for record in aclient.audit_logs.list(start_date=since):
            print(record.timestamp, record.initiator_email, record.operation, record.entity_name)
    """

    def list(
        self,
        *,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        initiator_id: str | None = None,
        cursor: str | None = None,
        size: int = MAX_BATCH_SIZE,
    ) -> AsyncAuditLogIterator:
        """Every record matching the filters, fetched lazily `size` (1..100) at a time.

        `start_date` is inclusive, `end_date` exclusive, at most 24 hours apart;
        `initiator_id` keeps the changes of one user or system; `cursor` resumes an earlier
        query from the `resume_cursor` it saved.
        """
        start = check_optional(start_date, datetime.datetime, "start_date")
        end = check_optional(end_date, datetime.datetime, "end_date")
        if start is not None and end is not None and end - start > MAX_AUDIT_LOG_WINDOW:
            raise ValueError("end_date - start_date must be at most 24 hours (the API's maximum window)")
        filters: dict[str, Any] = {
            "start_date": start,
            "end_date": end,
            "initiator_id": check_optional(initiator_id, str, "initiator_id"),
        }
        filters = {name: value for name, value in filters.items() if value is not None}
        batch_size = validate_batch_size(size)

        async def fetch_batch(next_cursor: str | None) -> tuple[AuditLogsResponse, httpx.Response]:
            arguments = filters if next_cursor is None else {**filters, "cursor": next_cursor}
            response = await self._send("audit_logs.list_audit_logs", size=batch_size, **arguments)
            return parse_model(response, AuditLogsResponse), response

        return AsyncAuditLogIterator(fetch_batch, start_cursor=cursor)
