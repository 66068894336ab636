#!/usr/bin/env python3
"""What changed between two API specs: operations and schema fields, as Markdown.

    python scripts/spec_diff.py 1.0 1.1.0                      # two versions of openapi/versions.yaml
    python scripts/spec_diff.py old.yaml openapi/cloudconnexa-v1.1.0.yaml   # or two spec files
    make diff A=1.0 B=1.1.0

Prints the operations added, removed and changed (parameters, request body, success replies),
the schemas added and removed, and per schema the fields added, removed, renamed (a removed
and an added field with the same definition) and retyped. docs/hooks.py builds the page
"What changed between API versions" from `markdown_changes()` for each pair of consecutive
versions, so that page cannot go stale.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _versions import VERSIONS, by_version  # noqa: E402

__all__ = ["SpecDiff", "counts", "diff", "load", "markdown", "markdown_changes"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load(name_or_path: str) -> dict[str, Any]:
    """A spec by API version (`1.1.0`) or by file path."""
    path = Path(name_or_path)
    if not path.is_file():
        try:
            path = by_version(name_or_path).spec
        except KeyError:
            raise SystemExit(f"spec_diff: {name_or_path!r} is neither a spec file nor a version of the table") from None
    spec: dict[str, Any] = yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return spec


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s to parameters, responses and request bodies (schemas stay named)."""
    while isinstance(node, dict) and "$ref" in node and not str(node["$ref"]).startswith("#/components/schemas/"):
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def type_name(schema: Any) -> str:
    """A schema in one short phrase: `DnsRecordResponse`, `[string]`, `string(uuid)`, `enum[A, B]`."""
    if not isinstance(schema, dict):
        return "none"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "object" if "properties" in schema else "any")
    if kind == "array":
        return f"[{type_name(schema.get('items'))}]"
    if schema.get("enum"):
        return f"{kind} enum[{', '.join(map(str, schema['enum']))}]"
    if schema.get("format"):
        return f"{kind}({schema['format']})"
    return str(kind)


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _signature(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    """The comparable facts of one operation, as short phrases by aspect."""
    facts: dict[str, str] = {"operationId": str(op.get("operationId"))}
    for raw in op.get("parameters", []):
        param = _resolve(spec, raw)
        required = " required" if param.get("required") else ""
        facts[f"{param['in']} parameter `{param['name']}`"] = f"{type_name(param.get('schema'))}{required}"
    body = _resolve(spec, op.get("requestBody") or {})
    for media, content in (body.get("content") or {}).items():
        facts["request body"] = f"{media} {type_name(content.get('schema'))}"
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            content = _resolve(spec, response).get("content") or {}
            shown = [f"{media} {type_name(c.get('schema'))}" for media, c in content.items()] or ["no content"]
            facts[f"{status} reply"] = ", ".join(shown)
    return facts


def _fields(schema: dict[str, Any]) -> dict[str, str]:
    required = set(schema.get("required", []))
    return {
        name: type_name(prop) + (" required" if name in required else "")
        for name, prop in (schema.get("properties") or {}).items()
    }


@dataclass
class SchemaChange:
    added: dict[str, str] = field(default_factory=dict)
    removed: dict[str, str] = field(default_factory=dict)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    retyped: list[tuple[str, str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.retyped)


@dataclass
class SpecDiff:
    """Everything that differs between spec `a` and spec `b`."""

    ops_added: dict[tuple[str, str], str] = field(default_factory=dict)
    ops_removed: dict[tuple[str, str], str] = field(default_factory=dict)
    ops_changed: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    schemas_changed: dict[str, SchemaChange] = field(default_factory=dict)

    def __bool__(self) -> bool:
        parts = (self.ops_added, self.ops_removed, self.ops_changed, self.schemas_added, self.schemas_removed)
        return any(parts) or bool(self.schemas_changed)


def _schema_change(old: dict[str, str], new: dict[str, str]) -> SchemaChange:
    change = SchemaChange()
    added = {k: v for k, v in new.items() if k not in old}
    removed = {k: v for k, v in old.items() if k not in new}
    for name, kind in list(removed.items()):  # same definition, new name: a rename
        twin = next((n for n, k in added.items() if k == kind), None)
        if twin is not None:
            change.renamed.append((name, twin, kind))
            del removed[name], added[twin]
    change.added, change.removed = added, removed
    change.retyped = [(n, old[n], new[n]) for n in old if n in new and old[n] != new[n]]
    return change


def diff(a: dict[str, Any], b: dict[str, Any]) -> SpecDiff:
    result = SpecDiff()
    ops_a, ops_b = operations(a), operations(b)
    result.ops_added = {k: str(ops_b[k].get("operationId")) for k in sorted(set(ops_b) - set(ops_a))}
    result.ops_removed = {k: str(ops_a[k].get("operationId")) for k in sorted(set(ops_a) - set(ops_b))}
    for key in sorted(set(ops_a) & set(ops_b)):
        old, new = _signature(a, ops_a[key]), _signature(b, ops_b[key])
        lines = []
        for aspect in list(dict.fromkeys([*old, *new])):
            if old.get(aspect) != new.get(aspect):
                before, after = old.get(aspect, "(none)"), new.get(aspect, "(none)")
                lines.append(f"{aspect}: `{before}` → `{after}`")
        if lines:
            result.ops_changed[key] = lines
    schemas_a = a.get("components", {}).get("schemas", {})
    schemas_b = b.get("components", {}).get("schemas", {})
    result.schemas_added = sorted(set(schemas_b) - set(schemas_a))
    result.schemas_removed = sorted(set(schemas_a) - set(schemas_b))
    for name in sorted(set(schemas_a) & set(schemas_b)):
        change = _schema_change(_fields(schemas_a[name]), _fields(schemas_b[name]))
        if change:
            result.schemas_changed[name] = change
    return result


def counts(spec: dict[str, Any]) -> tuple[int, int]:
    """(operations, schemas) of a spec: the numbers docs and tests quote, never typed by hand."""
    return len(operations(spec)), len(spec.get("components", {}).get("schemas", {}))


def markdown(result: SpecDiff, heading: str = "###") -> str:
    out: list[str] = []
    if not result:
        return "No differences.\n"

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"{heading} {title}", "", *lines, ""])

    section("Operations added", [f"- `{m} {p}` (`{op}`)" for (m, p), op in result.ops_added.items()])
    section("Operations removed", [f"- `{m} {p}` (`{op}`)" for (m, p), op in result.ops_removed.items()])
    changed = []
    for (method, path), lines in result.ops_changed.items():
        changed.append(f"- `{method} {path}`: " + "; ".join(lines))
    section("Operations changed", changed)
    section("Schemas added", [f"- `{name}`" for name in result.schemas_added])
    section("Schemas removed", [f"- `{name}`" for name in result.schemas_removed])
    fields = []
    for name, change in result.schemas_changed.items():
        parts = [f"added `{f}` ({k})" for f, k in change.added.items()]
        parts += [f"removed `{f}`" for f in change.removed]
        parts += [f"renamed `{old}` → `{new}`" for old, new, _ in change.renamed]
        parts += [f"retyped `{f}`: `{old}` → `{new}`" for f, old, new in change.retyped]
        fields.append(f"- `{name}`: " + "; ".join(parts))
    section("Schema fields", fields)
    return "\n".join(out)


