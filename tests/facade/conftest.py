"""Fixtures for façade tests: a mocked CloudConnexa behind respx, and one test body for
both clients (the async client runs through an anyio blocking portal)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import anyio.from_thread
import httpx
import pytest
import respx

from cloudconnexa._async._client import AsyncClient
from cloudconnexa._sync._client import Client

BASE_URL = "http://127.0.0.1:9"
TOKEN = {"access_token": "t0k3n", "token_type": "bearer", "expires_in": 3600}


class FakeListing:
    """A paged listing served like CloudConnexa: `page` from 0, `size` 1..1000."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = int(request.url.params.get("page", 0))
        size = int(request.url.params.get("size", 10))
        content = self.records[page * size : (page + 1) * size]
        return httpx.Response(200, json={
            "content": content, "page": page, "size": size, "numberOfElements": len(content),
            "totalElements": len(self.records),
            "totalPages": math.ceil(len(self.records) / size),
        })  # fmt: skip


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        router.post("/api/v1/oauth/token").respond(200, json=TOKEN)
        yield router


class PortalClient:
    """Runs an AsyncClient's coroutine methods (and async iterators) from sync test code."""

    def __init__(self, target: Any, portal: anyio.from_thread.BlockingPortal) -> None:
        self._target, self._portal = target, portal

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):
            return lambda *args, **kwargs: self._wrap(value(*args, **kwargs))
        if hasattr(value, "_client"):  # a resource namespace
            return PortalClient(value, self._portal)
        return value

    def _wrap(self, result: Any) -> Any:
        if hasattr(result, "__await__"):
            return self._portal.call(lambda: result)
        if hasattr(result, "__aiter__"):
            return PortalIterable(result, self._portal)
        return result


class PortalIterable:
    def __init__(self, target: Any, portal: anyio.from_thread.BlockingPortal) -> None:
        self._target, self._portal = target, portal

    def __iter__(self) -> Iterator[Any]:
        async def collect() -> list[Any]:
            return [item async for item in self._target]

        return iter(self._portal.call(collect))

    def pages(self) -> list[Any]:
        async def collect() -> list[Any]:
            return [page async for page in self._target.pages()]

        return self._portal.call(collect)

    def to_list(self) -> list[Any]:
        return list(self)


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """`make_client(api_version="1.0")` -> a Client, or an AsyncClient behind a portal."""
    created: list[Any] = []
    if request.param == "sync":

        def make(**kwargs: Any) -> Any:
            client = Client(BASE_URL, client_id="id", client_secret="s3cr3t", **kwargs)
            created.append(client)
            return client

        yield make
        for client in created:
            client.close()
        return
    with anyio.from_thread.start_blocking_portal("asyncio") as portal:

        def make_async(**kwargs: Any) -> Any:
            client = AsyncClient(BASE_URL, client_id="id", client_secret="s3cr3t", **kwargs)
            created.append(client)
            return PortalClient(client, portal)

        yield make_async
        for client in created:
            portal.call(client.aclose)


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content)
