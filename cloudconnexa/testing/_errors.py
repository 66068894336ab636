"""The fake's error replies, in the API's `ErrorResponse` shape.

raise ApiError(404, "DNS record not found")
# -> 404 {"errorMessage": "DNS record not found", "statusError": "NOT_FOUND",
#         "errorDetails": {}}
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

__all__ = ["ApiError", "error_body", "detail"]


def detail(message: str, code: str = "INVALID", **params: Any) -> dict[str, Any]:
    """One `ErrorDetails` entry.

    The spec types every `params` value as an object, so each one travels wrapped:
    `detail("invalid date", value="x")["params"] == {"value": {"value": "x"}}`.
    """
    return {"errorCode": code, "message": message, "params": {name: {"value": v} for name, v in params.items()}}


def error_body(status: int, message: str, details: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """An `ErrorResponse` dict for `status`."""
    try:
        status_error = HTTPStatus(status).name
    except ValueError:
        status_error = str(status)
    return {"errorMessage": message, "statusError": status_error, "errorDetails": details or {}}


class ApiError(Exception):
    """Raised by handlers; the app turns it into an `ErrorResponse` reply."""

    def __init__(
        self,
        status: int,
        message: str,
        details: dict[str, list[dict[str, Any]]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.message, self.details)
