"""scripts/spec_diff.py (`make diff A=… B=…`): operations and schema fields between two specs,
and the generated docs page "What changed between API versions"."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spec_diff", ROOT / "scripts" / "spec_diff.py")
assert _spec is not None and _spec.loader is not None
spec_diff = importlib.util.module_from_spec(_spec)
sys.modules["spec_diff"] = spec_diff  # dataclasses look their module up there
_spec.loader.exec_module(spec_diff)

V10 = spec_diff.load("1.0")


def _changed() -> dict[str, Any]:
    """v1.0 with the three drills of issue 12 applied: a new optional field, a new endpoint of
    a known shape, a renamed field; plus a retyped field and a removed operation."""
    new = copy.deepcopy(V10)
    schemas = new["components"]["schemas"]
    schemas["DnsRecordRequest"]["properties"]["ttl"] = {"type": "integer", "format": "int32"}
    props = schemas["DnsRecordResponse"]["properties"]
    props["comment"] = props.pop("description")
    schemas["UserGroupRequest"]["properties"]["maxDevice"] = {"type": "string"}
    stats = copy.deepcopy(new["paths"]["/api/v1/settings/dns/default-suffix"]["get"])
    stats["operationId"] = "getDnsRecordStats"
    new["paths"]["/api/v1/dns-records/stats"] = {"get": stats}
    del new["paths"]["/api/v1/regions"]
    return new


def test_the_diff_names_every_kind_of_change() -> None:
    result = spec_diff.diff(V10, _changed())
    assert result.ops_added == {("GET", "/api/v1/dns-records/stats"): "getDnsRecordStats"}
    assert list(result.ops_removed) == [("GET", "/api/v1/regions")]
    assert list(result.schemas_changed["DnsRecordRequest"].added) == ["ttl"]
    assert result.schemas_changed["DnsRecordResponse"].renamed == [("description", "comment", "string")]
    [(name, old, new)] = result.schemas_changed["UserGroupRequest"].retyped
    assert (name, old, new) == ("maxDevice", "integer(int32)", "string")
    text = spec_diff.markdown(result)
    for expected in (
        "`GET /api/v1/dns-records/stats` (`getDnsRecordStats`)",
        "renamed `description` → `comment`",
        "added `ttl` (integer(int32))",
        "retyped `maxDevice`: `integer(int32)` → `string`",
        "### Operations removed",
    ):
        assert expected in text


def test_identical_specs_have_no_differences() -> None:
    assert not spec_diff.diff(V10, copy.deepcopy(V10))
    assert spec_diff.markdown(spec_diff.diff(V10, V10)) == "No differences.\n"


def test_make_diff_takes_versions_or_files(tmp_path: Path) -> None:
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(_changed()))
    result = subprocess.run(
        [sys.executable, "scripts/spec_diff.py", "1.0", str(changed)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "getDnsRecordStats" in result.stdout and "renamed `description` → `comment`" in result.stdout
    bad = subprocess.run(
        [sys.executable, "scripts/spec_diff.py", "9.9", "1.0"], cwd=ROOT, capture_output=True, text=True
    )
    assert bad.returncode != 0 and "9.9" in bad.stderr


def test_the_docs_page_counts_come_from_the_specs() -> None:
    text = spec_diff.markdown_changes()
    for row in spec_diff.VERSIONS:
        operations, schemas = spec_diff.counts(spec_diff.load(row.version))
        assert f"| v{row.version} | {operations} | {schemas} |" in text
    names = [row.version for row in spec_diff.VERSIONS]
    for old, new in zip(names, names[1:], strict=False):
        assert f"## v{old} → v{new}" in text


def test_the_docs_hook_renders_the_changes_page() -> None:
    pytest.importorskip("mkdocs")
    hooks_spec = importlib.util.spec_from_file_location("_docs_hooks_changes", ROOT / "docs" / "hooks.py")
    assert hooks_spec is not None and hooks_spec.loader is not None
    hooks = importlib.util.module_from_spec(hooks_spec)
    hooks_spec.loader.exec_module(hooks)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="changes.md"))
    source = (ROOT / "docs" / "changes.md").read_text()
    rendered = hooks.on_page_markdown(source, page=page, config={}, files=None)
    assert "<!-- api-changes -->" not in rendered and "| API version | Operations | Schemas |" in rendered
    sys.modules.pop("_spec_diff", None)
