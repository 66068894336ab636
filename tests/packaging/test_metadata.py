"""Package metadata and lock files (issue 15 items 8 and 10): classifiers name every supported
Python, the demo and newest-Python locks are hashed subsets pinned like the dev lock, and the
newest-Python CI step finds interpreters or says why it skips."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
TESTED_UP_TO = (3, 13)  # the newest Python CI runs (scripts/test_newest_python on pyenv's 3.13)


def test_classifiers_name_every_supported_python():
    project = PYPROJECT["project"]
    minimum = tuple(int(n) for n in re.fullmatch(r">=(\d+)\.(\d+)", project["requires-python"]).groups())
    listed = {
        tuple(int(n) for n in m.groups())
        for c in project["classifiers"]
        if (m := re.fullmatch(r"Programming Language :: Python :: (\d+)\.(\d+)", c))
    }
    assert listed == {(3, minor) for minor in range(minimum[1], TESTED_UP_TO[1] + 1)}
    assert "Typing :: Typed" in project["classifiers"]


def pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / name).read_text()
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)(?: ;[^\\\n]*)? \\$", text, flags=re.M))


@pytest.mark.parametrize("lock", ["demo.lock", "tests.lock"])
def test_subset_locks_are_hashed_and_pinned_like_the_dev_lock(lock):
    text = (ROOT / "requirements" / lock).read_text()
    subset, dev = pins(lock), pins("dev.lock")
    assert subset and len(re.findall(r"^\S+==", text, flags=re.M)) == len(subset)
    assert "--hash=sha256:" in text
    differing = {name: (v, dev[name]) for name, v in subset.items() if name in dev and dev[name] != v}
    assert differing == {}, "run `make lock`"


def test_the_demo_lock_holds_no_docs_or_test_tools():
    demo = pins("demo.lock")
    assert {"httpx", "starlette", "uvicorn", "openapi-core"} <= set(demo)
    assert not {"pytest", "mkdocs", "mkdocs-material", "schemathesis", "mypy", "ruff"} & set(demo)


def load_finder():
    path = ROOT / "scripts" / "test_newest_python"
    loader = importlib.machinery.SourceFileLoader("_test_newest_python", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_newest_python_step_skips_with_a_message_when_there_is_none(monkeypatch, capsys):
    finder = load_finder()
    monkeypatch.setattr(finder, "candidates", list)
    assert finder.main() == 0
    assert "skipped: no CPython newer than 3.11" in capsys.readouterr().out


def test_newest_python_step_picks_the_newest(monkeypatch, tmp_path):
    finder = load_finder()
    versions = {"a": (3, 12, 1), "b": (3, 13, 0), "c": (3, 11, 7), "d": None}
    monkeypatch.setattr(finder, "candidates", lambda: [tmp_path / name for name in versions])
    monkeypatch.setattr(finder, "version_of", lambda path: versions[path.name])
    assert finder.newest() == (tmp_path / "b", (3, 13, 0))
