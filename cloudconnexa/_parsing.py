"""Turning a successful response into what a resource method returns.

Error statuses never reach these functions: the transport raises them first. What can still
go wrong is a 2xx answer whose body is not what the spec promises (truncated JSON, an HTML
page from a proxy): that is an `APIResponseValidationError`, never a bare `ValueError`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

__all__ = ["parse_bool", "parse_int", "parse_json", "parse_model", "parse_model_list", "parse_text"]

T = TypeVar("T")
ModelT = TypeVar("ModelT", bound="_FromDict")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT: ...


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON body, or APIResponseValidationError naming what was wrong."""
    try:
        return json.loads(response.content)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise APIResponseValidationError(response, f"response body is not valid JSON ({exc})") from exc
    except RecursionError:  # hostile nesting; the traceback of the recursion is no help
        raise APIResponseValidationError(response, "response body is JSON nested too deeply") from None


def _expect(response: httpx.Response, value: Any, kind: type[T], what: str) -> T:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise APIResponseValidationError(response, f"expected {what}, got {type(value).__name__}")
    return value


def parse_model(response: httpx.Response, model: type[ModelT]) -> ModelT:
    """Build `model` from a JSON object body (unknown fields and enum values are kept)."""
    data = _expect(response, parse_json(response), dict, f"a JSON object for {model.__name__}")
    try:
        return model.from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise APIResponseValidationError(response, f"body does not fit {model.__name__}: {exc!r}") from exc


def parse_model_list(response: httpx.Response, model: type[ModelT]) -> list[ModelT]:
    """Build a list of `model` from a JSON array body."""
    items = _expect(response, parse_json(response), list, f"a JSON array of {model.__name__}")
    return [model.from_dict(_expect(response, item, dict, f"a JSON object for {model.__name__}")) for item in items]


def parse_bool(response: httpx.Response) -> bool:
    return _expect(response, parse_json(response), bool, "a JSON boolean")


def parse_int(response: httpx.Response) -> int:
    return _expect(response, parse_json(response), int, "a JSON integer")


def parse_text(response: httpx.Response) -> str:
    """A `text/plain` body as sent (profiles, string settings)."""
    return response.text
