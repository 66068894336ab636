"""Issue 10 items 3, 4, 6 and 7: every final non-2xx answer and every decoding failure is an
SDK error; errors carry no credentials and survive pickling (sync and async via `make_core`)."""

from __future__ import annotations

import gzip
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import cloudconnexa
from cloudconnexa._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    CloudConnexaError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)
from cloudconnexa._parsing import parse_json

from .conftest import SECRET, FakeAPI, token_value

URL = "https://acme.api.openvpn.com/api/v1/dns-records/abc"

# -- item 3: a redirect is not a success ----------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 304, 307, 308])
@pytest.mark.parametrize("method", ["DELETE", "GET", "POST"])
def test_redirect_answers_raise_with_their_location(core: Any, api: FakeAPI, status: int, method: str) -> None:
    location = "https://elsewhere.example/api/v1/dns-records/abc?access_token=leak"
    api.script = [httpx.Response(status, headers={"Location": location})]
    with pytest.raises(APIStatusError) as info:
        core.request(method, "/api/v1/dns-records/abc")
    assert info.value.status_code == status
    assert "redirect to https://elsewhere.example/api/v1/dns-records/abc" in str(info.value)
    assert "leak" not in str(info.value)  # credential-like query parameters are dropped
    assert len(api.requests) == 1  # never followed


def test_relative_redirect_location_is_made_absolute(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(302, headers={"Location": "/login"})]
    with pytest.raises(APIStatusError, match=r"redirect to https://acme\.api\.openvpn\.com/login"):
        core.get("/api/v1/things")


def test_redirect_without_location_still_raises(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(304)]
    with pytest.raises(APIStatusError, match="304"):
        core.get("/api/v1/things")


def _sdk_client(client_factory: Any, client_mode: str, handler: Any) -> Any:
    """A façade client (sync, or async through a portal) whose API answers with `handler`."""
    kind = httpx.Client if client_mode == "sync" else httpx.AsyncClient
    http = kind(transport=httpx.MockTransport(handler))
    return client_factory("https://acme.api.openvpn.com", client_id="id", client_secret="secret", http_client=http)


def _with_token(answer: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return answer(request)

    return handler


def test_facade_delete_answered_301_raises(client_factory: Any, client_mode: str) -> None:
    moved = _with_token(lambda _: httpx.Response(301, headers={"Location": "https://moved.example/"}))
    client = _sdk_client(client_factory, client_mode, moved)
    with pytest.raises(APIStatusError, match="redirect to https://moved.example/"):
        client.dns.delete("8d5e7f7e-0000-4000-8000-000000000000")


# -- item 4: every failure is an SDK error ----------------------------------------------------


def test_body_not_matching_its_content_encoding(core: Any, api: FakeAPI) -> None:
    garbled = httpx.ByteStream(b"not gzip at all")
    api.script = [lambda _: httpx.Response(200, stream=garbled, headers={"Content-Encoding": "gzip"})]
    with pytest.raises(APIResponseValidationError, match="Content-Encoding 'gzip'") as info:
        core.get("/api/v1/things")
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert "authorization" not in info.value.__cause__.request.headers or (
        info.value.__cause__.request.headers["authorization"] == "[secure]"
    )


def test_error_answer_with_undecodable_body(core: Any, api: FakeAPI) -> None:
    garbled = httpx.ByteStream(b"\x00garbage")
    api.script = [lambda _: httpx.Response(404, stream=garbled, headers={"Content-Encoding": "deflate"})]
    with pytest.raises(APIResponseValidationError):
        core.get("/api/v1/things")


def test_well_encoded_body_still_reads(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(200, content=gzip.compress(b'{"ok": 1}'), headers={"Content-Encoding": "gzip"})]
    assert core.get("/api/v1/things").json() == {"ok": 1}


DEEP = b"[" * 100_000 + b"]" * 100_000


def test_json_nested_past_the_recursion_limit() -> None:
    response = httpx.Response(200, content=DEEP, request=httpx.Request("GET", URL))
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        parse_json(response)


def test_error_body_nested_past_the_recursion_limit() -> None:
    error = make_status_error(httpx.Response(400, content=DEEP, request=httpx.Request("GET", URL)))
    assert isinstance(error, BadRequestError) and error.body is None


def test_facade_list_with_deep_json_is_an_sdk_error(client_factory: Any, client_mode: str) -> None:
    deep = _with_token(lambda _: httpx.Response(200, content=DEEP, headers={"Content-Type": "application/json"}))
    client = _sdk_client(client_factory, client_mode, deep)
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        client.dns.list().to_list()


# -- item 6: errors carry no secrets ----------------------------------------------------------


def _assert_redacted(error: BaseException) -> None:
    for request in (error.request, getattr(error, "response", None) and error.response.request):  # type: ignore[attr-defined]
        if request:
            assert request.headers.get("authorization") in (None, "[secure]")
    dumped = pickle.dumps(error)
    assert SECRET.encode() not in dumped
    assert b"tok-" not in dumped


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422, 429, 500, 503])
def test_status_errors_hold_no_bearer_token(make_core: Any, api: FakeAPI, status: int) -> None:
    core = make_core(max_retries=0, max_rate_limit_wait=0)
    api.script = [httpx.Response(status, json={"errorMessage": "nope"})]
    with pytest.raises(APIStatusError) as info:
        core.get("/api/v1/things")
    assert api.auth_headers == [f"Bearer {token_value(1)}"]  # the token was really sent
    _assert_redacted(info.value)


