"""The v1.0 compatibility shim: pure parts shared by the sync and async resources.

API v1.1.0 added two single-record reads, `GET /dns-records/{id}` and `GET /user-groups/{id}`.
On a v1.0 server the SDK emulates them by scanning the listing with the largest page size
(1000) and stopping at the page that holds the id: a record at position p costs
ceil(p / 1000) requests, and an absent id costs one full listing. `get_many` looks for k ids
in that same single scan.

v1.1.0 also slimmed the host IP-service DTO (no `type`, no `routes`). User code written for
v1.1.0 sends `HostIpServiceRequest` fields; on v1.0 `host_ip_service_body_for_v1_0` adds what
the v1.0 `ServiceRequest` carries, and v1.0 answers are read into the v1.1.0 models (the
extra `type`/`routes` stay available in `additional_properties`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._exceptions import NotFoundError

__all__ = [
    "HOST_IP_SERVICE_V1_0_DEFAULT_TYPE",
    "IdScan",
    "host_ip_service_body_for_v1_0",
    "not_found",
]

HOST_IP_SERVICE_V1_0_DEFAULT_TYPE = "SERVICE_DESTINATION"
"""v1.0's `ServiceRequest.type` for a host IP service: a host publishes services (the
destination side); `IP_SOURCE` describes networks' egress traffic."""


class _HasId(Protocol):
    @property
    def id(self) -> Any: ...


RecordT = TypeVar("RecordT", bound=_HasId)


class IdScan(Generic[RecordT]):
    """Collects records with wanted ids from pages fed in order; says when to stop.

    Example:
        scan = IdScan(["a", "b"])
        for page in pages:
            if scan.feed(page.items):
                break
        records = scan.ordered()     # raises NotFoundError for ids never seen
    """

    def __init__(self, ids: Sequence[str]) -> None:
        self._ids = list(ids)
        self._missing = {_normalize_id(record_id) for record_id in self._ids}
        self._found: dict[str, RecordT] = {}

    @property
    def done(self) -> bool:
        return not self._missing

    def feed(self, records: Iterable[RecordT]) -> bool:
        """Take one page of records; True once every wanted id has been seen."""
        for record in records:
            record_id = _normalize_id(record.id)
            if record_id in self._missing:
                self._found[record_id] = record
                self._missing.discard(record_id)
        return self.done

    def ordered(self, *, resource: str, request: httpx.Request) -> list[RecordT]:
        """The records in the order of the ids asked for, or NotFoundError naming the absent."""
        if self._missing:
            absent = [i for i in self._ids if _normalize_id(i) in self._missing]
            raise not_found(resource, absent, request)
        return [self._found[_normalize_id(record_id)] for record_id in self._ids]


def _normalize_id(value: object) -> str:
    """Ids compare as text; UUIDs in canonical form (a caller may pass a `uuid.UUID` or write
    one in upper case, while models hold ids as the text the server sent)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    text = str(value)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return text


def not_found(resource: str, ids: Sequence[str], request: httpx.Request) -> NotFoundError:
    """The NotFoundError a v1.1.0 server would raise, for ids a v1.0 scan did not find."""
    shown = ", ".join(repr(i) for i in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    body = {"errorMessage": f"{resource} not found: {shown}", "statusError": "NOT_FOUND"}
    response = httpx.Response(404, json=body, request=request)
    return NotFoundError(
        f"404 Not Found: {resource} {shown} (searched the whole listing: API v1.0 has no single-record read)",
        response=response,
        body=body,
    )


def host_ip_service_body_for_v1_0(body: Mapping[str, Any]) -> dict[str, Any]:
    """A v1.1.0 `HostIpServiceRequest` (wire dict) as the v1.0 `ServiceRequest` it replaced.

    v1.0 carries routing information that v1.1.0 removed as redundant for hosts: `routes`
    is sent empty and `type` as SERVICE_DESTINATION unless the caller set them (a v1.0
    `ServiceRequest` passed as `body=` keeps its own values).
    """
    converted = dict(body)
    converted.setdefault("type", HOST_IP_SERVICE_V1_0_DEFAULT_TYPE)
    converted.setdefault("routes", [])
    return converted
