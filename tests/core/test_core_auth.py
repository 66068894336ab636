from __future__ import annotations

import base64
import threading
from typing import Any

import anyio
import httpx
import pytest

from cloudconnexa._auth import OAuthClientCredentials, TokenState
from cloudconnexa._base_client import AsyncAPIClient, SyncAPIClient
from cloudconnexa._config import Secret
from cloudconnexa._constants import TOKEN_PATH
from cloudconnexa._exceptions import APIConnectionError, AuthenticationError, InternalServerError

from .conftest import BASE_URL, CLIENT_ID, SECRET, FakeAPI, FakeClock, token_value

# -- pure token state --------------------------------------------------------------------


def test_token_state_margin_and_fraction() -> None:
    state = TokenState(margin=60, fraction=0.1)
    assert state.needs_refresh(0)
    state.store("t", expires_in=3600, now=100)
    assert not state.needs_refresh(100 + 3600 - 61)
    assert state.needs_refresh(100 + 3600 - 60)
    state.store("t", expires_in=100, now=0)  # short-lived: at most 10 % early, not 60 s
    assert not state.needs_refresh(89.9)
    assert state.needs_refresh(90)


def test_token_state_stale_and_invalidate() -> None:
    state = TokenState()
    state.store("old", 3600, 0)
    assert state.needs_refresh(1, stale="old")
    assert not state.needs_refresh(1, stale="other")
    state.invalidate()
    assert state.needs_refresh(1)
    assert "old" not in repr(state)


# -- the flow, driven by hand -------------------------------------------------------------


def _auth(clock: FakeClock) -> OAuthClientCredentials:
    return OAuthClientCredentials(CLIENT_ID, Secret(SECRET), clock=clock)


def _token_response(request: httpx.Request, token: str, expires_in: int = 3600) -> httpx.Response:
    return httpx.Response(200, json={"access_token": token, "expires_in": expires_in}, request=request)


def test_flow_fetches_then_replays_once_on_401(clock: FakeClock) -> None:
    auth = _auth(clock)
    request = httpx.Request("GET", f"{BASE_URL}/api/v1/things")
    flow = auth.auth_flow(request)
    token_request = next(flow)
    assert token_request.method == "POST"
    assert token_request.url.path == TOKEN_PATH
    assert token_request.url.params == httpx.QueryParams({"grant_type": "client_credentials"})
    expected = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {expected}"
    sent = flow.send(_token_response(token_request, "T1"))
    assert sent.headers["Authorization"] == "Bearer T1"
    again = flow.send(httpx.Response(401, request=sent))
    assert again.url.path == TOKEN_PATH
    replay = flow.send(_token_response(again, "T2"))
    assert replay.headers["Authorization"] == "Bearer T2"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, request=replay))


def test_flow_second_401_raises(clock: FakeClock) -> None:
    auth = _auth(clock)
    auth.state.store("T1", 3600, clock())
    request = httpx.Request("GET", f"{BASE_URL}/api/v1/things")
    flow = auth.auth_flow(request)
    sent = next(flow)
    token_request = flow.send(httpx.Response(401, request=sent))
    replay = flow.send(_token_response(token_request, "T2"))
    with pytest.raises(AuthenticationError):
        flow.send(httpx.Response(401, request=replay))


def test_repr_hides_secret_and_token(clock: FakeClock) -> None:
    auth = _auth(clock)
    auth.state.store("TOKEN-XYZ", 3600, 0)
    assert SECRET not in repr(auth) and "TOKEN-XYZ" not in repr(auth)


def test_secret_must_be_wrapped(clock: FakeClock) -> None:
    with pytest.raises(TypeError, match="client_secret"):
        OAuthClientCredentials(CLIENT_ID, SECRET, clock=clock)  # type: ignore[arg-type]


# -- through a client ---------------------------------------------------------------------


def test_token_is_lazy_and_bearer_is_sent(make_core: Any, api: FakeAPI) -> None:
    core = make_core()
    assert api.token_requests == []
    core.get("/api/v1/things")
    core.get("/api/v1/things")
    assert len(api.token_requests) == 1
    token_request = api.token_requests[0]
    assert SECRET not in str(token_request.url) and CLIENT_ID not in str(token_request.url)
    assert api.auth_headers == [f"Bearer {token_value(1)}"] * 2


def test_refresh_before_expiry(core: Any, api: FakeAPI, clock: FakeClock) -> None:
    core.get("/api/v1/things")
    clock.now += 3600 - 61
    core.get("/api/v1/things")
    assert len(api.token_requests) == 1
    clock.now += 1  # inside the 60 s margin
    core.get("/api/v1/things")
    assert len(api.token_requests) == 2
    assert api.requests[-1].headers["Authorization"] == f"Bearer {token_value(2)}"


def test_default_expires_in(core: Any, api: FakeAPI, clock: FakeClock) -> None:
    api.expires_in = None
    core.get("/api/v1/things")
    clock.now += 43199 - 61
    core.get("/api/v1/things")
    assert len(api.token_requests) == 1


def test_401_refreshes_once_and_replays(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(401)]
    assert core.get("/api/v1/things").status_code == 200
    assert len(api.token_requests) == 2
    assert api.auth_headers == [
        f"Bearer {token_value(1)}",
        f"Bearer {token_value(2)}",
    ]


