"""docs/hooks.py: the generated pages fail loudly, and BENCHMARKS.md is included safely."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
PluginError = pytest.importorskip("mkdocs.exceptions").PluginError


@pytest.fixture
def hooks(monkeypatch):
    spec = importlib.util.spec_from_file_location("_docs_hooks_under_test", ROOT / "docs" / "hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "_repo_url", "")
    yield module
    sys.modules.pop("_facade_coverage", None)


def page(src_uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def render(hooks, src_uri: str, markdown: str) -> str:
    return hooks.on_page_markdown(markdown, page=page(src_uri), config={}, files=None)


def test_other_pages_pass_through(hooks):
    assert render(hooks, "quickstart.md", "# Hi\n") == "# Hi\n"


def test_coverage_page_fails_the_build_when_the_script_fails(hooks, tmp_path, monkeypatch):
    broken = tmp_path / "facade_coverage.py"
    broken.write_text("def markdown_table():\n    raise RuntimeError('namespace did not load')\n")
    monkeypatch.setattr(hooks, "COVERAGE_SCRIPT", broken)
    with pytest.raises(PluginError, match="RuntimeError: namespace did not load"):
        render(hooks, "coverage.md", hooks.COVERAGE_MARKER)


def test_coverage_page_fails_without_a_table(hooks, tmp_path, monkeypatch):
    empty = tmp_path / "facade_coverage.py"
    empty.write_text("def markdown_table():\n    return ''\n")
    monkeypatch.setattr(hooks, "COVERAGE_SCRIPT", empty)
    with pytest.raises(PluginError, match="no table"):
        render(hooks, "coverage.md", hooks.COVERAGE_MARKER)


def test_coverage_page_fails_without_its_marker(hooks):
    with pytest.raises(PluginError, match="marker"):
        render(hooks, "coverage.md", "# Coverage\n")


def test_coverage_page_is_the_measured_table(hooks):
    text = render(hooks, "coverage.md", f"# Coverage\n\n{hooks.COVERAGE_MARKER}\n")
    assert "| `listDnsRecords` |" in text
    assert "`client.dns.list`" in text
    assert "**NOT REACHED**" not in text


def test_benchmarks_fallback_when_the_file_is_missing(hooks, tmp_path, monkeypatch):
    monkeypatch.setattr(hooks, "BENCHMARKS_FILE", tmp_path / "BENCHMARKS.md")
    text = render(hooks, "benchmarks.md", f"# Benchmarks\n\n{hooks.BENCHMARKS_MARKER}\n")
    assert "No benchmark results yet" in text


def test_benchmarks_included_with_safe_links_and_demoted_headings(hooks, tmp_path, monkeypatch):
    source = tmp_path / "BENCHMARKS.md"
    source.write_text(
        "# Benchmarks\n\nRaw data: [results](benchmarks/results/run.json), [httpx](https://www.python-httpx.org).\n"
        "```python\n# a comment, not a heading; [x](y.md)\n```\n## Overhead\n![chart](docs/chart.png)\n"
    )
    monkeypatch.setattr(hooks, "BENCHMARKS_FILE", source)
    text = render(hooks, "benchmarks.md", hooks.BENCHMARKS_MARKER)
    assert "## Benchmarks" in text and "### Overhead" in text
    assert "results (`benchmarks/results/run.json`)" in text
    assert "[httpx](https://www.python-httpx.org)" in text
    assert "# a comment, not a heading; [x](y.md)" in text  # code blocks untouched
    assert "chart (`docs/chart.png`)" in text

    monkeypatch.setattr(hooks, "_repo_url", "https://example.invalid/repo")
    text = render(hooks, "benchmarks.md", hooks.BENCHMARKS_MARKER)
    assert "[results](https://example.invalid/repo/blob/main/benchmarks/results/run.json)" in text
