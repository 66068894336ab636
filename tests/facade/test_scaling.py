"""Issue 14 item 3: a pool per connection from two connections on; pending async calls wait
for a place before their request is built (memory per pending call)."""

from __future__ import annotations

import asyncio
import gc
import uuid

import httpx
import pytest

import cloudconnexa
from cloudconnexa import ClientClosedError
from cloudconnexa._pool import ShardedAsyncTransport, ShardedTransport, _Shards
from cloudconnexa.testing import FakeCloudConnexa

from .conftest import BASE_URL, TOKEN

A = str(uuid.UUID(int=3))


@pytest.mark.parametrize("bound", [100, 25, 11, 10, 2])
def test_a_pool_per_connection_sharing_one_ssl_context(bound):
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", max_concurrency=bound) as client:
        inner = client.http_client._transport.transport
        assert isinstance(inner, ShardedTransport)
        assert [p._pool._max_connections for p in inner.pools] == [1] * bound
        assert len({id(p._pool._ssl_context) for p in inner.pools}) == 1  # the CA bundle loaded once
    aclient = cloudconnexa.AsyncClient(BASE_URL, client_id="i", client_secret="s", max_concurrency=bound)
    inner = aclient.http_client._transport.transport
    assert isinstance(inner, ShardedAsyncTransport)
    assert [p._pool._max_connections for p in inner.pools] == [1] * bound
    assert len({id(p._pool._ssl_context) for p in inner.pools}) == 1
    asyncio.run(aclient.aclose())


def test_shard_choice_idle_most_recent_first_then_least_loaded():
    shards = _Shards(3)
    assert [shards.take() for _ in range(3)] == [0, 1, 2]
    shards.give_back(1)
    shards.give_back(0)
    assert shards.take() == 0  # the most recently used idle pool: its connection is warmest
    assert shards.take() == 1
    assert shards.take() == 0  # none idle (more requests than pools): the least loaded
    assert shards.in_flight == [2, 1, 1]
    for index in (0, 0, 1, 2):
        shards.give_back(index)
    assert shards.in_flight == [0, 0, 0] and shards.take() == 2


def test_gathered_calls_never_queue_inside_a_pool():
    # Real sockets: 300 gathered gets at max_concurrency=20 each find an idle pool (the
    # in-flight bound equals the number of pools), so no httpcore pool ever holds two requests.
    most: dict[int, int] = {}

    def watch(index: int, pool: httpx.AsyncHTTPTransport) -> None:
        send, busy = pool.handle_async_request, [0]

        async def counted(request: httpx.Request) -> httpx.Response:
            busy[0] += 1
            most[index] = max(most.get(index, 0), busy[0])
            try:
                return await send(request)
            finally:
                busy[0] -= 1

        pool.handle_async_request = counted  # type: ignore[method-assign]

    async def main(server: FakeCloudConnexa, ids: list[str]) -> int:
        async with server.async_client(max_concurrency=20) as client:
            for index, pool in enumerate(client.http_client._transport.transport.pools):
                watch(index, pool)
            records = await asyncio.gather(*(client.dns.get(ids[i % len(ids)]) for i in range(300)))
            return len(records)

    with FakeCloudConnexa(validate_requests=False, validate_responses=False) as server:
        ids = [record["id"] for record in server.seed.dns_records(5)]
        server.faults.add(delay=0.005, times=None, path="/api/v1/dns-records*")
        assert asyncio.run(main(server, ids)) == 300
        assert server.count(status=200) >= 300
    assert max(most.values()) == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_sharded_pool_reused_under_a_second_asyncio_run():
    with FakeCloudConnexa() as server:
        client = server.async_client(max_retries=0, max_concurrency=100)

        async def call() -> None:
            await client.vpn_regions.list()

        asyncio.run(call())
        try:
            asyncio.run(call())
        except (ClientClosedError, RuntimeError) as exc:
            error: type[BaseException] | None = type(exc)
        else:
            error = None
        client = None  # drop the client holding the dead loop's socket, collected here
        gc.collect()
    assert error is ClientClosedError


def test_one_connection_one_pool_sharing_the_clients_ssl_context():
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", max_concurrency=1) as client:
        http = client.http_client
        inner = http._transport.transport
        assert isinstance(inner, httpx.HTTPTransport)
        assert inner._pool._max_connections == 1
        proxies = [t.transport._pool for t in http._mounts.values() if t is not None]
        assert {id(p._ssl_context) for p in [inner._pool, *proxies]} == {id(inner._pool._ssl_context)}


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