def markdown_changes() -> str:
    """The docs page body: counts per version, then the diff of each consecutive pair."""
    specs = {row.version: load(str(row.spec)) for row in VERSIONS if row.spec.is_file()}
    lines = ["| API version | Operations | Schemas |", "| --- | --- | --- |"]
    for version, spec in specs.items():
        operation_count, schema_count = counts(spec)
        lines.append(f"| v{version} | {operation_count} | {schema_count} |")
    out = ["\n".join(lines), ""]
    versions = list(specs)
    for old, new in zip(versions, versions[1:], strict=False):
        out += [f"## v{old} → v{new}", "", f"`make diff A={old} B={new}`", "", markdown(diff(specs[old], specs[new]))]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", nargs="?", help="old spec: a version of openapi/versions.yaml or a file")
    parser.add_argument("b", nargs="?", help="new spec: a version of openapi/versions.yaml or a file")
    args = parser.parse_args(argv)
    if not args.a or not args.b:
        names = [row.version for row in VERSIONS]
        if len(names) < 2 or args.a or args.b:
            parser.error("give two versions or spec files, e.g. make diff A=1.0 B=1.1.0")
        args.a, args.b = names[-2], names[-1]
    a, b = load(args.a), load(args.b)
    (ops_a, schemas_a), (ops_b, schemas_b) = counts(a), counts(b)
    print(f"# {args.a} → {args.b}\n\noperations {ops_a} → {ops_b}, schemas {schemas_a} → {schemas_b}\n")
    print(markdown(diff(a, b), heading="##"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
