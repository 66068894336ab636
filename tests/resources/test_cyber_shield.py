"""`client.cyber_shield`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (the harness is repeated per file so
each file stands alone)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from cloudconnexa._async._client import AsyncClient
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

OPS = "/api/v1/cybershield/"
ENTRIES = [{"domain": "evil.example", "comment": "CVE-1"}]

CASES = [
    (
        "add_allowed",
        lambda c: c.cyber_shield.add_allowed_domains({"evil.example": "CVE-1"}),
        ok(),
        ("POST", OPS + "allow-list-add-domains", None, {"domainAndComments": ENTRIES}),
        None,
    ),
    (
        "add_blocked",
        lambda c: c.cyber_shield.add_blocked_domains(ENTRIES),
        ok(),
        ("POST", OPS + "block-list-add-domains", None, {"domainAndComments": ENTRIES}),
        None,
    ),
    (
        "remove_allowed",
        lambda c: c.cyber_shield.remove_allowed_domains(["a.example", "b.example"]),
        ok(),
        ("POST", OPS + "allow-list-remove-domains", None, {"domains": ["a.example", "b.example"]}),
        None,
    ),
    (
        "remove_blocked",
        lambda c: c.cyber_shield.remove_blocked_domains(("evil.example",)),
        ok(),
        ("POST", OPS + "block-list-remove-domains", None, {"domains": ["evil.example"]}),
        None,
    ),
]


@table(CASES)
@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_cyber_shield(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (
            lambda c: c.cyber_shield.remove_blocked_domains("evil.example"),
            TypeError,
            "single string",
        ),
        (lambda c: c.cyber_shield.remove_allowed_domains([]), ValueError, "at least one"),
        (lambda c: c.cyber_shield.remove_allowed_domains(["ok", ""]), ValueError, "empty domain"),
        (lambda c: c.cyber_shield.add_allowed_domains("evil.example"), TypeError, "not a string"),
        (lambda c: c.cyber_shield.add_blocked_domains({}), ValueError, "1 to 1000"),
        (
            lambda c: c.cyber_shield.add_blocked_domains({f"d{i}.example": "" for i in range(1001)}),
            ValueError,
            "1 to 1000",
        ),
        (lambda c: c.cyber_shield.add_blocked_domains([42]), TypeError, r"domains\[0\]"),
    ],
)
def test_bad_domain_lists_are_refused_before_any_request(kind, call, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.1.0", call)
