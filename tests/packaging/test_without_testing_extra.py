"""The built wheel, installed without the `testing` extra, leaves pytest and the SDK working
(issue 15 item 1).

A fresh virtualenv gets our wheel (built with hatchling) with `--no-deps`, plus copies of the
runtime dependencies and pytest taken from this environment, found from the wheel's own
`Requires-Dist` (so the check follows pyproject.toml and needs no network). starlette and the
rest of the extra are therefore absent, as for a user who ran `pip install cloudconnexa`.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

pytestmark = pytest.mark.integration  # builds a wheel and a virtualenv, runs subprocesses

ROOT = Path(__file__).resolve().parents[2]
HINT = "pip install 'cloudconnexa[testing]'"


def _closure(names: list[str]) -> set[str]:
    """Distributions needed by `names`, recursively (markers evaluated, extras not taken)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        dist = importlib.metadata.distribution(todo.pop())
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen.add(key)
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def _copy_distribution(name: str, site_packages: Path) -> None:
    dist = importlib.metadata.distribution(name)
    for file in dist.files or []:
        source = Path(str(dist.locate_file(file)))
        if ".." in file.parts or not source.is_file():
            continue  # scripts installed outside site-packages
        target = site_packages / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fresh")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(folder / "dist")],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = (folder / "dist").glob("cloudconnexa-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    runtime = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    runtime_names = [r.name for r in runtime if r.marker is None or r.marker.evaluate({"extra": ""})]
    assert "starlette" not in runtime_names

    env_dir = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    site_packages = Path(purelib)
    for name in sorted(_closure([*runtime_names, "pytest"])):
        _copy_distribution(name, site_packages)
    # Our wheel, as pip would install it (entry points, console script), without its deps.
    pip = Path(sysconfig.get_paths()["purelib"]) / "pip"
    assert pip.is_dir()
    subprocess.run(
        [str(python), "-c", "import runpy, sys; sys.argv[0] = 'pip'; runpy.run_module('pip', run_name='__main__')",
         "install", "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True, env={**_clean_env(), "PYTHONPATH": str(pip.parent)},
    )  # fmt: skip
    return env_dir


def _clean_env() -> dict[str, str]:
    drop = ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTEST_PLUGINS", "VIRTUAL_ENV")
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("CLOUDCONNEXA_")}


def _run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_extra_is_really_absent(venv, tmp_path):
    result = _run(venv, "python", "-c", "import cloudconnexa, starlette", cwd=tmp_path)
    assert "No module named 'starlette'" in result.stderr
    result = _run(venv, "python", "-c", "import cloudconnexa; print(cloudconnexa.Client)", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_pytest_runs_an_unrelated_suite_and_names_the_extra_for_the_fixtures(venv, tmp_path):
    (tmp_path / "test_unrelated.py").write_text("def test_arithmetic():\n    assert 1 + 1 == 2\n")
    (tmp_path / "test_uses_fake.py").write_text("def test_fake(fake_cloudconnexa):\n    pass\n")
    result = _run(venv, "python", "-m", "pytest", "-p", "no:cacheprovider", "-rE", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # one error, not pytest's "internal error" (3)
    assert re.search(r"1 passed, 1 error", output), output
    assert HINT in output
    assert "Traceback" not in output and "ModuleNotFoundError" not in output

    only_unrelated = _run(venv, "python", "-m", "pytest", "-p", "no:cacheprovider", "test_unrelated.py", cwd=tmp_path)
    assert only_unrelated.returncode == 0, only_unrelated.stdout + only_unrelated.stderr


@pytest.mark.parametrize(
    "command", [("cloudconnexa-demo",), ("python", "-m", "cloudconnexa.testing")], ids=["demo", "fake-server"]
)
def test_commands_print_the_hint_instead_of_a_traceback(venv, tmp_path, command):
    result = _run(venv, *command, cwd=tmp_path)
    assert result.returncode == 2
    assert HINT in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
