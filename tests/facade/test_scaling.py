"""Issue 14 item 3: several small pools beyond 10 connections; pending async calls wait
for a place before their request is built (memory per pending call)."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

import cloudconnexa
from cloudconnexa._pool import ShardedAsyncTransport, ShardedTransport

from .conftest import BASE_URL, TOKEN

A = str(uuid.UUID(int=3))


@pytest.mark.parametrize(("bound", "pools"), [(100, [10] * 10), (25, [10, 10, 5]), (11, [10, 1])])
def test_beyond_ten_connections_the_pool_is_sharded(bound, pools):
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", max_concurrency=bound) as client:
        inner = client.http_client._transport.transport
        assert isinstance(inner, ShardedTransport)
        assert [p._pool._max_connections for p in inner.pools] == pools
    aclient = cloudconnexa.AsyncClient(BASE_URL, client_id="i", client_secret="s", max_concurrency=bound)
    inner = aclient.http_client._transport.transport
    assert isinstance(inner, ShardedAsyncTransport)
    assert sum(p._pool._max_connections for p in inner.pools) == bound
    asyncio.run(aclient.aclose())


def test_up_to_ten_connections_one_pool():
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", max_concurrency=10) as client:
        assert isinstance(client.http_client._transport.transport, httpx.HTTPTransport)


def test_pending_async_calls_build_no_request_until_admitted():
    async def main() -> None:
        release = asyncio.Event()
        reached = 0

        async def handler(request: httpx.Request) -> httpx.Response:
            nonlocal reached
            if request.url.path.endswith("/oauth/token"):
                return httpx.Response(200, json=TOKEN)
            reached += 1
            await release.wait()
            return httpx.Response(200, json={"id": A, "domain": "a"})

        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = cloudconnexa.AsyncClient(
            BASE_URL, client_id="i", client_secret="s", max_concurrency=5, http_client=http
        )
        built = 0
        original = http.request

        async def counting(*args, **kwargs):
            nonlocal built
            built += 1
            return await original(*args, **kwargs)

        http.request = counting  # type: ignore[method-assign]
        tasks = [asyncio.ensure_future(client.dns.get(A)) for _ in range(50)]
        for _ in range(30):
            await asyncio.sleep(0)
        assert (built, reached) == (5, 5)  # 45 calls wait without a request
        release.set()
        records = await asyncio.gather(*tasks)
        assert len(records) == 50 and built == 50
        await client.aclose()
        await http.aclose()

    asyncio.run(main())
