"""The one harness of the resource tests: a mocked CloudConnexa (token endpoint, recorded API
requests, queued replies), the sync and async clients over it, and the shared assertions.

Two ways in, both on the same `Recorder`:
- fixtures: `client` (parametrised sync/async x API version; the async client is driven
  through a blocking portal so each test is written once) and `recorder`;
- `run(kind, version, call, *replies)`, for tests that choose kind and version themselves
  with `pytest.mark.parametrize("kind", KINDS)` (which overrides the fixtures of that name).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import anyio.from_thread
import httpx
import pytest

from cloudconnexa._async._client import AsyncClient
from cloudconnexa._async._paginator import AsyncPaginator
from cloudconnexa._sync._client import Client

BASE_URL = "http://127.0.0.1:9"
TOKEN = {"access_token": "t", "token_type": "bearer", "expires_in": 3600}
KINDS = ["sync", "async"]
VERSIONS = ["1.0", "1.1.0", "1.2.3"]

ALL = {"page": "0", "size": "1000"}
"""The query of a listing read in one page of the maximum size."""
ID_G0, ID_G1, ID_U1, ID_D1, ID_P1, ID_L1, ID_A1, ID_N1 = (
    f"00000000-0000-4000-8000-0000000000{n}" for n in ("a0", "a1", "b1", "c1", "d1", "e1", "f1", "01")
)

Reply = httpx.Response | tuple[int, Any]
"""A queued API answer: a response, or (status, JSON value / text / None for no body)."""


# ---------------------------------------------------------------- the mocked API


def ok(payload: Any = None, status: int = 200) -> httpx.Response:
    """A response with `payload` as JSON, as text (a str), or no body (None)."""
    if payload is None:
        return httpx.Response(status)
    if isinstance(payload, str):
        return httpx.Response(status, text=payload)
    return httpx.Response(status, json=payload)


def page_body(*records: Any, size: int = 1000) -> dict[str, Any]:
    """A one-page listing answer holding `records`."""
    return {"content": list(records), "page": 0, "size": size, "numberOfElements": len(records),
            "totalElements": len(records), "totalPages": 1}  # fmt: skip


def page(*records: dict[str, Any]) -> httpx.Response:
    """A one-page listing answer of the maximum page size."""
    return ok(page_body(*records))


class Recorder:
    """A MockTransport handler: answers the token endpoint, records API requests, replies
    with the next queued `Reply` (then 204)."""

    def __init__(self, *replies: Reply) -> None:
        self.requests: list[httpx.Request] = []
        self.replies: list[Reply] = list(replies)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/oauth/token":
            return httpx.Response(200, json=TOKEN)
        self.requests.append(request)
        if not self.replies:
            return httpx.Response(204)
        reply = self.replies.pop(0)
        if isinstance(reply, httpx.Response):
            # A fresh copy: the case tables share their replies between runs.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        status, payload = reply
        return ok(payload, status)


def client_options(version: str) -> dict[str, Any]:
    return {"client_id": "id", "client_secret": "secret", "api_version": version}


# ---------------------------------------------------------------- fixtures: `client`, `recorder`


class ViaPortal:
    """Exposes an async client's namespaces as blocking calls, so each test is written once."""

    def __init__(self, target: Any, portal: Any) -> None:
        self._target, self._portal = target, portal

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return ViaPortal(value, self._portal)

        def call(*args: Any, **kwargs: Any) -> Any:
            async def run() -> Any:
                result = value(*args, **kwargs)
                return await result if inspect.isawaitable(result) else result

            result = self._portal.call(run)
            return ViaPortal(result, self._portal) if isinstance(result, AsyncPaginator) else result

        return call


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(kind: str, version: str, recorder: Recorder) -> Iterator[Any]:
    transport = httpx.MockTransport(recorder)
    if kind == "sync":
        http_sync = httpx.Client(transport=transport)
        with Client(BASE_URL, http_client=http_sync, **client_options(version)) as sync_client:
            yield sync_client
        http_sync.close()
        return
    with anyio.from_thread.start_blocking_portal("asyncio") as portal:
        http = httpx.AsyncClient(transport=transport)
        aclient = AsyncClient(BASE_URL, http_client=http, **client_options(version))
        yield ViaPortal(aclient, portal)
        portal.call(aclient.aclose)
        portal.call(http.aclose)


# ---------------------------------------------------------------- `run`: one call, one client


def run(kind: str, version: str, call: Callable[[Any], Any], *replies: httpx.Response) -> Any:
    """`call(client)` on a sync or async client whose API answers `replies` in turn (then
    204); awaits and iterators are resolved. Returns (result, API requests sent)."""
    recorder = Recorder(*replies)
    transport = httpx.MockTransport(recorder)
    if kind == "sync":
        with httpx.Client(transport=transport) as http:
            with Client(BASE_URL, http_client=http, **client_options(version)) as client:
                result = call(client)
                if hasattr(result, "__iter__") and not isinstance(result, (str, list, dict)):
                    result = list(result)
                return result, recorder.requests

    async def main() -> Any:
        async with httpx.AsyncClient(transport=transport) as http:
            async with AsyncClient(BASE_URL, http_client=http, **client_options(version)) as client:
                result = call(client)
                if inspect.isawaitable(result):
                    return await result
                return [x async for x in result] if hasattr(result, "__aiter__") else result

    return anyio.run(main), recorder.requests


# ---------------------------------------------------------------- assertions


def sent(request: httpx.Request) -> tuple[str, str, dict[str, str], Any]:
    """(method, path, query, JSON body or None) of a request."""
    body = json.loads(request.content) if request.content else None
    return request.method, request.url.path, dict(request.url.params), body


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


def table(cases: list[tuple[Any, ...]]) -> Callable[[Callable[..., None]], Any]:
    """Parametrise a test over (kind, version, case); a case is (id, call, reply, request,
    result), for `run_case`."""
    by_case = pytest.mark.parametrize(
        ("call", "reply", "request_", "expected"), [c[1:] for c in cases], ids=[c[0] for c in cases]
    )

    def parametrise(test: Callable[..., None]) -> Any:
        return by_case(pytest.mark.parametrize("version", VERSIONS)(pytest.mark.parametrize("kind", KINDS)(test)))

    return parametrise


def run_case(kind: str, version: str, call: Any, reply: Any, request_: Any, expected: Any) -> None:
    """One `table` case: exactly one request, as described, and the result as expected."""
    result, requests = run(kind, version, call, reply)
    (request,) = requests
    check(request, *request_)
    assert summary(result) == expected


def case(name: str, call: Callable[[Any], Any], request: tuple[str, str, dict[str, str], Any],
         reply: tuple[int, Any], check: Callable[[Any], bool]) -> Any:  # fmt: skip
    """One method: what it must send (method, path, query, JSON body) and make of the reply."""
    return pytest.param(call, request, reply, check, id=name)


def assert_request_and_result(
    client: Any, recorder: Recorder, call: Callable[[Any], Any],
    request_sent: tuple[str, str, dict[str, str], Any], reply: tuple[int, Any],
    check: Callable[[Any], bool],
) -> None:  # fmt: skip
    """A `case`: `call(client)` sends exactly `request_sent` and `check`s the parsed reply."""
    recorder.replies.append(reply)
    result = call(client)
    assert [sent(r) for r in recorder.requests] == [request_sent]
    assert check(result), result


def assert_refused(
    client: Any, recorder: Recorder, call: Callable[[Any], Any], error: type[Exception], field: str
) -> None:
    """`call(client)` raises `error` naming `field`, and nothing reaches the API."""
    with pytest.raises(error, match=field):
        call(client)
    assert recorder.requests == []
