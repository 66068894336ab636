"""`client.sessions` and the cursor policy: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import datetime
from typing import Any

import anyio
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


# ---------------------------------------------------------------- resuming from a saved cursor


@pytest.mark.parametrize("kind", KINDS)
def test_list_starts_from_a_saved_cursor(kind):
    result, sent = run(kind, "1.1.0", lambda c: c.sessions.list(cursor="c1", size=2), batch(["s3"]))
    assert [session.id for session in result] == ["s3"]
    assert dict(sent[0].url.params) == {"size": "2", "cursor": "c1"}


@pytest.mark.parametrize(("cursor", "error"), [(3, TypeError), ("", ValueError)])
def test_a_bad_start_cursor_is_refused_naming_it(cursor, error):
    with pytest.raises(error, match="cursor"):
        BatchCursor(cursor)


BATCHES = {None: (["s1", "s2"], "c1"), "c1": (["s3", "s4"], "c2"), "c2": (["s5"], None)}


def _iterator(kind: str, start: str | None = None) -> Any:
    from cloudconnexa._async._cursor_iterator import AsyncCursorIterator
    from cloudconnexa._sync._cursor_iterator import CursorIterator

    # A fetcher returns the batch and the response it came in (named in cursor-loop errors).
    def fetch(cursor: str | None) -> tuple[tuple[list[str], str | None], httpx.Response]:
        return BATCHES[cursor], httpx.Response(200)

    async def afetch(cursor: str | None) -> tuple[tuple[list[str], str | None], httpx.Response]:
        return BATCHES[cursor], httpx.Response(200)

    cls, fetcher = (CursorIterator, fetch) if kind == "sync" else (AsyncCursorIterator, afetch)
    return cls(fetcher, lambda b: b[0], lambda b: b[1], start_cursor=start)


def _consume(kind: str, iterator: Any, stop_after: int | None) -> list[tuple[str, str | None]]:
    """(record, resume_cursor seen after receiving it) for the first `stop_after` records."""

    async def collect() -> list[tuple[str, str | None]]:
        seen = []
        async for item in iterator:
            seen.append((item, iterator.resume_cursor))
            if len(seen) == stop_after:
                break
        return seen

    if kind == "async":
        return anyio.run(collect)
    seen = []
    for item in iterator:
        seen.append((item, iterator.resume_cursor))
        if len(seen) == stop_after:
            break
    return seen


@pytest.mark.parametrize("kind", KINDS)
def test_resume_cursor_moves_past_a_batch_once_its_last_record_is_handed_out(kind):
    iterator = _iterator(kind)
    assert iterator.resume_cursor is None and not iterator.exhausted
    seen = _consume(kind, iterator, None)
    assert seen == [("s1", None), ("s2", "c1"), ("s3", "c1"), ("s4", "c2"), ("s5", None)]
    assert iterator.exhausted


@pytest.mark.parametrize("kind", KINDS)
def test_a_run_stopped_mid_batch_resumes_that_batch_and_loses_nothing(kind):
    first = _iterator(kind)
    got = [record for record, _ in _consume(kind, first, 3)]  # s1 s2 | s3 (batch c1 cut short)
    assert got == ["s1", "s2", "s3"] and first.resume_cursor == "c1" and not first.exhausted
    second = _iterator(kind, start=first.resume_cursor)
    rest = [record for record, _ in _consume(kind, second, None)]
    assert rest == ["s3", "s4", "s5"]  # the cut batch again, then on: nothing lost
    assert second.resume_cursor is None and second.exhausted


def test_batches_count_as_consumed_once_yielded():
    iterator = _iterator("sync", start="c1")
    cursors = [iterator.resume_cursor for _ in iterator.batches()]
    assert cursors == ["c2", None]
