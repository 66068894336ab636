"""Shared by every test folder: write a behaviour test once, run it on both clients.

`client_factory(**kwargs)` builds a `cloudconnexa.Client`, or (the "async" case) an
`AsyncClient` whose coroutine methods and async iterators run through an anyio blocking
portal, so one test body exercises both. Clients are closed at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import anyio.from_thread
import pytest

from cloudconnexa import AsyncClient, Client
from cloudconnexa._response import AsyncRawResponseProxy


class PortalClient:
    """Runs an async client's (or resource's) coroutine methods and iterators from sync code."""

    def __init__(self, target: Any, portal: anyio.from_thread.BlockingPortal) -> None:
        self._target, self._portal = target, portal

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if isinstance(value, AsyncRawResponseProxy):  # both an area and a call
            return PortalClient(value, self._portal)
        if callable(value):
            return lambda *args, **kwargs: self._wrap(value(*args, **kwargs))
        if hasattr(value, "_client"):  # a resource namespace
            return PortalClient(value, self._portal)
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._wrap(self._target(*args, **kwargs))

    def _wrap(self, result: Any) -> Any:
        if hasattr(result, "__await__"):
            return self._portal.call(lambda: result)
        if hasattr(result, "__aiter__"):
            return PortalIterable(result, self._portal)
        return result


class PortalIterable:
    """An async paginator seen from sync code: iterate, `.pages()`, `.to_list()`."""

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

    def from_page(self, page: int) -> PortalIterable:
        return PortalIterable(self._target.from_page(page), self._portal)


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True, scope="session")
def _no_proxy_for_the_fakes() -> Iterator[None]:
    """The suite talks to fakes on 127.0.0.1; SDK clients honour proxy variables, so a proxy
    configured for this machine must not carry that traffic (the proxy tests set their own)."""
    patch = pytest.MonkeyPatch()
    for name in PROXY_VARIABLES:
        patch.delenv(name, raising=False)
    yield
    patch.undo()


@pytest.fixture(params=["sync", "async"])
def client_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client_factory(client_mode: str) -> Iterator[Callable[..., Any]]:
    """`client_factory(base_url, client_id=..., ...)` -> Client, or AsyncClient via a portal.

    An `_sleep` given as a plain function is adapted for the async client.
    """
    created: list[Any] = []
    if client_mode == "sync":

        def make(*args: Any, **kwargs: Any) -> Any:
            created.append(Client(*args, **kwargs))
            return created[-1]

        yield make
        for client in created:
            client.close()
        return
    with anyio.from_thread.start_blocking_portal("asyncio") as portal:

        def make_async(*args: Any, **kwargs: Any) -> Any:
            sleep = kwargs.get("_sleep")
            if sleep is not None:

                async def async_sleep(seconds: float) -> None:
                    sleep(seconds)

                kwargs["_sleep"] = async_sleep
            created.append(AsyncClient(*args, **kwargs))
            return PortalClient(created[-1], portal)

        yield make_async
        for client in created:
            portal.call(client.aclose)
