"""Regeneration ends green, or in exactly the named failures docs/regenerating.md promises.

Each drill copies the project to a temporary folder (the real tree is never touched), makes
one API change in the newest version's overlay, the way upstream changes land, regenerates
what the change needs (`scripts/build_specs.py`, `scripts/regenerate.py --only <newest>`) and
runs the gates that watch for it:

* an optional request/response field (`ttl`): the keyword drift test names `ttl` for
  `client.dns.create`/`update`; after the one flagged edit, `ttl=` works against the fake;
* an endpoint of a known shape (`GET /api/v1/dns-records/stats`): the fake serves it
  spec-valid with no edit; only coverage names the new operation;
* a renamed field (`description` -> `comment`): the drift test names both;

and in every drill the fidelity test names the catalog disagreement (step 1 of the procedure:
the catalog copy comes from upstream, so a drill cannot supply it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from _versions import VERSIONS  # noqa: E402

NEWEST = VERSIONS[-1]
COPIED = ["cloudconnexa", "cloudconnexa_generated", "openapi", "scripts", "tests", "generator-templates",
          "generator-config.yml", "pyproject.toml"]  # fmt: skip
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache")
V = NEWEST.version
FIDELITY = "tests/spec/test_spec_fidelity.py::"
if NEWEST.catalog_check == "delta":  # the spec is its base plus exactly the catalog's delta
    FIDELITY_GATES = [f"{FIDELITY}test_spec_is_its_base_plus_exactly_the_delta[v{V}]"]
else:  # checked in full: the DNS record schemas, and nothing beyond the catalog
    FIDELITY_GATES = [
        f"{FIDELITY}test_schema_matches_catalog[v{V}-{name}]" for name in ("DnsRecordRequest", "DnsRecordResponse")
    ]
    FIDELITY_GATES.append(f"{FIDELITY}test_spec_has_nothing_beyond_its_catalog[v{V}]")
GATES = [  # every gate that watches an API change, on the newest version (the one changed)
    "tests/facade/test_facade_keywords.py",
    f"tests/facade/test_coverage.py::test_every_generated_operation_is_reached[{V}-{NEWEST.package}]",
    f"tests/testing/test_every_operation.py::test_every_operation_has_a_fake_behaviour[{V}]",
    f"tests/testing/test_every_operation.py::test_every_operation_answers_2xx[{V}]",
    *FIDELITY_GATES,
]
ERRORS = {"400": "BadRequest", "401": "Unauthorized", "403": "Forbidden", "404": "NotFound",
          "429": "TooManyRequests", "500": "InternalServerError"}  # fmt: skip
pytestmark = pytest.mark.slow


def _copy_project(target: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=IGNORED)
        else:
            shutil.copy2(source, target / name)
    return target


def _run(tree: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *command], cwd=tree, env=env, capture_output=True, text=True, check=False)


def _change_overlay(tree: Path, merge: dict[str, Any]) -> None:
    """Deep-merge `merge` into the newest version's overlay (its own format)."""
    assert NEWEST.overlay is not None, "the newest version is hand-maintained: no overlay to change"
    path = tree / NEWEST.overlay.relative_to(ROOT)
    overlay = yaml.safe_load(path.read_text())
    from build_specs import deep_merge

    overlay["merge"] = deep_merge(overlay["merge"], merge)
    path.write_text(yaml.safe_dump(overlay, sort_keys=False))


def _regenerate(tree: Path) -> None:
    for command in (["scripts/build_specs.py"], ["scripts/regenerate.py", "--only", NEWEST.version]):
        result = _run(tree, *command)
        assert result.returncode == 0, result.stdout + result.stderr


def _failures(tree: Path, *tests: str) -> dict[str, str]:
    """Failing test id -> its failure message, from a pytest run inside the copy."""
    report = tree / "report.xml"
    result = _run(tree, "-m", "pytest", "-q", f"--junitxml={report}", *(tests or GATES))
    assert report.exists(), result.stdout[-3000:] + result.stderr[-3000:]
    failed = {}
    for case in ET.parse(report).iter("testcase"):
        for problem in [*case.iter("failure"), *case.iter("error")]:
            name = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
            failed[name] = (problem.get("message") or "") + (problem.text or "")
    return failed


def _schema_fields(**fields: Any) -> dict[str, Any]:
    return {"components": {"schemas": {name: {"properties": props} for name, props in fields.items()}}}


TTL = {"ttl": {"type": "integer", "format": "int32"}}
RENAMED = {"description": None, "comment": {"type": "string"}}
STATS = {
    "tags": ["DNS Record"],
    "operationId": "getDnsRecordStats",
    "summary": "Get DNS record statistics",
    "responses": {
        "200": {
            "description": "OK",
            "content": {
                "application/json": {
                    "schema": {"type": "object", "properties": {"total": {"type": "integer", "format": "int64"}}}
                }
            },
        },
        **{status: {"$ref": f"#/components/responses/{name}"} for status, name in ERRORS.items()},
    },
}
DRILLS: dict[str, dict[str, Any]] = {
    "field": _schema_fields(DnsRecordRequest=TTL, DnsRecordResponse=TTL),
    "endpoint": {"paths": {"/api/v1/dns-records/stats": {"get": STATS}}},
    "rename": _schema_fields(DnsRecordRequest=RENAMED, DnsRecordResponse=RENAMED),
}


