"""Response payloads shaped like the documentation and like what the live service sends.

Built from the committed specs (faithful to the docs), for any schema of any API version:

- "documented": every property set, values in their declared formats (uuid, date-time, enums);
- "nulls": every property of every record `null` (lists, nested objects, enums, ids);
- "nested_nulls": documented records whose nested objects and lists hold nulls;
- "missing": records with no properties at all (`{}`);
- "go_client": what the official Go client and the Terraform provider show the service sending
  and accepting: non-UUID ids ("g1"), `platform` as a plain string, unknown fields and enum
  values, `null` lists (`"devices": null`), date-times and int32 values out of their format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = {
    "1.0": ROOT / "openapi" / "cloudconnexa-v1.0.yaml",
    "1.1.0": ROOT / "openapi" / "cloudconnexa-v1.1.0.yaml",
    "1.2.3": ROOT / "openapi" / "cloudconnexa-v1.2.3.yaml",
}
VARIANTS = ["documented", "nulls", "nested_nulls", "missing", "go_client"]
EXTRA_FIELD = "fieldFromANewerApi"
GO_ID = "g1"


def load_spec(version: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPECS[version].read_text())
    return spec


class PayloadBuilder:
    """`build(schema, variant)`: a JSON value for an OpenAPI schema of `spec`."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            _, _, kind, name = schema["$ref"].split("/")
            schema = self.spec["components"][kind][name]
        return schema

    def build(self, schema: dict[str, Any], variant: str, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if "oneOf" in schema or "anyOf" in schema:
            return self.build((schema.get("oneOf") or schema["anyOf"])[0], variant, depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.build(part, variant, depth)
                merged.update(value if isinstance(value, dict) else {})
            return merged
        kind = schema.get("type", "object" if "properties" in schema else None)
        if kind == "array":
            return [self.build(schema.get("items", {}), variant, depth + 1)] if depth < 5 else []
        if kind == "object" or "properties" in schema:
            return self._record(schema, variant, depth)
        return self._scalar(schema, variant)

    def _record(self, schema: dict[str, Any], variant: str, depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties", {})
        if depth > 5:
            return {}
        if variant == "missing" and depth > 0:
            return {}
        if variant == "nulls" and depth > 0:
            return {name: None for name in properties}
        record: dict[str, Any] = {}
        for name, prop in properties.items():
            target = self.resolve(prop)
            nested = target.get("type") in ("object", "array") or "properties" in target
            if variant == "nested_nulls" and nested and depth > 0:
                record[name] = None
            elif variant == "go_client" and name == "platform":
                record[name] = "linux"
            elif variant == "go_client" and target.get("type") == "array" and name in ("devices", "routes"):
                record[name] = None
            else:
                record[name] = self.build(prop, variant, depth + 1)
        if variant == "go_client":
            record[EXTRA_FIELD] = {"kept": True}
        return record

    @staticmethod
    def _scalar(schema: dict[str, Any], variant: str) -> Any:
        kind, fmt = schema.get("type"), schema.get("format")
        go = variant == "go_client"
        if schema.get("enum"):
            return "A_VALUE_FROM_A_NEWER_API" if go else schema["enum"][0]
        if kind == "string":
            if fmt == "uuid":
                return GO_ID if go else "0b8e3a52-6f33-4c77-9d4c-7d1f6c2a9e10"
            if fmt == "date-time":
                return "yesterday at noon" if go else "2026-11-23T10:15:00Z"
            return "text"
        if kind == "integer":
            return 2**40 if go and fmt == "int32" else 7
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        return {}


def top_level(payload: Any, variant: str) -> Any:
    """The answer body: records of a listing page get the variant; the page (or cursor batch)
    says it is the last one, so a listing ends after one request."""
    if isinstance(payload, dict) and "content" in payload:
        return {**payload, "page": 0, "size": 1000, "numberOfElements": 1, "totalElements": 1, "totalPages": 1}
    if isinstance(payload, dict) and "nextCursor" in payload:
        payload = {**payload, "nextCursor": None}
    if variant == "nulls" and isinstance(payload, dict) and "content" not in payload:
        return {name: None for name in payload}
    if variant == "missing" and isinstance(payload, dict) and "content" not in payload:
        return {}
    return payload
