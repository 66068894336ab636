"""Load a CloudConnexa OpenAPI spec and describe its operations for the fake server.

`load_spec("1.1.0")` is cached per process: parsing the YAML and building the
openapi-core validators costs about half a second, and every fake of that version
shares the result.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .._constants import API_VERSIONS as _SDK_VERSIONS

__all__ = [
    "API_VERSIONS",
    "HOST_URL",
    "Operation",
    "Spec",
    "load_spec",
    "spec_path",
]

API_VERSIONS: tuple[str, ...] = tuple(_SDK_VERSIONS)
"""The API versions the fake can serve: every version the SDK speaks (one spec each)."""

HOST_URL = "http://cloudconnexa.fake"
"""The server URL the validators are built for (the spec's own servers are replaced)."""

_METHODS = ("get", "put", "post", "delete", "patch")


def spec_path(version: str) -> Path:
    """Where the spec of `version` lives: package data first, then the repo's `openapi/`.

    >>> spec_path("1.1.0").name
    'cloudconnexa-v1.1.0.yaml'
    """
    if version not in API_VERSIONS:
        raise ValueError(f"api_version must be one of {API_VERSIONS}, got {version!r}")
    name = f"cloudconnexa-v{version}.yaml"
    packaged = Path(__file__).parent / "specs" / name
    if packaged.is_file():
        return packaged
    in_repo = Path(__file__).resolve().parents[2] / "openapi" / name
    if in_repo.is_file():
        return in_repo
    raise FileNotFoundError(f"spec {name} found neither in {packaged.parent} nor {in_repo.parent}")


@dataclass(frozen=True)
class Operation:
    """One spec operation, with its `$ref`s resolved."""

    method: str
    """Upper-case HTTP method."""
    path: str
    """The path template, e.g. `/api/v1/dns-records/{id}`."""
    operation_id: str
    query: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Query parameters by name (resolved parameter objects)."""
    request_content: dict[str, Any] = field(default_factory=dict)
    """Request media type → schema (empty when the operation takes no body)."""
    success_status: int = 200
    success_content: dict[str, Any] = field(default_factory=dict)
    """Success media type → schema (empty for 204 and empty 200 replies)."""

    @property
    def response_schema(self) -> Any:
        """The JSON schema of the success body, or None."""
        for media, schema in self.success_content.items():
            if "json" in media:
                return schema
        return None

    @property
    def request_schema(self) -> Any:
        for media, schema in self.request_content.items():
            if "json" in media:
                return schema
        return None

    @property
    def text_request(self) -> bool:
        return any(media.startswith("text/") for media in self.request_content)

    @property
    def text_response(self) -> bool:
        return any(media.startswith("text/") for media in self.success_content)


class Spec:
    """A parsed spec: raw dict, resolved operations and the openapi-core validators."""

    def __init__(self, version: str, raw: dict[str, Any]) -> None:
        self.version = version
        self.raw = raw
        self.operations: list[Operation] = [
            self._operation(path, method.upper(), op)
            for path, item in raw["paths"].items()
            for method, op in item.items()
            if method in _METHODS
        ]
        self._validators: tuple[Any, Any, Any] | None = None

    def resolve(self, node: Any) -> Any:
        """Replace every `$ref` in `node` (recursively) by its target."""
        return _resolve(self.raw, node, 0)

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> Operation:
        params = [self.resolve(p) for p in op.get("parameters", [])]
        body = self.resolve(op.get("requestBody", {}))
        status, content = 200, {}
        for code, response in op["responses"].items():
            if str(code).startswith("2"):
                response = self.resolve(response)
                status = int(code)
                content = {m: c.get("schema", {}) for m, c in response.get("content", {}).items()}
                break
        return Operation(
            method=method,
            path=path,
            operation_id=op["operationId"],
            query={p["name"]: p for p in params if p["in"] == "query"},
            request_content={m: c.get("schema", {}) for m, c in body.get("content", {}).items()},
            success_status=status,
            success_content=content,
        )

    def validators(self) -> tuple[Any, Any, Any]:
        """(parameters, body, response) openapi-core validators, built once.

        Security is not validated here: the fake checks bearer tokens itself, and
        openapi-core warns on OAuth2 schemes it cannot check.
        """
        if self._validators is None:
            from openapi_core import OpenAPI
            from openapi_core.validation.request.validators import (
                V30RequestBodyValidator,
                V30RequestParametersValidator,
            )
            from openapi_core.validation.response.validators import V30ResponseValidator

            raw = copy.deepcopy(self.raw)
            raw["servers"] = [{"url": HOST_URL}]
            api = OpenAPI.from_dict(raw)
            self._validators = (
                V30RequestParametersValidator(api.spec),
                V30RequestBodyValidator(api.spec),
                V30ResponseValidator(api.spec),
            )
        return self._validators


def _resolve(root: dict[str, Any], node: Any, depth: int) -> Any:
    if depth > 40:  # a recursive schema: stop rather than loop forever
        return {}
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return _resolve(root, target, depth + 1)
        return {k: _resolve(root, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(root, v, depth + 1) for v in node]
    return node


@functools.cache
def load_spec(version: str) -> Spec:
    """The cached `Spec` of `version` (one of `API_VERSIONS`)."""
    path = spec_path(version)
    with path.open("rb") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(raw, dict) or "paths" not in raw:
        raise ValueError(f"{path} is not an OpenAPI document")
    return Spec(version, raw)
