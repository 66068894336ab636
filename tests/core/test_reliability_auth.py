"""Issue 10 items 5 and 8: credentials go only to the configured origin; token answers are
read strictly where it matters and leniently where the service is vague (sync and async)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cloudconnexa._auth import OAuthClientCredentials, parse_token_answer
from cloudconnexa._config import Secret
from cloudconnexa._constants import DEFAULT_TOKEN_EXPIRES_IN, TOKEN_PATH
from cloudconnexa._exceptions import (
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
)

from .conftest import BASE_URL, CLIENT_ID, SECRET, FakeAPI, FakeClock

# -- item 5: the token goes only to the configured origin ------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example/x",
        "https://evil.example/api/v1/networks",
        "http://acme.api.openvpn.com/api/v1/networks",  # same host, plain http
        "https://acme.api.openvpn.com:8443/api/v1/networks",  # same host, other port
        "https://acme.api.openvpn.com.evil.example/api/v1/networks",
    ],
)
def test_request_to_another_origin_is_refused_without_credentials(core: Any, api: FakeAPI, url: str) -> None:
    with pytest.raises(ValueError, match="refusing to send CloudConnexa credentials") as info:
        core.get(url)
    assert "https://acme.api.openvpn.com" in str(info.value)
    assert api.token_requests == [] and api.requests == []  # nothing left the process


def test_token_is_requested_from_the_base_url_only(core: Any, api: FakeAPI) -> None:
    core.get("/api/v1/networks")
    core.get(f"{BASE_URL}/api/v1/hosts?x=1")
    (token_request,) = api.token_requests
    assert str(token_request.url) == f"{BASE_URL}{TOKEN_PATH}?grant_type=client_credentials"
    with pytest.raises(ValueError):
        core.get("https://evil.example/api/v1/networks")
    assert [r.url.host for r in api.requests] == ["acme.api.openvpn.com"] * 2


def test_standalone_auth_pins_the_origin_of_its_first_request(clock: FakeClock) -> None:
    auth = OAuthClientCredentials(CLIENT_ID, Secret(SECRET), clock=clock)
    flow = auth.auth_flow(httpx.Request("GET", "https://one.example/api/v1/x"))
    token_request = next(flow)
    assert token_request.url.host == "one.example"
    flow.close()
    with pytest.raises(ValueError, match="https://two.example"):
        next(auth.auth_flow(httpx.Request("GET", "https://two.example/api/v1/x")))


# -- item 8: token answers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"nope": 1}, "access_token"),
        ({"access_token": ""}, "access_token"),
        ({"access_token": 42}, "access_token"),
        ({"access_token": "t", "expires_in": "abc"}, "expires_in"),
        ({"access_token": "t", "expires_in": True}, "expires_in"),
        ({"access_token": "t", "expires_in": -5}, "expires_in"),
        ({"access_token": "t", "expires_in": "nan"}, "expires_in"),
        ({"access_token": "t", "expires_in": [1]}, "expires_in"),
        (["access_token"], "JSON object"),
    ],
)
def test_parse_token_answer_names_the_bad_field(payload: Any, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        parse_token_answer(payload)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"access_token": "t"}, DEFAULT_TOKEN_EXPIRES_IN),
        ({"access_token": "t", "expires_in": None}, DEFAULT_TOKEN_EXPIRES_IN),
        ({"access_token": "t", "expires_in": 3600}, 3600),
        ({"access_token": "t", "expires_in": "3600"}, 3600),
        ({"access_token": "t", "expires_in": 59.5}, 59.5),
    ],
)
def test_parse_token_answer_accepts_what_the_service_may_send(payload: Any, expected: float) -> None:
    assert parse_token_answer(payload) == ("t", expected)


@pytest.mark.parametrize(
    ("answer", "match"),
    [
        ({"json": {"token_type": "bearer"}}, "no access_token"),
        ({"json": {"access_token": "t", "expires_in": "abc"}}, "expires_in is not a number: 'abc'"),
        ({"content": b"<html>login</html>"}, "not valid JSON"),
        ({"content": b"[" * 50_000 + b"]" * 50_000}, "not valid JSON"),
    ],
)
def test_malformed_token_answer_is_a_validation_error(core: Any, api: FakeAPI, answer: Any, match: str) -> None:
    api.token_script = [httpx.Response(200, **answer)]
    with pytest.raises(APIResponseValidationError, match=match) as info:
        core.get("/api/v1/things")
    assert info.value.status_code == 200
    assert api.requests == []


def test_null_expires_in_beside_a_valid_token_uses_the_default(core: Any, api: FakeAPI, clock: FakeClock) -> None:
    api.token_script = [httpx.Response(200, json={"access_token": "tok-null", "expires_in": None})]
    core.get("/api/v1/things")
    clock.now += DEFAULT_TOKEN_EXPIRES_IN - 120  # well inside the default lifetime
    core.get("/api/v1/things")
    assert len(api.token_requests) == 1
    assert api.auth_headers == ["Bearer tok-null"] * 2


@pytest.mark.parametrize("status", [502, 503, 504])
def test_token_request_is_retried_on_gateway_errors(core: Any, api: FakeAPI, status: int) -> None:
    api.token_script = [httpx.Response(status), httpx.Response(status)]
    core.get("/api/v1/things")
    assert len(api.token_requests) == 3  # two failures, then the default answer
    assert len(api.requests) == 1


def test_token_request_is_retried_on_timeouts(core: Any, api: FakeAPI) -> None:
    api.token_script = [httpx.ReadTimeout("slow token endpoint")]
    core.get("/api/v1/things")
    assert len(api.token_requests) == 2 and len(api.requests) == 1


def test_token_request_timeouts_exhaust_the_retry_budget(make_core: Any, api: FakeAPI) -> None:
    core = make_core(max_retries=1)
    api.token_script = [httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow")]
    with pytest.raises(APITimeoutError):
        core.get("/api/v1/things")
    assert len(api.token_requests) == 2


def test_token_endpoint_500_does_not_blame_the_credentials(core: Any, api: FakeAPI) -> None:
    api.token_script = [httpx.Response(500, json={"errorMessage": "database down"})]
    with pytest.raises(InternalServerError) as info:
        core.get("/api/v1/things")
    assert "token request failed" in str(info.value)
    assert "client_id" not in str(info.value) and "client_secret" not in str(info.value)


@pytest.mark.parametrize("status", [400, 401])
def test_only_400_and_401_point_at_the_credentials(core: Any, api: FakeAPI, status: int) -> None:
    api.token_script = [httpx.Response(status, json={"errorMessage": "invalid_client"})]
    with pytest.raises(AuthenticationError, match=r"check client_id/client_secret"):
        core.get("/api/v1/things")
