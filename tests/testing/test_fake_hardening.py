"""Issue 10 items 13-16: the fake CloudConnexa holds up against odd input and its own
lifecycle (users run their suites on it, so its failures would look like theirs)."""

from __future__ import annotations

import gc
import os
import threading

import httpx
import pytest
from _fake_helpers import TOKEN, authed_client

from cloudconnexa.testing import FakeCloudConnexa, ManualClock, MonotonicClock

# -- item 13: non-ASCII credentials ------------------------------------------------------------


@pytest.mark.parametrize(
    ("client_id", "client_secret"),
    [("fake-client-id", "sécret"), ("ïd", "fake-client-secret"), ("идентификатор", "秘密")],
)
def test_non_ascii_basic_credentials_are_a_401(client_id: str, client_secret: str) -> None:
    server = FakeCloudConnexa()
    with httpx.Client(base_url="http://fake", transport=server.transport()) as client:
        reply = client.post(TOKEN, params={"grant_type": "client_credentials"}, auth=(client_id, client_secret))
    assert reply.status_code == 401, reply.text
    assert reply.json()["errorMessage"] == "Bad client credentials"


def test_non_ascii_query_credentials_are_a_401() -> None:
    server = FakeCloudConnexa()
    with httpx.Client(base_url="http://fake", transport=server.transport()) as client:
        params = {"grant_type": "client_credentials", "client_id": "ü", "client_secret": "ö"}
        reply = client.post(TOKEN, params=params)
    assert reply.status_code == 401, reply.text


def test_fake_with_a_non_ascii_secret_issues_tokens() -> None:
    server = FakeCloudConnexa(client_id="équipe-réseau", client_secret="mot-de-passe-été-☀")
    with server.client() as client:
        assert client.vpn_regions.list() is not None
    assert server.token_requests == 1
    assert server.count(status=200) == 2


# -- item 14: malformed JSON request bodies ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-past-the-recursion-limit"),
        pytest.param(b'{"domain": "' + "é".encode("latin-1") + b'"}', id="latin-1"),
        pytest.param(b"\x80\x81{}", id="invalid-utf-8-start"),
        pytest.param(b'{"domain": ', id="truncated"),
    ],
)
@pytest.mark.parametrize("validate_requests", [True, False])
def test_malformed_json_bodies_are_a_400_error_response(body: bytes, validate_requests: bool) -> None:
    server = FakeCloudConnexa(validate_requests=validate_requests)
    with authed_client(server) as client:
        reply = client.post("/api/v1/dns-records", content=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 400, reply.text
    error = reply.json()
    assert error["statusError"] == "BAD_REQUEST" and error["errorMessage"]
    assert server.spec_violations == []


# -- item 15: the fixture resets the clock -----------------------------------------------------

_leaked: list[ManualClock] = []


def test_a_test_may_drive_the_session_fake_by_hand(fake_cloudconnexa: FakeCloudConnexa) -> None:
    clock = ManualClock()
    fake_cloudconnexa.configure(clock=clock)
    clock.advance(10_000)
    _leaked.append(clock)


def test_the_next_test_gets_the_real_clock_back(fake_cloudconnexa: FakeCloudConnexa) -> None:
    assert _leaked, "runs after the test above"
    assert fake_cloudconnexa.clock is not _leaked[0]
    assert isinstance(fake_cloudconnexa.clock, MonotonicClock)
    assert fake_cloudconnexa.tokens.clock is fake_cloudconnexa.clock
    assert fake_cloudconnexa.limiter.clock is fake_cloudconnexa.clock


def test_reset_restores_the_clock_the_server_was_built_with() -> None:
    built_with = ManualClock()
    server = FakeCloudConnexa(clock=built_with)
    server.configure(clock=ManualClock())
    server.reset()
    assert server.clock is built_with and server.tokens.clock is built_with


# -- item 16: in-process clients of a server that is not started --------------------------------


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors through /proc")
def test_100_in_process_clients_leave_no_thread_or_descriptor() -> None:
    server = FakeCloudConnexa()
    with server.client() as warm:  # imports and first-use caches are not leaks
        warm.vpn_regions.list()
    gc.collect()
    threads, fds = threading.active_count(), _fds()
    for _ in range(100):
        client = server.client()
        client.vpn_regions.list()
        client.close()
    gc.collect()
    assert threading.active_count() == threads
    assert _fds() == fds


@pytest.mark.anyio
async def test_async_in_process_clients_are_closed_with_the_client() -> None:
    server = FakeCloudConnexa()
    client = server.async_client()
    await client.vpn_regions.list()
    await client.aclose()
    assert client.http_client.is_closed


def test_an_injected_http_client_stays_the_callers() -> None:
    server = FakeCloudConnexa()
    http = httpx.Client(transport=server.transport())
    client = server.client(http_client=http)
    client.vpn_regions.list()
    client.close()
    assert not http.is_closed
    http.close()
