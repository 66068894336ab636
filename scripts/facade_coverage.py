#!/usr/bin/env python3
"""Which façade method reaches which API operation, measured, not declared.

Every public method of every resource namespace of `cloudconnexa.Client` is called once, with
placeholder arguments, against a mock CloudConnexa that answers each operation of the spec
with a minimal valid body and records which operation each request hit. The result maps every
operationId of every spec (openapi/versions.yaml) to the façade method(s) that reach it.

    python scripts/facade_coverage.py            # print the table (Markdown)
    python scripts/facade_coverage.py --check    # exit 1 unless 100% of every spec is reached

tests/facade/test_coverage.py asserts 100%; the docs build writes docs/coverage.md from
`markdown_table()` (docs/hooks.py), so the published table cannot go stale.
"""

from __future__ import annotations

import argparse
import collections.abc
import datetime
import enum
import inspect
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _versions import VERSIONS  # noqa: E402

import cloudconnexa  # noqa: E402
from cloudconnexa._sync._resource import APIResource  # noqa: E402

SPECS = {row.version: row.spec for row in VERSIONS}
TOKEN_OPERATION = "requestOAuthToken"
AUTH_LAYER = "(the auth layer: every client fetches its token there)"
PLACEHOLDER_ID = uuid.UUID(int=1)  # ids may be given as the UUIDs the models hold
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# Placeholder values by parameter name, then by annotation; enough for the client-side checks.
VALUES_BY_NAME: dict[str, Any] = {
    "type": "MSI",
    "domains": {"example.com": "placeholder"},  # a mapping serves add (domain: comment) and remove
    "size": 10,
    "page_size": 10,
    "start_hour": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    body: Any  # the placeholder answer

    def matches(self, request: httpx.Request) -> bool:
        return request.method.lower() == self.method and bool(self.pattern.fullmatch(request.url.path))


def _placeholder_answer(operation: dict[str, Any]) -> tuple[int, Any, str]:
    """(status, body, kind) for the operation's success response, minimal but well-formed."""
    for status, response in sorted(operation["responses"].items()):
        if not status.startswith("2"):
            continue
        content = response.get("content") or {}
        if not content:
            return int(status), None, "none"
        media_type, media = next(iter(content.items()))
        schema = media.get("schema", {})
        if media_type.startswith("text/"):
            return int(status), "placeholder", "text"
        if "$ref" in schema:
            return int(status), {}, "json"
        kind = schema.get("type")
        value = {"array": [], "boolean": True, "integer": 1, "string": "placeholder"}.get(kind, {})
        return int(status), value, "json"
    return 200, None, "none"


def load_operations(version: str) -> list[tuple[Operation, int, Any, str]]:
    spec = yaml.safe_load(SPECS[version].read_text())
    operations = []
    for path, item in spec["paths"].items():
        regex = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)))
        for method in HTTP_METHODS:
            if method in item:
                status, body, kind = _placeholder_answer(item[method])
                operations.append((Operation(item[method]["operationId"], method, regex, body), status, body, kind))
    return operations


@dataclass
class Recorder:
    """A mock CloudConnexa: answers every spec operation, remembers which ones were hit."""

    operations: list[tuple[Operation, int, Any, str]]
    hits: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # Literal paths win over templated ones (`/hosts/ip-services` vs `/hosts/{id}`).
        candidates = [entry for entry in self.operations if entry[0].matches(request)]
        candidates.sort(key=lambda entry: entry[0].pattern.pattern.count("[^/]+"))
        if not candidates:
            return httpx.Response(404, json={"errorMessage": f"no such route {request.url.path}"})
        operation, status, body, kind = candidates[0]
        self.hits.append(operation.operation_id)
        if operation.operation_id == TOKEN_OPERATION:
            return httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 3600})
        if kind == "none":
            return httpx.Response(status)
        if kind == "text":
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)


def _placeholder(name: str, annotation: Any) -> Any:
    """A value the client-side checks accept, from the parameter's name or resolved type."""
    if name in VALUES_BY_NAME:
        return VALUES_BY_NAME[name]
    if name.endswith("ids"):
        return [PLACEHOLDER_ID]
    if name.endswith("id"):
        return PLACEHOLDER_ID
    is_union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    first = typing.get_args(annotation)[0] if is_union else annotation
    if isinstance(first, type) and issubclass(first, enum.Enum):
        return next(iter(first))
    if first in (bool, int, str):
        return {bool: True, int: 1, str: "placeholder"}[first]
    if typing.get_origin(first) in (list, collections.abc.Sequence, collections.abc.Iterable):
        return ["example.com"]
    return {}


