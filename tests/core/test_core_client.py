from __future__ import annotations

import sys
import types
from typing import Any

import anyio
import httpx
import pytest

from cloudconnexa._base_client import AsyncAPIClient, SyncAPIClient
from cloudconnexa._constants import DEFAULT_TIMEOUT, TOKEN_PATH
from cloudconnexa._pool import ShardedAsyncTransport, ShardedTransport
from cloudconnexa._transport import AsyncRetryTransport, RetryTransport

from .conftest import BASE_URL, CLIENT_ID, SECRET, FakeAPI

KW: dict[str, Any] = {"client_id": CLIENT_ID, "client_secret": SECRET}


def test_default_client_builds_pool_sized_to_concurrency() -> None:
    with SyncAPIClient(BASE_URL, max_concurrency=7, **KW) as core:
        http = core.http_client
        assert isinstance(http._transport, RetryTransport)
        inner = http._transport.transport
        assert isinstance(inner, ShardedTransport)  # a pool per connection (see `_pool`)
        assert [p._pool._max_connections for p in inner.pools] == [1] * 7  # httpcore private: pinned
        assert str(http.base_url) == BASE_URL
        assert http.timeout == DEFAULT_TIMEOUT
        assert http.auth is core._auth
        assert http.headers["User-Agent"].startswith("cloudconnexa-python/")
        assert core.max_retries == 3 and core.api_version == "1.2.3"


@pytest.mark.anyio
async def test_default_async_client() -> None:
    async with AsyncAPIClient(BASE_URL, timeout=9.0, **KW) as core:
        assert isinstance(core.http_client._transport, AsyncRetryTransport)
        assert isinstance(core.http_client._transport.transport, ShardedAsyncTransport)
        assert core.http_client.timeout == httpx.Timeout(9.0)
    assert core.http_client.is_closed


def test_constructor_validation() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        SyncAPIClient(BASE_URL, max_retries=-1, **KW)
    with pytest.raises(ValueError, match="max_concurrency"):
        SyncAPIClient(BASE_URL, max_concurrency=0, **KW)
    with pytest.raises(TypeError, match="http_client"):
        SyncAPIClient(BASE_URL, http_client=httpx.AsyncClient(), **KW)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="api_version"):
        SyncAPIClient(BASE_URL, api_version="9", **KW)


def test_repr_has_no_secret() -> None:
    with SyncAPIClient(BASE_URL, **KW) as core:
        assert SECRET not in repr(core) and CLIENT_ID in repr(core)


def test_with_options_shares_pool_token_and_limiter(core: Any, api: FakeAPI) -> None:
    core.get("/api/v1/things")
    fast = core.with_options(timeout=2.5, max_retries=0)
    raw, fast_raw = core.raw, fast.raw
    assert fast_raw.http_client is not raw.http_client
    assert fast_raw.http_client._transport.transport is raw.http_client._transport.transport
    assert fast_raw.http_client._transport.limiter is raw.http_client._transport.limiter
    assert fast_raw._auth is raw._auth
    assert fast_raw.timeout == httpx.Timeout(2.5) and raw.timeout != httpx.Timeout(2.5)
    assert fast_raw.max_retries == 0 and raw.max_retries == 3
    assert fast_raw.http_client.timeout == httpx.Timeout(2.5)
    fast.get("/api/v1/things")
    assert len(api.token_requests) == 1  # token shared
    fast.close()  # closes only the copy's own httpx client, not the shared pool
    assert core.get("/api/v1/things").status_code == 200


def test_with_options_keeps_mounts(api: FakeAPI) -> None:
    other = FakeAPI()
    # A mount for the API's own origin (credentials never go to another origin: issue 10 item 5).
    http = httpx.Client(transport=api.transport(), mounts={BASE_URL: other.transport()})
    core = SyncAPIClient(BASE_URL, http_client=http, **KW)
    copy = core.with_options(max_retries=1)
    ((pattern, mounted),) = copy.http_client._mounts.items()
    assert pattern.pattern == BASE_URL
    assert isinstance(mounted, RetryTransport)
    assert mounted.transport is http._mounts[pattern].transport  # same pool as the original
    copy.http_client.get("/api/v1/things")
    assert len(other.requests) == 1
    http.close()


