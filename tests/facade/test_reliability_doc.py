"""docs/reliability.md names a regression test for each promise: every one must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "reliability.md"
_TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def test_every_promise_names_a_test() -> None:
    rows = [line for line in PAGE.read_text(encoding="utf-8").splitlines() if line.startswith("| ")]
    promises = [row for row in rows if not row.startswith(("| Promise", "| ---"))]
    assert promises
    for row in promises:
        assert _TEST_REF.search(row), f"no test named for: {row[:80]}"


def test_every_named_test_exists() -> None:
    refs = _TEST_REF.findall(PAGE.read_text(encoding="utf-8"))
    missing = [f"{file}::{name}" for file, name in refs if name not in _test_names(ROOT / file)]
    assert not missing, missing