def test_second_401_raises_authentication_error(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(401), httpx.Response(401, json={"errorMessage": "bad token"})]
    with pytest.raises(AuthenticationError, match="bad token"):
        core.get("/api/v1/things")
    assert len(api.token_requests) == 2 and len(api.requests) == 2


def test_401_on_a_fresh_token_refreshes_once_and_replays(core: Any, api: FakeAPI) -> None:
    # A fresh token is attached without the lock (the common case); a 401 still takes the
    # full path: one refresh under the lock, one replay.
    core.get("/api/v1/things")
    api.script = [httpx.Response(401)]
    assert core.get("/api/v1/things").status_code == 200
    assert len(api.token_requests) == 2
    assert api.auth_headers == [f"Bearer {token_value(1)}", f"Bearer {token_value(1)}", f"Bearer {token_value(2)}"]


def test_second_401_on_a_fresh_token_raises(core: Any, api: FakeAPI) -> None:
    core.get("/api/v1/things")
    api.script = [httpx.Response(401), httpx.Response(401, json={"errorMessage": "bad token"})]
    with pytest.raises(AuthenticationError, match="bad token"):
        core.get("/api/v1/things")
    assert len(api.token_requests) == 2 and len(api.requests) == 3


@pytest.mark.parametrize("status", [400, 401])
def test_rejected_credentials(core: Any, api: FakeAPI, status: int) -> None:
    api.token_script = [httpx.Response(status, json={"errorMessage": "invalid_client"})]
    with pytest.raises(AuthenticationError, match="token request rejected") as info:
        core.get("/api/v1/things")
    assert SECRET not in str(info.value)
    assert api.requests == []


def test_token_endpoint_server_error(core: Any, api: FakeAPI) -> None:
    api.token_script = [httpx.Response(500)]  # POST + 500: not retried
    with pytest.raises(InternalServerError):
        core.get("/api/v1/things")


def test_token_response_without_token(core: Any, api: FakeAPI) -> None:
    api.token_script = [httpx.Response(200, json={"nope": 1})]
    with pytest.raises(Exception, match="no access_token"):
        core.get("/api/v1/things")


# -- single flight -------------------------------------------------------------------------

N = 50


def _count_first_checks(auth: OAuthClientCredentials) -> threading.Condition:
    """Count `needs_refresh` calls so the token endpoint can wait until all callers asked."""
    state = auth.state
    original = state.needs_refresh
    cond = threading.Condition()
    cond.calls = 0  # type: ignore[attr-defined]

    def counting(now: float, stale: str | None = None) -> bool:
        with cond:
            cond.calls += 1  # type: ignore[attr-defined]
            cond.notify_all()
        return original(now, stale)

    state.needs_refresh = counting  # type: ignore[method-assign]
    return cond


def test_single_flight_threads(api: FakeAPI, clock: FakeClock) -> None:
    client = SyncAPIClient(
        BASE_URL,
        client_id=CLIENT_ID,
        client_secret=SECRET,
        http_client=httpx.Client(transport=api.transport()),
        _clock=clock,
        max_concurrency=N,
    )
    cond = _count_first_checks(client._auth)

    def slow_token() -> None:
        # Hold the token answer until every thread has looked for a token.
        with cond:
            cond.wait_for(lambda: cond.calls >= N, timeout=10)  # type: ignore[attr-defined]

    api.before_token = slow_token
    errors: list[BaseException] = []

    def call() -> None:
        try:
            client.http_client.get("/api/v1/things")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(N)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.http_client.close()
    assert errors == []
    assert cond.calls >= N  # type: ignore[attr-defined]
    assert len(api.token_requests) == 1
    assert len(api.requests) == N


@pytest.mark.anyio
async def test_single_flight_tasks(clock: FakeClock) -> None:
    api = FakeAPI()
    checks = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            # Let the other tasks run until all of them have looked for a token.
            for _ in range(10_000):
                if checks >= N:
                    break
                await anyio.sleep(0)
        return api.handler(request)

    client = AsyncAPIClient(
        BASE_URL,
        client_id=CLIENT_ID,
        client_secret=SECRET,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        _clock=clock,
        max_concurrency=N,
    )
    state = client._auth.state
    original = state.needs_refresh

    def counting(now: float, stale: str | None = None) -> bool:
        nonlocal checks
        checks += 1
        return original(now, stale)

    state.needs_refresh = counting  # type: ignore[method-assign]
    async with anyio.create_task_group() as tg:
        for _ in range(N):
            tg.start_soon(client.http_client.get, "/api/v1/things")
    await client.http_client.aclose()
    assert checks >= N
    assert len(api.token_requests) == 1
    assert len(api.requests) == N


def test_lock_released_when_token_request_fails(core: Any, api: FakeAPI) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    api.token_script = [refuse] * 4  # 1 attempt + 3 retries (never sent: POST retried)
    with pytest.raises(APIConnectionError):
        core.get("/api/v1/things")
    assert len(api.token_requests) == 4
    assert core.get("/api/v1/things").status_code == 200  # no deadlock: lock was released
