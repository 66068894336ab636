"""Generation-time changes to a spec: what the live API sends, beyond what its docs say.

The specs in `openapi/` stay faithful to the documentation; `scripts/regenerate.py` feeds the
generator `transform_spec(spec)` instead. Every change is keyed on the shape of the spec, not
on its version, so a new API version's spec gets the same treatment without edits here.
Each decision is recorded in `openapi/README.md` ("Models: what the generator is given").

1. Ids are text: `format: uuid` is dropped everywhere, so ids are `str` on every model and
   compare equal to the strings callers pass (a non-UUID id no longer fails a read).
2. Read models: every object schema reachable from a response (components, inline objects,
   array items) is marked `x-cloudconnexa-read`; its properties are all listed as required
   (the generator then emits the plain, Unset-free parsing code) and lose `nullable` and
   `default`. `generator-templates/model.py.jinja` turns such a model's fields into
   `X | None = None`: absent and `null` both read as None, at every depth.
3. A `date-time` in a read model parses to `datetime` when it can and is kept as the given
   string when it cannot (`oneOf` date-time / string).
4. `platform` of a device (an object in the docs, a plain string in the official Go client)
   accepts both shapes in read models (`oneOf` object / string).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

__all__ = ["READ_MARK", "read_schema_names", "transform_spec"]

READ_MARK = "x-cloudconnexa-read"
_HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
_BOTH_SHAPES = {"platform"}
"""Properties whose object form the sources disagree on: also accepted as a plain string."""


def transform_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A transformed deep copy of `spec` (an OpenAPI 3.0 document as loaded from YAML)."""
    spec = copy.deepcopy(spec)
    _drop_uuid_format(spec)
    schemas = spec.get("components", {}).get("schemas", {})
    for name in sorted(read_schema_names(spec)):
        _mark_read(schemas[name])
    for operation in _operations(spec):
        for response in operation.get("responses", {}).values():
            for media in _resolve(spec, response).get("content", {}).values():
                if "schema" in media and "$ref" not in media["schema"]:
                    _mark_read(media["schema"])
    return spec


def read_schema_names(spec: dict[str, Any]) -> set[str]:
    """Component schemas reachable from any response: they are parsed from the wire.

    A schema also used in request bodies (settings values, IKE phases) is a read model too:
    a field left as None is simply not sent.
    """
    found: set[str] = set()
    for operation in _operations(spec):
        _collect_refs(spec, operation.get("responses", {}), found)
    return found


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in spec.get("paths", {}).values():
        for method, operation in item.items():
            if method in _HTTP_METHODS and isinstance(operation, dict):
                yield operation


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    _, _, kind, name = ref.split("/")
    resolved: dict[str, Any] = spec["components"][kind][name]
    return _resolve(spec, resolved)


def _collect_refs(spec: dict[str, Any], node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            _, _, kind, name = ref.split("/")
            if kind == "schemas" and name in found:
                return
            if kind == "schemas":
                found.add(name)
            _collect_refs(spec, spec["components"][kind][name], found)
            return
        for value in node.values():
            _collect_refs(spec, value, found)
    elif isinstance(node, list):
        for value in node:
            _collect_refs(spec, value, found)


def _drop_uuid_format(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("format") == "uuid":
            del node["format"]
        for value in node.values():
            _drop_uuid_format(value)
    elif isinstance(node, list):
        for value in node:
            _drop_uuid_format(value)


def _mark_read(schema: dict[str, Any]) -> None:
    """Mark `schema` and the inline object schemas inside it (not those behind a $ref)."""
    if "$ref" in schema:
        return
    schema.pop("nullable", None)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema[READ_MARK] = True
        schema["required"] = list(properties)
        for name, prop in properties.items():
            prop.pop("nullable", None)
            prop.pop("default", None)
            if name in _BOTH_SHAPES and _is_object(prop):
                properties[name] = _either(prop, {"type": "string"})
            elif prop.get("type") == "string" and prop.get("format") == "date-time":
                properties[name] = _either(prop, {"type": "string"})
            else:
                _mark_read(prop)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _mark_read(schema[key])
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, []):
            _mark_read(member)


def _is_object(prop: dict[str, Any]) -> bool:
    return "$ref" in prop or prop.get("type") == "object"


def _either(prop: dict[str, Any], fallback: dict[str, Any]) -> dict[str, Any]:
    """`prop` or `fallback`: the generator tries `prop` first and keeps the value otherwise."""
    described = {key: prop.pop(key) for key in ("description", "example") if key in prop}
    if "$ref" not in prop:
        _mark_read(prop)
    return {"oneOf": [prop, fallback], **described}
