"""`client.sessions` and the cursor policy: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from cloudconnexa import APIResponseValidationError
from cloudconnexa._cursor import BatchCursor, validate_batch_size

from .conftest import KINDS, VERSIONS, check, ok, run

# ---------------------------------------------------------------- tests

P = "/api/v1/sessions"


def batch(ids: list[str], cursor: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"sessions": [{"id": i, "status": "ACTIVE"} for i in ids]}
    return ok(body if cursor is None else {**body, "nextCursor": cursor})


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_list_follows_next_cursor_until_there_is_none(kind, version):
    start = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    result, sent = run(
        kind,
        version,
        lambda c: c.sessions.list(start_date=start, status="ACTIVE", return_only_new=True, size=2),
        batch(["s1", "s2"], "c1"),
        batch(["s3", "s4"], "c2"),
        batch(["s5"]),
    )
    assert [session.id for session in result] == ["s1", "s2", "s3", "s4", "s5"]
    query = {
        "startDate": "2024-05-01T00:00:00+00:00",
        "status": "ACTIVE",
        "returnOnlyNew": "true",
        "size": "2",
    }
    check(sent[0], "GET", P, query)
    check(sent[1], "GET", P, {**query, "cursor": "c1"})
    check(sent[2], "GET", P, {**query, "cursor": "c2"})


@pytest.mark.parametrize("kind", KINDS)
def test_defaults_and_a_repeated_cursor_is_an_error(kind):
    replies = (batch(["s1"], "c1"), batch(["s2"], "c1"))
    with pytest.raises(APIResponseValidationError, match="nextCursor 'c1', already followed"):
        run(kind, "1.1.0", lambda c: c.sessions.list(), *replies)
    result, sent = run(kind, "1.1.0", lambda c: c.sessions.list(), batch(["s1"], "c1"), batch(["s2"], None))
    assert [session.id for session in result] == ["s1", "s2"]
    assert [dict(r.url.params) for r in sent] == [{"size": "100"}, {"size": "100", "cursor": "c1"}]


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_is_requested_until_iteration(kind):
    result, sent = run(kind, "1.1.0", lambda c: type(c.sessions.list()).__name__)
    assert sent == [] and result.endswith("SessionIterator")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"size": 0}, ValueError, "size must be between 1 and 100"),
        ({"size": 101}, ValueError, "size must be between 1 and 100"),
        ({"size": True}, TypeError, "size"),
        ({"start_date": "2024-05-01"}, TypeError, "start_date"),
        ({"end_date": 5}, TypeError, "end_date"),
        ({"return_only_new": "yes"}, TypeError, "return_only_new"),
    ],
)
def test_bad_filters_are_refused(kind, kwargs, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.1.0", lambda c: c.sessions.list(**kwargs))


@pytest.mark.parametrize(
    ("answers", "cursors_sent"),
    [
        ([None], [None]),
        (["", "x"], [None]),
        (["a", "b", None], [None, "a", "b"]),
        ([42], [None]),
    ],
)
def test_batch_cursor(answers, cursors_sent):
    cursor, sent_cursors = BatchCursor(), []
    for answer in answers:
        if cursor.done:
            break
        sent_cursors.append(cursor.cursor)
        cursor.advance(answer)
    assert cursor.done and sent_cursors == cursors_sent
    assert cursor.batches_fetched == len(cursors_sent)
    with pytest.raises(RuntimeError):
        cursor.advance("more")


def test_validate_batch_size():
    assert validate_batch_size(1) == 1 and validate_batch_size(100) == 100