def _drill(tree: Path) -> dict[str, str]:
    _regenerate(tree)
    return _failures(tree)


@pytest.fixture(scope="module")
def drilled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, str]]]:
    """Each drill's copy and the failures its gates report; the three run side by side (each
    is mostly the generator and a pytest run in a subprocess)."""
    trees = {}
    for name, merge in DRILLS.items():
        trees[name] = _copy_project(tmp_path_factory.mktemp(f"drill-{name}"))
        _change_overlay(trees[name], merge)
    with ThreadPoolExecutor(max_workers=len(trees)) as pool:
        results = {name: pool.submit(_drill, tree) for name, tree in trees.items()}
        return {name: (trees[name], future.result()) for name, future in results.items()}


def _only(failures: dict[str, str], expected: dict[str, Callable[[str], bool]]) -> None:
    assert sorted(failures) == sorted(expected), "\n".join(f"{k}: {v[:300]}" for k, v in failures.items())
    for name, check in expected.items():
        assert check(failures[name]), f"{name}: {failures[name][:2000]}"


def _fidelity(kind: str, words: str) -> dict[str, Callable[[str], bool]]:
    """The fidelity failures a drill must cause: the catalog copy is step 1, upstream's."""
    if NEWEST.catalog_check == "delta":
        return {f"test_spec_fidelity::test_spec_is_its_base_plus_exactly_the_delta[v{V}]": lambda m: words in m}
    if kind == "field":
        return {
            f"test_spec_fidelity::test_schema_matches_catalog[v{V}-{n}]": bool
            for n in ("DnsRecordRequest", "DnsRecordResponse")
        }
    return {f"test_spec_fidelity::test_spec_has_nothing_beyond_its_catalog[v{V}]": bool}


KEYWORDS = "test_facade_keywords::test_keywords_match_the_request_model[client.dns.{}]"


def test_drill_add_an_optional_field(drilled: dict[str, tuple[Path, dict[str, str]]]) -> None:
    tree, failures = drilled["field"]
    _only(
        failures,
        {
            KEYWORDS.format("create"): lambda m: "field 'ttl' has no keyword argument" in m,
            KEYWORDS.format("update"): lambda m: "field 'ttl' has no keyword argument" in m,
            **_fidelity("field", "DnsRecordRequest"),
        },
    )
    # The one flagged edit: the keyword, in the async source; then the sync twin.
    resource = tree / "cloudconnexa" / "_async" / "resources" / "dns.py"
    text = resource.read_text()
    text, params = re.subn(r"(\n(\s+)body: DnsRecordRequest)", r"\n\2ttl: int | NotGiven = NOT_GIVEN,\1", text)
    text, uses = re.subn(r"(\n(\s+)return await self\._(create|update)\()", r'\n\2fields["ttl"] = ttl\1', text)
    assert (params, uses) == (2, 2), "cloudconnexa/_async/resources/dns.py changed shape: update this drill"
    resource.write_text(text)
    assert _run(tree, "scripts/unasync.py").returncode == 0
    probe = tree / "tests" / "facade" / "test_drill_probe.py"
    probe.write_text(
        "from cloudconnexa.testing import FakeCloudConnexa\n\n\n"
        "def test_the_new_keyword_reaches_the_fake():\n"
        f"    server = FakeCloudConnexa(api_version={V!r})\n"
        "    with server.client() as client:\n"
        "        record = client.dns.create(domain='db.internal', ttl=300)\n"
        "        assert client.dns.get(record.id).to_dict()['ttl'] == 300, record\n"
        "    assert server.spec_violations == []\n"
    )
    assert _failures(tree, "tests/facade/test_facade_keywords.py", str(probe.relative_to(tree))) == {}


def test_drill_add_an_endpoint_of_a_known_shape(drilled: dict[str, tuple[Path, dict[str, str]]]) -> None:
    _, failures = drilled["endpoint"]
    coverage = f"test_coverage::test_every_generated_operation_is_reached[{NEWEST.version}-{NEWEST.package}]"
    _only(
        failures,
        {
            coverage: lambda m: "getDnsRecordStats" in m,
            **_fidelity("endpoint", "/api/v1/dns-records/stats"),
        },
    )


def test_drill_rename_a_field(drilled: dict[str, tuple[Path, dict[str, str]]]) -> None:
    _, failures = drilled["rename"]

    def names_both(message: str) -> bool:
        return "(description=...)" in message and "field 'comment' has no keyword" in message

    expected = {KEYWORDS.format("create"): names_both, KEYWORDS.format("update"): names_both}
    _only(failures, {**expected, **_fidelity("field", "DnsRecordResponse")})