def _call(method: Callable[..., Any]) -> None:
    arguments: dict[str, Any] = {}
    positional: list[Any] = []
    hints = typing.get_type_hints(method)
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        # Optional keywords are left out; an optional positional (a setting's value) is given.
        optional = parameter.default is not inspect.Parameter.empty
        if optional and (parameter.kind is inspect.Parameter.KEYWORD_ONLY or parameter.default is not None):
            continue
        value = _placeholder(parameter.name, hints.get(parameter.name))
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            arguments[parameter.name] = value
        else:
            positional.append(value)
    try:
        result = method(*positional, **arguments)
        if hasattr(result, "__iter__") and not isinstance(result, (str, bytes, dict)):
            for _ in result:
                pass
    except cloudconnexa.NotFoundError:
        pass  # the v1.0 shim scanned an (empty) listing: the operations it used were recorded
    except cloudconnexa.UnsupportedByAPIVersion:
        pass  # an operation newer than the version measured: refused, nothing sent
    except cloudconnexa.APIResponseValidationError:
        pass  # the placeholder answer `{}` lacks what the method needs; the request was recorded


def _namespaces(obj: object, prefix: str) -> Iterator[tuple[str, object]]:
    for name, attribute in inspect.getmembers(type(obj)):
        if name.startswith("_") or not isinstance(attribute, cached_property):
            continue
        child = getattr(obj, name)
        if isinstance(child, APIResource):
            yield f"{prefix}.{name}", child
            yield from _namespaces(child, f"{prefix}.{name}")


def _methods(namespace: object) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, attribute in inspect.getmembers(type(namespace)):
        if not name.startswith("_") and inspect.isfunction(attribute):
            yield name, getattr(namespace, name)


def measure(version: str) -> dict[str, list[str]]:
    """operationId -> façade methods reaching it, for every operation of `version`'s spec."""
    operations = load_operations(version)
    reached: dict[str, list[str]] = {entry[0].operation_id: [] for entry in operations}
    recorder = Recorder(operations)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with cloudconnexa.Client("http://127.0.0.1:9", client_id="id", client_secret="secret",
                             api_version=version, http_client=http) as client:  # fmt: skip
        for path, namespace in _namespaces(client, "client"):
            for name, method in _methods(namespace):
                recorder.hits.clear()
                _call(method)
                for operation_id in dict.fromkeys(recorder.hits):
                    if operation_id != TOKEN_OPERATION:
                        reached[operation_id].append(f"{path}.{name}")
    http.close()
    reached[TOKEN_OPERATION].append(AUTH_LAYER)
    return reached


def snake_case(operation_id: str) -> str:
    """The generated module name of an operationId (`listDnsRecords` -> `list_dns_records`)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


def markdown_table() -> str:
    """The coverage page: every operation of every spec and the façade methods reaching it."""
    results = {version: measure(version) for version in SPECS}
    operation_ids = sorted(set().union(*results.values()))
    lines = [
        "| operationId | " + " | ".join(f"v{version}" for version in SPECS) + " |",
        "| --- |" + " --- |" * len(SPECS),
    ]
    for operation_id in operation_ids:
        cells = []
        for version in SPECS:
            methods = results[version].get(operation_id)
            if methods is None:
                cells.append("not in this version")
            else:
                cells.append("<br>".join(f"`{m}`" for m in methods) or "**NOT REACHED**")
        lines.append(f"| `{operation_id}` | " + " | ".join(cells) + " |")
    summary = ", ".join(
        f"v{version}: {sum(1 for m in r.values() if m)}/{len(r)} operations reached" for version, r in results.items()
    )
    return f"{summary}\n\n" + "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        missing = {v: [op for op, m in measure(v).items() if not m] for v in SPECS}
        for version, operation_ids in missing.items():
            print(f"v{version}: {len(operation_ids)} operations not reached {operation_ids}")
        raise SystemExit(1 if any(missing.values()) else 0)
    print(markdown_table())


if __name__ == "__main__":
    main()
