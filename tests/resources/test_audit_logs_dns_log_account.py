"""`client.audit_logs` (cursor batches), `client.dns_log.list` (pages) and `client.account`:
the request sent and the value returned, sync and async (harness: conftest.py)."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

import httpx
import pytest

import cloudconnexa

from .conftest import KINDS, check, ok, run

A = "/api/v1/audit-log"
START = datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC)


def batch(ids: list[str], cursor: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"auditLogs": [{"id": i, "operation": "UPDATE", "initiatorEmail": "a@b.c"} for i in ids]}
    return ok(body if cursor is None else {**body, "nextCursor": cursor})


@pytest.mark.parametrize("version", ["1.1.6", "1.2.3"])
@pytest.mark.parametrize("kind", KINDS)
def test_audit_logs_follow_next_cursor_with_the_time_filters(kind, version):
    end = START + datetime.timedelta(hours=12)
    result, sent = run(
        kind, version,
        lambda c: c.audit_logs.list(start_date=START, end_date=end, initiator_id="ada@example.com", size=2),
        batch(["a1", "a2"], "c1"), batch(["a3"]),
    )  # fmt: skip
    assert [record.id for record in result] == ["a1", "a2", "a3"]
    query = {"startDate": "2026-05-01T00:00:00+00:00", "endDate": "2026-05-01T12:00:00+00:00",
             "initiatorId": "ada@example.com", "size": "2"}  # fmt: skip
    check(sent[0], "GET", A, query)
    check(sent[1], "GET", A, {**query, "cursor": "c1"})


@pytest.mark.parametrize("kind", KINDS)
def test_audit_logs_resume_from_a_cursor_and_expose_batches(kind):
    result, sent = run(
        kind, "1.2.3",
        lambda c: c.audit_logs.list(cursor="c7").batches(),
        batch(["a8"], "c8"), batch(["a9"]),
    )  # fmt: skip
    assert [b.next_cursor if isinstance(b.next_cursor, str) else None for b in result] == ["c8", None]
    assert [dict(r.url.params) for r in sent] == [{"size": "100", "cursor": "c7"}, {"size": "100", "cursor": "c8"}]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({"start_date": START, "end_date": START + datetime.timedelta(hours=25)}, ValueError, "24 hours"),
        ({"start_date": "2026-05-01"}, TypeError, "start_date"),
        ({"initiator_id": 5}, TypeError, "initiator_id"),
        ({"size": 101}, ValueError, "size"),
    ],
)
def test_audit_logs_misuse_refused_before_any_request(kind, arguments, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.2.3", lambda c: c.audit_logs.list(**arguments))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", ["1.0", "1.1.1"])
def test_audit_logs_refused_before_1_1_6(kind, version):
    with pytest.raises(cloudconnexa.UnsupportedByAPIVersion, match=r"audit_logs\.list_audit_logs needs .*v1\.1\.6"):
        run(kind, version, lambda c: c.audit_logs.list().to_list())


ROW = {"time": 1731412800000, "domain": "example.com", "memberId": "ada@acme", "internalDomain": False,
       "allowedCount": 23, "blockedCount": 0, "failedCount": 0}  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", ["1.0", "1.1.0", "1.2.3"])
def test_dns_log_listing_pages(kind, version):
    """Documented since v1.0 (its page exists), so served on every version."""
    hour = datetime.datetime(2024, 11, 8, 14, tzinfo=datetime.UTC)
    page = {"content": [ROW], "page": 0, "size": 100, "numberOfElements": 1, "totalElements": 1, "totalPages": 1}
    rows, (request,) = run(kind, version, lambda c: c.dns_log.list(start_hour=hour, hours_back=2, page_size=100),
                           ok(page))  # fmt: skip
    check(request, "GET", "/api/v1/dns-log/user-dns-resolutions/page",
          {"startHour": "2024-11-08T14:00:00+00:00", "hoursBack": "2", "page": "0", "size": "100"})  # fmt: skip
    assert [(r.member_id, r.allowed_count) for r in rows] == [("ada@acme", 23)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({"start_hour": "2024-11-08T14:00:00Z"}, TypeError, "start_hour"),
        ({"start_hour": START, "hours_back": 3}, ValueError, "hours_back"),
        ({"start_hour": START, "page_size": 5}, ValueError, "page_size"),
    ],
)
def test_dns_log_misuse_refused(kind, arguments, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.2.3", lambda c: c.dns_log.list(**arguments))


@pytest.mark.parametrize("kind", KINDS)
def test_account_create_cloud_id_keeps_the_secret_out_of_reprs(kind):
    answer = ok({"clientId": "new-id", "clientSecret": "s3cr3t-value"})
    credentials, (request,) = run(kind, "1.2.3", lambda c: c.account.create_cloud_id("acme-lab"), answer)
    check(request, "POST", "/api/v1/account/cloud-id", {"id": "acme-lab"})
    assert (credentials.cloud_id, credentials.client_id) == ("acme-lab", "new-id")
    assert credentials.client_secret.get_secret_value() == "s3cr3t-value"
    assert "s3cr3t" not in repr(credentials) and "s3cr3t" not in str(credentials)


@pytest.mark.parametrize("kind", KINDS)
def test_account_answer_without_credentials_is_a_validation_error(kind):
    with pytest.raises(cloudconnexa.APIResponseValidationError, match="clientId and clientSecret"):
        run(kind, "1.2.3", lambda c: c.account.create_cloud_id("acme-lab"), ok({"clientId": "x"}))


def test_unsupported_error_pickles_and_names_the_operation():
    error = cloudconnexa.UnsupportedByAPIVersion("user.suspend_user", api_version="1.0", introduced_in="1.1.1")
    clone = pickle.loads(pickle.dumps(error))
    assert (clone.operation, clone.api_version, clone.introduced_in) == ("user.suspend_user", "1.0", "1.1.1")
    assert str(clone) == str(error) and isinstance(clone, cloudconnexa.CloudConnexaError)
