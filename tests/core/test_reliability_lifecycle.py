"""Issue 10 items 10 and 11: a client used past its lifetime fails with a clear SDK error;
base URLs and cloud ids that no DNS name can have are refused with a ValueError."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import httpx
import pytest

from cloudconnexa import Client, ClientClosedError
from cloudconnexa._base_client import AsyncAPIClient, SyncAPIClient
from cloudconnexa._config import validate_base_url
from cloudconnexa.testing import FakeCloudConnexa

from .conftest import BASE_URL, CLIENT_ID, SECRET, FakeAPI

KW: dict[str, Any] = {"client_id": CLIENT_ID, "client_secret": SECRET}

# -- item 10: lifecycle ----------------------------------------------------------------------


def test_loop_agnostic_transport_keeps_working_under_a_second_asyncio_run(api: FakeAPI) -> None:
    # A mock or in-process transport (the fake's) holds no connection bound to a loop.
    client = AsyncAPIClient(BASE_URL, http_client=httpx.AsyncClient(transport=api.transport()), **KW)

    async def call() -> int:
        return (await client.http_client.get("/api/v1/things")).status_code

    assert asyncio.run(call()) == 200
    assert asyncio.run(call()) == 200
    assert len(api.requests) == 2


def test_async_client_on_one_loop_keeps_working(api: FakeAPI) -> None:
    async def main() -> None:
        async with AsyncAPIClient(BASE_URL, http_client=httpx.AsyncClient(transport=api.transport()), **KW) as c:
            for _ in range(3):
                await c.http_client.get("/api/v1/things")

    asyncio.run(main())
    assert len(api.requests) == 3


# The first loop's keep-alive socket can no longer be closed (its loop is gone): that is the
# caller's leak this error points out, collected here so it is attributed to this test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_real_pool_reused_under_a_second_asyncio_run() -> None:
    # Real sockets (the fake over loopback), as in the issue: a clear error instead of
    # "RuntimeError: Event loop is closed" from deep inside httpcore.
    with FakeCloudConnexa() as server:
        client = server.async_client(max_retries=0)

        async def call() -> None:
            await client.vpn_regions.list()

        asyncio.run(call())
        with pytest.raises(ClientClosedError, match="event loop that is now closed") as info:
            asyncio.run(call())
        assert isinstance(info.value, RuntimeError)  # what code catching the bare error expects
        assert server.count(path="/api/v1/regions") == 1
        client = info = None  # drop the client (and the traceback) holding the dead loop's socket
        gc.collect()


def _close_pool(core: Any) -> None:
    """Close the client and its (injected, caller-owned) httpx client, as an owner would."""
    core.close()
    http = core.raw.http_client
    if isinstance(http, httpx.Client):
        http.close()
    else:
        core._portal.call(http.aclose)


def test_with_options_on_a_closed_client(make_core: Any) -> None:
    core = make_core()
    core.get("/api/v1/things")
    _close_pool(core)
    with pytest.raises(ClientClosedError, match="closed"):
        core.with_options(max_retries=0)


def test_copy_of_a_closed_client_does_not_reopen_the_pool(make_core: Any, api: FakeAPI) -> None:
    core = make_core()
    copy = core.with_options(max_retries=0)
    copy.get("/api/v1/things")
    _close_pool(core)
    with pytest.raises(ClientClosedError, match="closed"):
        copy.get("/api/v1/things")
    assert len(api.requests) == 1


def test_closing_a_copy_leaves_the_original_working(make_core: Any, api: FakeAPI) -> None:
    core = make_core()
    core.with_options(max_retries=0).close()
    core.get("/api/v1/things")
    assert len(api.requests) == 1


def test_sync_facade_copy_after_close() -> None:
    client = Client(BASE_URL, **KW)
    client.close()
    with pytest.raises(ClientClosedError):
        client.with_options(timeout=1)


def test_own_pool_copy_after_close_raises_instead_of_reopening() -> None:
    client = SyncAPIClient(BASE_URL, **KW)
    copy = client.with_options(max_retries=0)
    client.close()
    with pytest.raises(ClientClosedError):
        copy.http_client.get("/api/v1/things")  # never reaches the network
    copy.close()


# -- item 11: base URL rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "rule"),
    [
        ("-", "one DNS label"),
        ("acme-", "one DNS label"),
        ("-acme", "one DNS label"),
        ("a" * 64, "one DNS label"),
        ("ａｃｍｅ", "ASCII"),  # full-width letters pass str.isalnum()
        ("acmé", "ASCII"),
        ("https://acme.api.openvpn.com:0", "port must be between 1 and 65535"),
        ("https://acme.api.openvpn.com:65536", "port must be between 1 and 65535"),
        ("https://acme.api.openvpn.com:99999", "port must be between 1 and 65535"),
        (f"https://{'a' * 64}.api.openvpn.com", "labels must be 1-63 characters"),
        (f"https://{'.'.join(['abcdefghij'] * 24)}", "253 in all"),
    ],
)
def test_impossible_base_urls_are_refused_naming_the_rule(given: str, rule: str) -> None:
    with pytest.raises(ValueError, match=rule):
        validate_base_url(given)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("a" * 63, f"https://{'a' * 63}.api.openvpn.com"),
        ("Acme-1", "https://acme-1.api.openvpn.com"),
        ("7", "https://7.api.openvpn.com"),
        ("https://acme.api.openvpn.com:1", "https://acme.api.openvpn.com:1"),
        ("https://acme.api.openvpn.com:65535", "https://acme.api.openvpn.com:65535"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_edge_base_urls_still_accepted(given: str, expected: str) -> None:
    assert validate_base_url(given) == expected
