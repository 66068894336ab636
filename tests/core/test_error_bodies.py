"""Error messages and NotFoundError classification read every error-body shape the service,
its gateway and the official Go client show (issue 11 item 7), and list every detail, bounded
in length (issue 10 item 12). Pure: `make_status_error` on built responses."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from cloudconnexa._exceptions import BadRequestError, NotFoundError, make_status_error

URL = "https://acme.api.openvpn.com/api/v1/users/abc"


def error(status: int, body: Any = None, *, text: str | None = None, url: str = URL) -> Any:
    request = httpx.Request("GET", url)
    if text is not None:
        return make_status_error(httpx.Response(status, text=text, request=request))
    return make_status_error(httpx.Response(status, json=body, request=request))


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ({"errorMessage": "User not found"}, None),
        ({"errorDetails": {"id": [{"message": "user not found"}]}}, None),
        ({"message": "Network not found"}, None),
        ({"error": "not found"}, None),
        ({"error": "invalid_request", "error_description": "Device not found"}, None),
        ({"statusError": "NOT_FOUND"}, None),
        (None, "Host not found"),
    ],
    ids=["errorMessage", "errorDetails", "message", "error", "error_description", "statusError", "plain-text"],
)
def test_400_not_found_in_any_shape_is_not_found(body: Any, text: str | None) -> None:
    exc = error(400, body, text=text)
    assert type(exc) is NotFoundError
    assert "not found" in str(exc).lower().replace("_", " ")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"message": "Invalid request"}, "Invalid request"),
        ({"error": "invalid_grant", "error_description": "bad token"}, "invalid_grant; bad token"),
        ({"statusError": "BAD_REQUEST"}, "BAD_REQUEST"),
        ({"errorMessage": "Validation failed", "statusError": "BAD_REQUEST"}, "Validation failed"),
    ],
)
def test_every_message_key_is_quoted(body: dict[str, Any], expected: str) -> None:
    exc = error(400, body)
    assert type(exc) is BadRequestError
    assert str(exc).endswith(f": {expected}")


def test_message_lists_every_detail() -> None:
    body = {
        "errorMessage": "Request validation failed",
        "errorDetails": {
            "name": [{"errorCode": "NotBlank", "message": "must not be blank"}, {"message": "too long"}],
            "email": [{"message": "must be a well-formed email address"}],
        },
    }
    exc = error(400, body)
    assert str(exc) == (
        f"400 Bad Request for GET {URL}: Request validation failed; name: must not be blank; "
        "name: too long; email: must be a well-formed email address"
    )
    assert exc.body == body


def test_long_values_are_shortened_in_the_message_not_in_the_body() -> None:
    huge = "i" * 10_000
    body = {"errorMessage": f"id {huge} is invalid", "errorDetails": {"id": [{"message": f"bad id {huge}"}] * 50}}
    exc = error(400, body, url=f"https://acme.api.openvpn.com/api/v1/users/{huge}")
    assert len(str(exc)) < 1000
    assert exc.body == body
    assert exc.url.endswith(huge)
    assert str(exc).startswith("400 Bad Request for GET https://acme.api.openvpn.com/api/v1/users/")


def test_plain_400_with_details_stays_bad_request() -> None:
    body = {"errorMessage": "Validation failed", "errorDetails": {"name": [{"message": "too long"}]}}
    assert type(error(400, body)) is BadRequestError
