"""`client.sessions` and the cursor policy: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (the harness is repeated per file so
each file stands alone)."""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from cloudconnexa._async._client import AsyncClient
from cloudconnexa._cursor import BatchCursor, validate_batch_size
from cloudconnexa._sync._client import Client

# ---------------------------------------------------------------- harness (sync + async)

TOKEN = {"access_token": "t", "token_type": "bearer", "expires_in": 3600}
KINDS = ["sync", "async"]
VERSIONS = ["1.0", "1.1.0"]


def run(kind: str, version: str, call: Callable[[Any], Any], *replies: httpx.Response) -> Any:
    """`call(client)` on a sync or async client whose API answers `replies` in turn (then
    204); awaits and iterators are resolved. Returns (result, API requests sent)."""
    sent: list[httpx.Request] = []
    queue = list(replies)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/oauth/token":
            return httpx.Response(200, json=TOKEN)
        sent.append(request)
        if not queue:
            return httpx.Response(204)
        reply = queue.pop(0)  # a fresh copy: the case tables share their replies between runs
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    transport = httpx.MockTransport(handle)
    options: dict[str, Any] = {"client_id": "id", "client_secret": "secret", "api_version": version}
    if kind == "sync":
        with httpx.Client(transport=transport) as http:
            with Client("http://127.0.0.1:9", http_client=http, **options) as client:
                result = call(client)
                if hasattr(result, "__iter__") and not isinstance(result, (str, list, dict)):
                    result = list(result)
                return result, sent

    async def main() -> Any:
        async with httpx.AsyncClient(transport=transport) as http:
            async with AsyncClient("http://127.0.0.1:9", http_client=http, **options) as client:
                result = call(client)
                if inspect.isawaitable(result):
                    return await result
                return [x async for x in result] if hasattr(result, "__aiter__") else result

    return anyio.run(main), sent


def summary(result: Any) -> Any:
    """Models as their wire dicts, lists element-wise, plain values as they are."""
    if isinstance(result, list):
        return [summary(item) for item in result]
    return result.to_dict() if hasattr(result, "to_dict") else result


def check(request: httpx.Request, method: str, path: str, params: Any = None, body: Any = None) -> None:
    """The request has this method, path, query and body (JSON value or text)."""
    assert (request.method, request.url.path) == (method, path)
    assert dict(request.url.params) == (params or {})
    if request.headers.get("content-type", "").startswith("application/json"):
        assert json.loads(request.content) == body
    else:
        assert (request.content.decode() or None) == body


def ok(payload: Any = None, status: int = 200) -> httpx.Response:
    if payload is None:
        return httpx.Response(status)
    if isinstance(payload, str):
        return httpx.Response(status, text=payload)
    return httpx.Response(status, json=payload)


def page(*records: dict[str, Any]) -> httpx.Response:
    return ok(
        {
            "content": list(records),
            "page": 0,
            "size": 1000,
            "numberOfElements": len(records),
            "totalElements": len(records),
            "totalPages": 1,
        }
    )


ALL = {"page": "0", "size": "1000"}
ID_G0, ID_G1, ID_U1, ID_D1, ID_P1, ID_L1, ID_A1, ID_N1 = (
    f"00000000-0000-4000-8000-0000000000{n}" for n in ("a0", "a1", "b1", "c1", "d1", "e1", "f1", "01")
)


def table(cases: list[tuple[Any, ...]]) -> Any:
    """Parametrise over (kind, version, case); a case is (id, call, reply, request, result)."""
    return pytest.mark.parametrize(
        ("call", "reply", "request_", "expected"), [c[1:] for c in cases], ids=[c[0] for c in cases]
    )


def run_case(kind: str, version: str, call: Any, reply: Any, request_: Any, expected: Any) -> None:
    result, sent = run(kind, version, call, reply)
    (request,) = sent
    check(request, *request_)
    assert summary(result) == expected


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
def test_defaults_and_a_repeated_cursor_stops(kind):
    result, sent = run(kind, "1.1.0", lambda c: c.sessions.list(), batch(["s1"], "c1"), batch(["s2"], "c1"))
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
        (["a", "a"], [None, "a"]),
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
