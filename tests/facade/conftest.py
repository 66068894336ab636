"""Fixtures for façade tests: a mocked CloudConnexa behind respx; `make_client` builds
either client (see tests/conftest.py)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx

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


@pytest.fixture
def make_client(client_factory: Callable[..., Any]) -> Callable[..., Any]:
    """`make_client(api_version="1.0")` -> a client of the mocked API (sync or async)."""

    def make(**kwargs: Any) -> Any:
        return client_factory(BASE_URL, client_id="id", client_secret="s3cr3t", **kwargs)

    return make


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content)
