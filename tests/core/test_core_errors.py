from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from cloudconnexa._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CloudConnexaError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
    redact_url,
)

from .conftest import SECRET, FakeAPI, token_value

URL = "https://acme.api.openvpn.com/api/v1/dns-records/abc"


def response(status: int, body: Any = None, *, content: bytes | None = None, **kw: Any) -> httpx.Response:
    request = httpx.Request("GET", URL)
    if content is not None:
        return httpx.Response(status, content=content, request=request, **kw)
    return httpx.Response(status, json=body, request=request, **kw)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (520, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(response(status, {"errorMessage": "boom"}))
    assert type(error) is cls
    assert isinstance(error, CloudConnexaError)
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == URL
    assert error.body == {"errorMessage": "boom"}
    assert error.request is error.response.request


def test_message_format() -> None:
    error = make_status_error(response(404, {"errorMessage": "DNS record not found"}))
    assert str(error) == f"404 Not Found for GET {URL}: DNS record not found"


@pytest.mark.parametrize(
    "body",
    [
        {"errorMessage": "Host Not Found", "statusError": "BAD_REQUEST"},
        {
            "errorMessage": "Validation failed",
            "errorDetails": {"id": [{"errorCode": "x", "message": "user NOT FOUND", "params": {}}]},
        },
    ],
)
def test_400_not_found_becomes_not_found_error(body: dict[str, Any]) -> None:
    error = make_status_error(response(400, body))
    assert type(error) is NotFoundError
    assert error.status_code == 400


def test_plain_400_stays_bad_request() -> None:
    body = {
        "errorMessage": "Validation failed",
        "errorDetails": {"name": [{"message": "too long"}]},
    }
    assert type(make_status_error(response(400, body))) is BadRequestError


@pytest.mark.parametrize(
    "content",
    [b"<html>Bad gateway</html>", b'{"errorMessage": "trunc', b"", b"\xff\xfe\x00", b"[1, 2]"],
)
def test_non_json_or_truncated_bodies(content: bytes) -> None:
    error = make_status_error(response(502, content=content))
    assert isinstance(error, InternalServerError)
    assert error.body is None
    assert str(error).startswith(f"502 Bad Gateway for GET {URL}")


def test_long_text_body_is_excerpted() -> None:
    error = make_status_error(response(500, content=b"x" * 5000))
    assert len(str(error)) < 400


def test_rate_limit_error_retry_after() -> None:
    error = make_status_error(response(429, {}, headers={"Retry-After": "30"}))
    assert isinstance(error, RateLimitError) and error.retry_after == 30.0
    assert make_status_error(response(429, {})).retry_after is None  # type: ignore[attr-defined]


def test_redact_url_strips_credentials() -> None:
    url = httpx.URL(f"https://u:{SECRET}@h.example/p?client_secret={SECRET}&page=2&access_token=t&client_id=c")
    text = redact_url(url)
    assert SECRET not in text and "access_token" not in text and "client_id" not in text
    assert "page=2" in text


def test_exception_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, CloudConnexaError)
    assert issubclass(APIStatusError, CloudConnexaError)


def test_secret_and_token_never_leak(core: Any, api: FakeAPI, caplog: pytest.LogCaptureFixture) -> None:
    """Drive token fetch, a 401 replay, retries and an error; look for secrets everywhere."""
    caplog.set_level(logging.DEBUG)
    api.script = [
        httpx.Response(401),
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(200),
        httpx.Response(404, json={"errorMessage": "nope"}),
    ]
    assert core.get("/api/v1/things").status_code == 200
    with pytest.raises(NotFoundError) as info:
        core.get("/api/v1/things")
    tokens = [token_value(1), token_value(2)]
    texts = [
        repr(core.raw),
        str(core.raw),
        repr(core.raw._auth),
        repr(core.raw._auth.state),
        repr(core.raw._config),
        str(info.value),
        repr(info.value),
        info.value.url,
        caplog.text,
        *(r.getMessage() for r in caplog.records),
        repr(core.raw.with_options(max_retries=1)),
    ]
    assert len(api.token_requests) == 2
    for text in texts:
        for secret in (SECRET, *tokens):
            assert secret not in text
    assert any("retrying" in r.getMessage() for r in caplog.records)


def test_response_validation_error() -> None:
    from cloudconnexa._exceptions import APIResponseValidationError

    error = APIResponseValidationError(response(200, content=b"<html>"), "body is not JSON")
    assert isinstance(error, CloudConnexaError) and not isinstance(error, APIStatusError)
    assert str(error) == f"body is not JSON (200 for GET {URL})"
    assert error.status_code == 200 and error.request.method == "GET"
