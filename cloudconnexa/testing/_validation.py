"""openapi-core glue: validate the fake's requests and replies against the spec.

Adapters implement openapi-core's Request/Response protocols directly (with the
matched `path_pattern`, so openapi-core skips its own path search).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from openapi_core.datatypes import RequestParameters
from openapi_core.validation.response.exceptions import MissingData
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._errors import detail
from ._spec import HOST_URL, Operation, Spec

__all__ = ["CoreRequest", "CoreResponse", "drop_json_nulls", "request_errors", "response_errors"]


class CoreRequest:
    """An openapi-core request built from the fake's view of one HTTP request."""

    def __init__(
        self,
        op: Operation,
        path: str,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
    ) -> None:
        self.host_url = HOST_URL
        self.path = path
        self.path_pattern = op.path
        self.method = op.method.lower()
        self.body: bytes | None = body
        self.content_type = content_type
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query)),
            header=Headers(dict(headers)),
            cookie=ImmutableMultiDict(),
            path=dict(path_params),
        )


class CoreResponse:
    """An openapi-core response built from the fake's reply."""

    def __init__(self, status: int, content_type: str, headers: Mapping[str, str], data: bytes):
        self.status_code = status
        self.content_type = content_type
        self.headers = Headers(dict(headers))
        self.data: bytes | None = data


def drop_json_nulls(body: bytes, content_type: str) -> bytes:
    """A JSON request body without its `null` members, which the live API reads as absent
    (the official Terraform provider sends them); anything else unchanged."""
    if not body or not content_type.startswith("application/json") or b"null" not in body:
        return body
    try:
        value = json.loads(body)
        return json.dumps(_without_nulls(value)).encode()
    except (ValueError, RecursionError):
        return body  # the validator reports what is wrong with it


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def request_errors(spec: Spec, request: CoreRequest) -> dict[str, list[dict[str, Any]]]:
    """`ErrorResponse.errorDetails` for every way `request` breaks the spec (empty: valid)."""
    params, body, _ = spec.validators()
    details: dict[str, list[dict[str, Any]]] = {}
    for validator in (params, body):
        for exc in validator.iter_errors(request):
            for field, message in _describe(exc):
                details.setdefault(field, []).append(detail(message, type(exc).__name__))
    return details


def response_errors(spec: Spec, request: CoreRequest, response: CoreResponse) -> list[str]:
    """Human-readable reasons why `response` breaks the spec (empty: valid)."""
    _, _, validator = spec.validators()
    out: list[str] = []
    for exc in validator.iter_errors(request, response):
        if isinstance(exc, MissingData) and _is_empty_text(response):
            continue  # "" is a valid `type: string` text/plain body; openapi-core calls it missing
        out.extend(f"{field}: {message}" for field, message in _describe(exc))
    return out


def _is_empty_text(response: CoreResponse) -> bool:
    return response.content_type.startswith("text/") and not response.data


def _describe(exc: BaseException) -> list[tuple[str, str]]:
    """(field, message) pairs from an openapi-core error and the errors under it."""
    name = getattr(exc, "name", None)
    field = str(name) if name else "body"
    cause = exc.__cause__ or exc.__context__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None)
    if schema_errors:
        pairs = []
        for err in schema_errors:
            where = ".".join(str(p) for p in getattr(err, "path", ())) or field
            pairs.append((where, str(getattr(err, "message", err))))
        return pairs
    message = str(exc) or type(exc).__name__
    if cause is not None and str(cause):
        message = f"{message}: {cause}"
    return [(field, message)]
