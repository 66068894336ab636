"""Turning a successful response into what a resource method returns.

Error statuses never reach these functions: the transport raises them first. What can still
go wrong is a 2xx answer whose body is not what the spec promises (truncated JSON, an HTML
page from a proxy): that is an `APIResponseValidationError`, never a bare `ValueError`.

The models are lenient (absent and null read as None, unknown fields and enum values are
kept), so what still fails is a value of the wrong kind (a string where an object belongs).
Such an error names the field, and for a listing the page, the record's index and its id.
An empty 2xx body where JSON is declared reads as the declared type's empty value: a model
with every field None, or an empty list (the Go client reads such answers as "none set").
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

__all__ = [
    "parse_bool",
    "parse_int",
    "parse_json",
    "parse_json_or_empty",
    "parse_model",
    "parse_model_list",
    "parse_page",
    "parse_text",
]

T = TypeVar("T")
_PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
_SHORT = 60
"""Longest id or value quoted in a message (exc.response keeps the full body)."""
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


def parse_json_or_empty(response: httpx.Response, empty: Any) -> Any:
    """The decoded body, or `empty` when a 2xx answer has no body at all (or JSON null)."""
    if not response.content.strip():
        return empty
    value = parse_json(response)
    return empty if value is None else value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHORT else f"{text[: _SHORT - 5]}...{text[-2:]}"


def _failing_field(model: type[Any], data: Mapping[str, Any]) -> str | None:
    """The wire name of the first field that `model` cannot read on its own, if one is."""
    for key, value in data.items():
        try:
            model.from_dict({key: value})
        except _PARSE_ERRORS:
            return key
    return None


def _models_named_in(annotation: object, model: type[Any]) -> list[type[Any]]:
    """The generated model classes an annotation of `model` names (its package exports them)."""
    package = importlib.import_module(model.__module__.rsplit(".", 1)[0])
    found = [getattr(package, name, None) for name in re.findall(r"[A-Z]\w*", str(annotation))]
    return [cls for cls in found if isinstance(cls, type) and hasattr(cls, "from_dict")]


def _normalised(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _field_path(model: type[Any], data: Mapping[str, Any], depth: int = 0) -> tuple[str, Any] | None:
    """The path (`devices[0].connectionStatus`) and value of the innermost field `model`
    cannot read, found by parsing field by field and descending into nested models."""
    key = _failing_field(model, data)
    if key is None:
        return None
    value = data[key]
    annotations = getattr(model, "__annotations__", {})
    nested = [
        cls
        for name, annotation in annotations.items()
        if _normalised(name.removeprefix("field_")) == _normalised(key)
        for cls in _models_named_in(annotation, model)
    ]
    items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
    for index, item in items if depth < 8 else []:
        step = key if index is None else f"{key}[{index}]"
        if isinstance(item, dict):
            for cls in nested:
                inner = _field_path(cls, item, depth + 1)
                if inner is not None:
                    return f"{step}.{inner[0]}", inner[1]
        elif index is not None and nested and item is not None:
            return step, item
    return key, value


def _what_failed(model: type[Any], data: Mapping[str, Any], exc: Exception, prefix: str = "") -> str:
    found = _field_path(model, data)
    where = f"field {prefix}{found[0]} ({_short(found[1])})" if found is not None else "the record"
    return f"{where} does not fit {model.__name__}: {type(exc).__name__}: {str(exc)[:_SHORT]}"


def parse_model(response: httpx.Response, model: type[ModelT]) -> ModelT:
    """Build `model` from a JSON object body (unknown fields and enum values are kept)."""
    data = _expect(response, parse_json_or_empty(response, {}), dict, f"a JSON object for {model.__name__}")
    try:
        return model.from_dict(data)
    except _PARSE_ERRORS as exc:
        raise APIResponseValidationError(response, _what_failed(model, data, exc)) from exc


def _item_model(page_model: type[Any]) -> type[Any] | None:
    """The record model of a generated `Page...Response` (from its `content` annotation)."""
    annotation = getattr(page_model, "__annotations__", {}).get("content", "")
    models = _models_named_in(annotation, page_model)
    return models[0] if models else None


def parse_page(response: httpx.Response, page_model: type[ModelT], page: int) -> ModelT:
    """Build one listing page; a record that cannot be read is named by page, index and id."""
    data = _expect(response, parse_json_or_empty(response, {}), dict, f"a JSON object for {page_model.__name__}")
    try:
        return page_model.from_dict(data)
    except _PARSE_ERRORS as exc:
        item_model = _item_model(page_model)
        records = data.get("content")
        if item_model is not None and isinstance(records, list):
            for index, record in enumerate(records):
                if not isinstance(record, dict):
                    problem = f"page {page}, record {index} is not a JSON object ({_short(record)})"
                    raise APIResponseValidationError(response, problem) from exc
                try:
                    item_model.from_dict(record)
                except _PARSE_ERRORS as record_exc:
                    what = _what_failed(item_model, record, record_exc, prefix=f"content[{index}].")
                    problem = f"page {page}, record {index} (id {_short(record.get('id'))}): {what}"
                    raise APIResponseValidationError(response, problem) from record_exc
        raise APIResponseValidationError(response, f"page {page}: {_what_failed(page_model, data, exc)}") from exc


def parse_model_list(response: httpx.Response, model: type[ModelT]) -> list[ModelT]:
    """Build a list of `model` from a JSON array body (an empty body is an empty list)."""
    items = _expect(response, parse_json_or_empty(response, []), list, f"a JSON array of {model.__name__}")
    parsed = []
    for index, item in enumerate(items):
        record = _expect(response, item, dict, f"a JSON object for {model.__name__} at index {index}")
        try:
            parsed.append(model.from_dict(record))
        except _PARSE_ERRORS as exc:
            problem = f"record {index} (id {_short(record.get('id'))}): {_what_failed(model, record, exc)}"
            raise APIResponseValidationError(response, problem) from exc
    return parsed


def parse_bool(response: httpx.Response) -> bool:
    return _expect(response, parse_json(response), bool, "a JSON boolean")


def parse_int(response: httpx.Response) -> int:
    return _expect(response, parse_json(response), int, "a JSON integer")


def parse_text(response: httpx.Response) -> str:
    """A `text/plain` body as sent (profiles, string settings)."""
    return response.text
