"""Shared fixtures for the HTTP core tests: a scripted fake API, a fake clock, both clients.

`core` is parametrised ["sync", "async"]: the async case runs `AsyncAPIClient` calls
through an anyio blocking portal, so each behaviour test is written once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import anyio.from_thread
import httpx
import pytest

from cloudconnexa._base_client import AsyncAPIClient, SyncAPIClient
from cloudconnexa._constants import TOKEN_PATH

SECRET = "s3cr3t-Client-Secret-value"
CLIENT_ID = "client-id-123"
BASE_URL = "https://acme.api.openvpn.com"


def token_value(n: int) -> str:
    return f"tok-{n}-ABCDEFGHIJKLMNOP"


class FakeClock:
    """Monotonic clock the tests move by hand; the fake sleeps advance it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeAPI:
    """A scripted CloudConnexa: the token endpoint plus `script`ed API answers.

    `script` items are consumed in order by API requests: an `httpx.Response`, an exception
    instance (raised, as a transport error would be), or a callable(request) -> Response.
    When it is empty the answer is 200 {"ok": true}.
    """

    def __init__(self) -> None:
        self.token_requests: list[httpx.Request] = []
        self.requests: list[httpx.Request] = []
        self.auth_headers: list[str | None] = []
        """Authorization header of each API request as sent (requests are reused on replay)."""
        self.script: list[Any] = []
        self.token_script: list[Any] = []
        self.expires_in: int | None = 3600
        self.before_token: Callable[[], None] | None = None
        self.lock = threading.Lock()

    def _token(self, request: httpx.Request) -> httpx.Response:
        if self.before_token is not None:
            self.before_token()
        with self.lock:
            self.token_requests.append(request)
            n = len(self.token_requests)
            if self.token_script:
                return self._play(self.token_script.pop(0), request)
        body: dict[str, Any] = {"access_token": token_value(n), "token_type": "bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    @staticmethod
    def _play(item: Any, request: httpx.Request) -> httpx.Response:
        if isinstance(item, BaseException):
            raise item
        if callable(item):
            return item(request)  # type: ignore[no-any-return]
        return item  # type: ignore[no-any-return]

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return self._token(request)
        with self.lock:
            self.requests.append(request)
            self.auth_headers.append(request.headers.get("Authorization"))
            item = self.script.pop(0) if self.script else None
        if item is None:
            return httpx.Response(200, json={"ok": True})
        return self._play(item, request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


class AsyncAdapter:
    """Runs an `AsyncAPIClient`'s calls through a blocking portal (same API as the sync one)."""

    def __init__(self, client: AsyncAPIClient, portal: Any) -> None:
        self._client = client
        self._portal = portal

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(lambda: self._client.http_client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def with_options(self, **kwargs: Any) -> AsyncAdapter:
        return AsyncAdapter(self._client.with_options(**kwargs), self._portal)

    def close(self) -> None:
        self._portal.call(self._client.aclose)

    @property
    def raw(self) -> AsyncAPIClient:
        return self._client


class SyncAdapter:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._client.http_client.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def with_options(self, **kwargs: Any) -> SyncAdapter:
        return SyncAdapter(self._client.with_options(**kwargs))

    def close(self) -> None:
        self._client.close()

    @property
    def raw(self) -> SyncAPIClient:
        return self._client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def api() -> FakeAPI:
    return FakeAPI()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleeps() -> list[float]:
    """Every duration the code under test asked to sleep (nothing really sleeps)."""
    return []


@pytest.fixture(params=["sync", "async"])
def make_core(
    request: pytest.FixtureRequest, api: FakeAPI, clock: FakeClock, sleeps: list[float]
) -> Iterator[Callable[..., SyncAdapter | AsyncAdapter]]:
    """Factory: `make_core(**client_kwargs)` -> adapter over a sync or async client."""
    made: list[SyncAdapter | AsyncAdapter] = []

    def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.now += seconds

    async def fake_async_sleep(seconds: float) -> None:
        fake_sleep(seconds)

    with anyio.from_thread.start_blocking_portal("asyncio") as portal:

        def make(**kwargs: Any) -> SyncAdapter | AsyncAdapter:
            kwargs.setdefault("base_url", BASE_URL)
            kwargs.setdefault("client_id", CLIENT_ID)
            kwargs.setdefault("client_secret", SECRET)
            adapter: SyncAdapter | AsyncAdapter
            if request.param == "sync":
                http = httpx.Client(transport=api.transport())
                core = SyncAPIClient(http_client=http, _clock=clock, _sleep=fake_sleep, **kwargs)
                adapter = SyncAdapter(core)
            else:
                http_async = httpx.AsyncClient(transport=api.transport())
                acore = AsyncAPIClient(http_client=http_async, _clock=clock, _sleep=fake_async_sleep, **kwargs)
                adapter = AsyncAdapter(acore, portal)
            made.append(adapter)
            return adapter

        yield make
        for adapter in made:
            adapter.close()
            http_client = adapter.raw.http_client
            if isinstance(http_client, httpx.Client):
                http_client.close()
            else:
                portal.call(http_client.aclose)


@pytest.fixture
def core(make_core: Callable[..., SyncAdapter | AsyncAdapter]) -> SyncAdapter | AsyncAdapter:
    return make_core()


__all__ = ["AsyncAdapter", "FakeAPI", "FakeClock", "SyncAdapter", "anyio"]