def test_rejected_token_request_error_holds_no_client_secret(core: Any, api: FakeAPI) -> None:
    api.token_script = [httpx.Response(401, json={"errorMessage": "invalid_client"})]
    with pytest.raises(AuthenticationError) as info:
        core.get("/api/v1/things")
    assert info.value.request.headers["authorization"] == "[secure]"
    _assert_redacted(info.value)


def test_second_401_error_holds_no_token(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(401), httpx.Response(401)]
    with pytest.raises(AuthenticationError) as info:
        core.get("/api/v1/things")
    _assert_redacted(info.value)


def test_connection_errors_hold_no_token(make_core: Any, api: FakeAPI) -> None:
    core = make_core(max_retries=0)
    api.script = [httpx.ReadTimeout("slow"), httpx.ConnectError("refused")]
    for expected in (APITimeoutError, APIConnectionError):
        with pytest.raises(expected) as info:
            core.get("/api/v1/things")
        _assert_redacted(info.value)
        assert info.value.__cause__.request.headers["authorization"] == "[secure]"


def test_redaction_leaves_the_sent_request_alone(core: Any, api: FakeAPI) -> None:
    api.script = [httpx.Response(404)]
    with pytest.raises(NotFoundError):
        core.get("/api/v1/things")
    assert api.requests[0].headers["authorization"] == f"Bearer {token_value(1)}"


# -- item 7: errors survive pickling ------------------------------------------------------------

_REQUEST = httpx.Request("GET", URL, headers={"Authorization": "Bearer live"})


def _status(status: int) -> APIStatusError:
    body = {"errorMessage": "gone", "errorDetails": {"id": [{"message": "unknown id"}]}}
    return make_status_error(httpx.Response(status, json=body, request=_REQUEST, headers={"Retry-After": "7"}))


def every_sdk_error() -> list[CloudConnexaError]:
    return [
        *(_status(s) for s in (400, 401, 403, 404, 409, 422, 429, 500, 302, 418)),
        APIConnectionError("connection error (ConnectError): refused", request=_REQUEST),
        APITimeoutError("request timed out (ReadTimeout)", request=_REQUEST),
        APIResponseValidationError(httpx.Response(200, content=b"<html>", request=_REQUEST), "not JSON"),
        ClientClosedError("closed"),
        cloudconnexa.UnsupportedByAPIVersion("user.suspend_user", api_version="1.0", introduced_in="1.1.1"),
        CloudConnexaError("root"),
    ]


@pytest.mark.parametrize(
    "error", every_sdk_error(), ids=lambda e: type(e).__name__ + str(getattr(e, "status_code", ""))
)
def test_every_sdk_error_round_trips_through_pickle(error: CloudConnexaError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    for name in ("status_code", "message", "body", "method", "url", "retry_after"):
        assert getattr(copy, name, None) == getattr(error, name, None), name
    if hasattr(error, "request"):
        assert copy.request.url == error.request.url
        assert copy.request.headers["authorization"] == "[secure]"


def test_every_exported_error_class_is_covered() -> None:
    exported = {v for v in vars(cloudconnexa).values() if isinstance(v, type) and issubclass(v, CloudConnexaError)}
    covered = {type(e) for e in every_sdk_error()} | {APIStatusError}  # 302/418 are plain APIStatusError
    missing = sorted(cls.__name__ for cls in exported - covered)
    assert not missing, f"add an instance of {missing} to every_sdk_error() so its pickling is tested"
    for cls in (PermissionDeniedError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError):
        assert cls in covered


def _raise_not_found() -> None:
    raise _status(404)


def test_error_raised_in_a_process_pool_worker_reaches_the_parent() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_not_found)
        with pytest.raises(NotFoundError) as info:
            future.result(timeout=60)
    assert info.value.status_code == 404
    assert info.value.body == {"errorMessage": "gone", "errorDetails": {"id": [{"message": "unknown id"}]}}
    assert "404" in info.value.message
