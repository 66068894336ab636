"""MkDocs hooks: pages whose content is computed at build time, so it cannot go stale.

* `coverage.md`: the marker is replaced by `scripts/facade_coverage.py:markdown_table()`, which
  measures which façade method reaches which API operation by calling every resource method
  against a recording mock. Any failure (import error, a namespace that does not load, a
  missing marker) aborts the build: a published coverage table must be a measured one.
* `changes.md`: the marker is replaced by `scripts/spec_diff.py:markdown_changes()`: the
  operation and schema counts of every version of openapi/versions.yaml and the diff of each
  pair of consecutive versions (the counts quoted anywhere else in the docs point here).
* `benchmarks.md`: the marker is replaced by the repository's `BENCHMARKS.md` (written by the
  benchmark suite). Its relative links name files outside `docs/`: they point at `repo_url`
  when mkdocs.yml sets one, else become plain text with the path. While that file does not
  exist the page says so instead, and the build still passes.

Registered in mkdocs.yml under `hooks:`.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from mkdocs.exceptions import PluginError

__all__ = ["on_config", "on_page_markdown"]

ROOT = Path(__file__).resolve().parent.parent
COVERAGE_SCRIPT = ROOT / "scripts" / "facade_coverage.py"
DIFF_SCRIPT = ROOT / "scripts" / "spec_diff.py"
CHANGES_MARKER = "<!-- api-changes -->"
BENCHMARKS_FILE = ROOT / "BENCHMARKS.md"
COVERAGE_MARKER = "<!-- facade-coverage-table -->"
BENCHMARKS_MARKER = "<!-- benchmarks-md -->"
BENCHMARKS_FALLBACK = """!!! note "No benchmark results yet"
    `BENCHMARKS.md` is not in this checkout. Run `make bench` to produce the results, then
    rebuild the site: this page includes that file verbatim.
"""
# A Markdown link or image target that is relative (not a URL, an anchor or a site path).
_RELATIVE_LINK = re.compile(r"(\]\()(?!https?://|mailto:|#|/)([^)\s]+)(\))")
_RELATIVE_TEXT = re.compile(r"!?\[([^\]]*)\]\((?!https?://|mailto:|#|/)([^)\s]+)\)")

_repo_url = ""


def on_config(config: Any) -> Any:
    """Remember the repository URL (used to rewrite links of included repository files)."""
    global _repo_url
    _repo_url = str(config.get("repo_url") or "").rstrip("/")
    # The coverage script imports `cloudconnexa` from the checkout, not from site-packages.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return config


def _load_coverage_script(script: Path | None = None) -> ModuleType:
    script = script or COVERAGE_SCRIPT
    spec = importlib.util.spec_from_file_location(f"_{script.stem}", script)
    if spec is None or spec.loader is None:
        raise PluginError(f"cannot load {script}")
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module executes.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    return module


def coverage_markdown() -> str:
    """The measured coverage table; raises PluginError (failing the build) on any problem."""
    try:
        module = _load_coverage_script()
        table = module.markdown_table()
    except PluginError:
        raise
    except Exception as exc:  # noqa: BLE001 - re-raised: any failure must fail the build
        raise PluginError(f"docs/coverage.md: scripts/facade_coverage.py failed ({type(exc).__name__}: {exc})") from exc
    if not isinstance(table, str) or "| operationId |" not in table:
        raise PluginError("docs/coverage.md: markdown_table() returned no table")
    return table


def changes_markdown() -> str:
    """Counts per API version and what changed between consecutive ones; PluginError on failure."""
    try:
        text = _load_coverage_script(DIFF_SCRIPT).markdown_changes()
    except Exception as exc:  # noqa: BLE001 - re-raised: any failure must fail the build
        raise PluginError(f"docs/changes.md: scripts/spec_diff.py failed ({type(exc).__name__}: {exc})") from exc
    if not isinstance(text, str) or "| API version |" not in text:
        raise PluginError("docs/changes.md: markdown_changes() returned no table")
    return text


def _rewrite_line(line: str, base: str) -> str:
    """Point relative links at the repository, or (no `repo_url`) turn them into plain text:
    a relative link names a file outside `docs/`, which `--strict` would report as missing."""
    if base:
        return _RELATIVE_LINK.sub(lambda m: f"{m.group(1)}{base}/{m.group(2)}{m.group(3)}", line)
    return _RELATIVE_TEXT.sub(lambda m: f"{m.group(1)} (`{m.group(2)}`)", line)


def benchmarks_markdown() -> str:
    """BENCHMARKS.md with relative links rewritten and headings demoted, or a fallback note."""
    if not BENCHMARKS_FILE.is_file():
        return BENCHMARKS_FALLBACK
    base = f"{_repo_url}/blob/main" if _repo_url else ""
    out, fence = [], ""
    for line in BENCHMARKS_FILE.read_text(encoding="utf-8").splitlines():
        marker = line.lstrip()[:3]
        if marker in ("```", "~~~") and (not fence or marker == fence):
            fence = "" if fence else marker  # code blocks are copied untouched
        elif not fence:
            # The page has its own title: demote the included file's headings by one level.
            line = re.sub(r"^(#{1,5}) ", r"#\1 ", line)
            line = _rewrite_line(line, base)
        out.append(line)
    return "\n".join(out) + "\n"


def on_page_markdown(markdown: str, *, page: Any, config: Any, files: Any) -> str:  # noqa: ARG001
    """Fill the generated pages; every other page passes through unchanged."""
    source = page.file.src_uri
    if source == "coverage.md":
        if COVERAGE_MARKER not in markdown:
            raise PluginError(f"docs/coverage.md lost its marker {COVERAGE_MARKER}")
        return markdown.replace(COVERAGE_MARKER, coverage_markdown())
    if source == "changes.md":
        if CHANGES_MARKER not in markdown:
            raise PluginError(f"docs/changes.md lost its marker {CHANGES_MARKER}")
        return markdown.replace(CHANGES_MARKER, changes_markdown())
    if source == "benchmarks.md":
        if BENCHMARKS_MARKER not in markdown:
            raise PluginError(f"docs/benchmarks.md lost its marker {BENCHMARKS_MARKER}")
        return markdown.replace(BENCHMARKS_MARKER, benchmarks_markdown())
    return markdown