def test_injected_http_client_is_honoured(api: FakeAPI) -> None:
    seen: list[str] = []
    http = httpx.Client(
        transport=api.transport(),
        headers={"X-Team": "netops"},
        timeout=11.0,
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    inner = http._transport
    core = SyncAPIClient(BASE_URL, http_client=http, **KW)
    assert core.http_client is http
    # httpx keeps the transport in the private `_transport` (and proxies in `_mounts`):
    assert isinstance(http._transport, RetryTransport) and http._transport.transport is inner
    assert http.auth is core._auth
    assert str(http.base_url) == BASE_URL
    assert core.timeout == httpx.Timeout(11.0)  # kept: no timeout given to the SDK
    http.get("/api/v1/things")
    assert api.requests[0].headers["X-Team"] == "netops"
    assert seen == [TOKEN_PATH, "/api/v1/things"]
    core.close()
    assert not http.is_closed  # the caller owns it
    with pytest.raises(ValueError, match="already used"):
        SyncAPIClient(BASE_URL, http_client=http, **KW)
    http.close()


def test_injected_http_client_mounts_wrapped(api: FakeAPI) -> None:
    proxy_like = FakeAPI()
    http = httpx.Client(transport=api.transport(), mounts={"https://other.example": proxy_like.transport()})
    SyncAPIClient(BASE_URL, http_client=http, timeout=3.0, **KW)
    assert all(isinstance(t, RetryTransport) for t in http._mounts.values())
    assert http.timeout == httpx.Timeout(3.0)  # given explicitly: applied
    http.close()


def test_generated_client_seam(monkeypatch: pytest.MonkeyPatch, api: FakeAPI) -> None:
    class FakeGenerated:
        def __init__(self, *, base_url: str, timeout: httpx.Timeout) -> None:
            self.base_url, self.timeout, self.http = base_url, timeout, None

        def set_httpx_client(self, client: httpx.Client) -> FakeGenerated:
            self.http = client
            return self

    module = types.ModuleType("cloudconnexa_generated.v1_0.client")
    module.Client = FakeGenerated  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cloudconnexa_generated.v1_0.client", module)
    http = httpx.Client(transport=api.transport())
    core = SyncAPIClient(BASE_URL, api_version="1.0", http_client=http, **KW)
    generated = core.generated_client
    assert generated is core.generated_client  # built once
    assert generated.http is http and generated.base_url == BASE_URL
    other = core.with_options(max_retries=0).generated_client
    assert other is not generated and other.http is not http
    http.close()


def test_generated_module_path() -> None:
    with SyncAPIClient(BASE_URL, api_version="1.0", **KW) as core:
        try:
            module = core._generated_module()
        except ModuleNotFoundError as exc:  # not generated yet in this checkout
            assert exc.name is not None and exc.name.startswith("cloudconnexa_generated.v1_0")
        else:
            assert module.__name__ == "cloudconnexa_generated.v1_0.client"


@pytest.mark.anyio
async def test_gather_is_bounded_by_max_concurrency() -> None:
    api = FakeAPI()
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(3):
            await anyio.sleep(0)
        in_flight -= 1
        return api.handler(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    core = AsyncAPIClient(BASE_URL, http_client=http, max_concurrency=4, **KW)
    results: list[int] = []

    async def one() -> None:
        results.append((await core.http_client.get("/api/v1/things")).status_code)

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(one)
    await http.aclose()
    assert results == [200] * 200
    assert 1 < peak <= 4


def test_with_options_rebuilds_cached_resources(api: FakeAPI) -> None:
    import functools

    class WithResource(SyncAPIClient):
        @functools.cached_property
        def things(self) -> SyncAPIClient:
            return self

    http = httpx.Client(transport=api.transport())
    core = WithResource(BASE_URL, http_client=http, **KW)
    assert core.things is core
    copy = core.with_options(max_retries=0)
    assert isinstance(copy, WithResource)
    assert copy.things is copy
    http.close()
