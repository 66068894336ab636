"""Every generated model of both API versions survives `from_dict(to_dict(x))`, using an
example payload built from the catalog's schema (every property filled), and parses answers
from a newer API (unknown properties and unknown enum values) without raising."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

CATALOG = Path(__file__).resolve().parents[2] / "openapi" / "catalog" / "v1.0"
PRIMITIVES = {"string", "integer", "number", "boolean", "object"}


def _catalog_schemas() -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = {}
    for path in sorted(CATALOG.glob("v1.0-*.json")):
        data = json.loads(path.read_text())
        schemas.update(data["schemas"])
        schemas.update(data.get("v1_1_0_delta", {}).get("v1_1_0_schemas", {}))
    return schemas


SCHEMAS = _catalog_schemas()


def _value(kind: str, fmt: str | None, enum: list[str] | None, ref: str | None, items: Any, depth: int) -> Any:
    if enum:
        return enum[-1]
    if ref:
        return example(ref, depth + 1)
    if kind == "array":
        item_kind = items if items in PRIMITIVES else "object"
        return [_value(item_kind, None, None, None if items in PRIMITIVES else items, None, depth)]
    if kind == "string":
        return {
            "uuid": "0b8e3a52-6f33-4c77-9d4c-7d1f6c2a9e10",
            "date-time": "2026-11-23T10:15:00+00:00",
            "date": "2026-11-23",
        }.get(fmt or "", "text")
    return {"integer": 42, "number": 1.5, "boolean": True, "object": {}}[kind]


def example(name: str, depth: int = 0) -> dict[str, Any]:
    """A payload for catalog schema `name` with every property set (nesting bounded)."""
    if depth > 4:
        return {}
    payload = {}
    for prop in SCHEMAS[name]["properties"]:
        fields = (prop.get("format"), prop.get("enum"), prop.get("ref"), prop.get("items"))
        payload[prop["name"]] = _value(prop["type"], *fields, depth)
    return payload


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _models(package: str) -> dict[str, type]:
    module = importlib.import_module(f"cloudconnexa_generated.{package}.models")
    return {_normalise(name): getattr(module, name) for name in module.__all__}


def _cases() -> list[Any]:
    cases = []
    for package in ("v1_0", "v1_1_0"):
        models = _models(package)
        for name in sorted(SCHEMAS):
            if _normalise(name) in models:
                cases.append(pytest.param(package, name, id=f"{package}-{name}"))
    return cases


@pytest.mark.parametrize(("package", "schema"), _cases())
def test_round_trip(package: str, schema: str) -> None:
    model = _models(package)[_normalise(schema)]
    payload = example(schema)
    assert model.from_dict(payload).to_dict() == payload


@pytest.mark.parametrize("package", ["v1_0", "v1_1_0"])
def test_every_catalog_schema_has_a_model(package: str) -> None:
    models = _models(package)
    v1_1_0_only = {"HostIpServiceRequest", "HostIpServiceResponse", "PageHostIpServiceResponse"}
    # The network IP-service renames of later versions are not applied (openapi/README.md).
    not_generated = {"NetworkIpServiceRequest", "NetworkIpServiceResponse", "PageNetworkIpServiceResponse"}
    expected = set(SCHEMAS) - not_generated - (v1_1_0_only if package == "v1_0" else set())
    assert {name for name in expected if _normalise(name) not in models} == set()


@pytest.mark.parametrize("package", ["v1_0", "v1_1_0"])
def test_answers_from_a_newer_api_parse(package: str) -> None:
    models = _models(package)
    payload = example("UserGroupResponse")
    payload["internetAccess"] = "SPLIT_TUNNEL_SMART"  # an enum value this SDK does not know
    payload["tunnelBypass"] = {"enabled": True}  # a property added in a later API version
    group = models[_normalise("UserGroupResponse")].from_dict(payload)
    assert group.internet_access == "SPLIT_TUNNEL_SMART"
    assert group.additional_properties == {"tunnelBypass": {"enabled": True}}
    assert group.to_dict() == payload


@pytest.mark.parametrize("package", ["v1_0", "v1_1_0"])
def test_every_endpoint_module_imports(package: str) -> None:
    root = Path(importlib.import_module(f"cloudconnexa_generated.{package}").__file__).parent / "api"
    modules = sorted(root.glob("*/*.py"))
    for path in modules:
        if path.name != "__init__.py":
            module = importlib.import_module(f"cloudconnexa_generated.{package}.api.{path.parent.name}.{path.stem}")
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                assert callable(getattr(module, function)), f"{module.__name__}.{function}"
    assert len(modules) > 100
