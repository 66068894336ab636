"""The OpenAPI specs say exactly what their facts catalogs (openapi/catalog/<v>/) say.

One row of openapi/versions.yaml per version: every version whose spec exists is checked
against the catalog folder its row names, `full` (every catalog endpoint and schema, nothing
beyond) or `delta` (its base spec plus exactly the catalog's delta). Coverage is printed in the
terminal summary, e.g. ``v1.0 endpoints N/N, schemas M/M`` (counted, never hard-coded).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _spec_fidelity import (
    COVERAGE,
    DECISIONS,
    DECISIONS_BY_CATALOG,
    ERROR_RESPONSES,
    OLDEST,
    ROOT,
    SCHEMA,
    VERSIONS,
    Version,
    catalog,
    check_delta,
    check_endpoint,
    check_introduced_in,
    check_schema,
    check_schema_introduced_in,
    delta_key,
    expected_endpoint,
    load_spec,
    operations,
)
from openapi_spec_validator import validate

WITH_SPEC = [row for row in VERSIONS if row.spec.exists()]
CHECKED = [row for row in WITH_SPEC if row.catalog_dir is not None]
FULL = [row for row in CHECKED if row.catalog_check == "full"]
DELTA = [row for row in CHECKED if row.catalog_check == "delta"]
SPECS = {row.version: load_spec(row.spec) for row in WITH_SPEC}
V10 = SPECS["1.0"]
CAT10 = catalog()


def _ids(rows: list[Version]) -> list[str]:
    return [f"v{row.version}" for row in rows]


def _cat(row: Version) -> dict[str, Any]:
    assert row.catalog_dir is not None
    return catalog(row.catalog_dir)


def _entry_id(entry: dict[str, Any]) -> str:
    return f"{entry['section']}: {entry['summary']}"


ENDPOINT_CASES = [
    pytest.param(row, e, id=f"v{row.version}-{_entry_id(e)}") for row in FULL for e in _cat(row)["endpoints"]
]
INTRODUCED_CASES = [case for case in ENDPOINT_CASES if "introduced_in" in case.values[1]]
SCHEMA_CASES = [
    pytest.param(row, name, id=f"v{row.version}-{name}") for row in FULL for name in sorted(_cat(row)["schemas"])
]


def test_every_version_with_a_catalog_is_checked() -> None:
    """A version whose row names a catalog but has no spec yet is skipped, not failed."""
    assert FULL, "no version is checked in full against a catalog"
    for row in CHECKED:
        assert row.catalog_dir is not None and any(row.catalog_dir.glob("*.json")), row.version
        if row.catalog_check == "delta":
            assert row.base in SPECS and delta_key(row.version) in _cat(row)["deltas"], row.version


@pytest.mark.parametrize("row", WITH_SPEC, ids=_ids(WITH_SPEC))
def test_spec_is_valid_openapi(row: Version) -> None:
    spec = SPECS[row.version]
    assert spec["openapi"] == "3.0.3"
    assert str(spec["info"]["version"]) == row.version
    validate(spec)


@pytest.mark.parametrize(("row", "entry"), ENDPOINT_CASES)
def test_endpoint_matches_catalog(row: Version, entry: dict[str, Any]) -> None:
    problems = check_endpoint(SPECS[row.version], entry, _cat(row)["decisions"])
    assert not problems, "\n".join(problems)


def _schema_decision(row: Version, name: str) -> dict[str, Any]:
    decision: dict[str, Any] = _cat(row)["decisions"].get((SCHEMA, name), {})
    return decision


@pytest.mark.parametrize(("row", "entry"), INTRODUCED_CASES)
def test_introduced_in_matches_catalog(row: Version, entry: dict[str, Any]) -> None:
    """A catalog that records `introduced_in` per endpoint: the spec's `x-introduced-in` says
    the same (after the recorded decisions); unmarked = as old as the base spec."""
    base = set(operations(SPECS[row.base])) if row.base in SPECS else set()
    problems = check_introduced_in(SPECS[row.version], entry, _cat(row)["decisions"], base)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("row", "name"), SCHEMA_CASES)
def test_schema_introduced_in_matches_catalog(row: Version, name: str) -> None:
    """The same for schemas and properties (checked where the catalog records `introduced_in`)."""
    base = SPECS[row.base]["components"]["schemas"] if row.base in SPECS else {}
    entry = _cat(row)["schemas"][name]
    problems = check_schema_introduced_in(SPECS[row.version], name, entry, _schema_decision(row, name), base)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("row", "name"), SCHEMA_CASES)
def test_schema_matches_catalog(row: Version, name: str) -> None:
    problems = check_schema(SPECS[row.version], name, _cat(row)["schemas"][name], _schema_decision(row, name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("row", FULL, ids=_ids(FULL))
def test_spec_has_nothing_beyond_its_catalog(row: Version) -> None:
    cat = _cat(row)
    keys = [(e["method"], e["path"]) for e in (expected_endpoint(x, cat["decisions"]) for x in cat["endpoints"])]
    expected = set(keys)
    assert len(keys) == len(expected), "two catalog endpoints share a method and path"
    assert set(operations(SPECS[row.version])) == expected
    spec_only = {key[1] for key, decision in cat["decisions"].items() if key[0] == SCHEMA and decision.get("spec_only")}
    assert set(SPECS[row.version]["components"]["schemas"]) == set(cat["schemas"]) | spec_only


@pytest.mark.parametrize("folder", sorted(DECISIONS_BY_CATALOG))
def test_decisions_only_cover_real_catalog_entries(folder: str) -> None:
    """Endpoint decisions name catalog endpoints; schema decisions name catalog schemas, except
    `spec_only` ones, which name schemas the catalog lacks."""
    cat = catalog(ROOT / "openapi" / "catalog" / folder)
    keys = {(e["section"], e["summary"]) for e in cat["endpoints"]}
    for key, decision in DECISIONS_BY_CATALOG[folder].items():
        if key[0] == SCHEMA:
            assert (key[1] in cat["schemas"]) != bool(decision.get("spec_only")), key
        else:
            assert key in keys, key


@pytest.mark.parametrize("folder", sorted(DECISIONS_BY_CATALOG))
def test_decisions_point_at_numbered_readme_entries(folder: str) -> None:
    """A decision that names its entry (`decision`: N) names one that openapi/README.md has."""
    readme = (ROOT / "openapi" / "README.md").read_text(encoding="utf-8")
    numbered = {int(line.split(".", 1)[0]) for line in readme.splitlines() if line[:1].isdigit() and ". **" in line}
    named = {decision["decision"] for decision in DECISIONS_BY_CATALOG[folder].values() if "decision" in decision}
    assert named <= numbered, sorted(named - numbered)


@pytest.mark.parametrize("row", DELTA, ids=_ids(DELTA))
def test_spec_is_its_base_plus_exactly_the_delta(row: Version) -> None:
    assert row.base is not None
    problems = check_delta(SPECS[row.base], SPECS[row.version], _cat(row)["deltas"][delta_key(row.version)])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("row", CHECKED, ids=_ids(CHECKED))
def test_coverage_is_complete(row: Version) -> None:
    cat = _cat(row)
    spec = SPECS[row.version]
    if row.catalog_check == "full":
        endpoints, schemas = cat["endpoints"], cat["schemas"]
        ok_ep = sum(not check_endpoint(spec, e, cat["decisions"]) for e in endpoints)
        ok_sch = sum(not check_schema(spec, n, s, _schema_decision(row, n)) for n, s in schemas.items())
        COVERAGE[row.version] = f"v{row.version} endpoints {ok_ep}/{len(endpoints)}, schemas {ok_sch}/{len(schemas)}"
        assert (ok_ep, ok_sch) == (len(endpoints), len(schemas))
        return
    assert row.base is not None
    delta = cat["deltas"][delta_key(row.version)]
    ok_new = sum(not check_endpoint(spec, e) for e in delta["new_endpoints"])
    # endpoints outside the host IP-service DTO change must be unchanged
    kept = [e for e in cat["endpoints"] if not expected_endpoint(e)["path"].startswith("/api/v1/hosts/ip-services")]
    ok_kept = sum(not check_endpoint(spec, e) for e in kept)
    exact = not check_delta(SPECS[row.base], spec, delta)
    COVERAGE[row.version] = (
        f"v{row.version} new endpoints {ok_new}/{len(delta['new_endpoints'])}, "
        f"unchanged v{row.base} endpoints {ok_kept}/{len(kept)}, delta {'exact' if exact else 'MISMATCH'}"
    )
    assert (ok_new, ok_kept) == (len(delta["new_endpoints"]), len(kept))


@pytest.mark.parametrize("row", WITH_SPEC, ids=_ids(WITH_SPEC))
def test_operation_conventions(row: Version) -> None:
    spec = SPECS[row.version]
    ops = operations(spec)
    ids = [op.get("operationId") for op in ops.values()]
    assert all(ids) and len(set(ids)) == len(ids)
    for (method, path), op in ops.items():
        assert op["operationId"][0].islower() and op["operationId"].isalnum(), op["operationId"]
        assert len(op.get("tags", [])) == 1, (method, path)
        for status, ref in ERROR_RESPONSES.items():
            assert op["responses"].get(status) == {"$ref": f"#/components/responses/{ref}"}, (
                method,
                path,
                status,
            )
    responses = spec["components"]["responses"]
    for ref in ERROR_RESPONSES.values():
        schema = responses[ref]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}
    assert set(responses["TooManyRequests"]["headers"]) == {
        "Retry-After",
        "X-RateLimit-Remaining",
        "X-RateLimit-Replenish-Rate",
        "X-RateLimit-Replenish-Time",
    }


@pytest.mark.parametrize("row", WITH_SPEC, ids=_ids(WITH_SPEC))
def test_security_and_servers(row: Version) -> None:
    spec = SPECS[row.version]
    flow = spec["components"]["securitySchemes"]["oauth"]
    assert flow["type"] == "oauth2"
    assert flow["flows"]["clientCredentials"]["tokenUrl"] == "/api/v1/oauth/token"
    assert spec["security"] == [{"oauth": []}]
    token = operations(spec)[("POST", "/api/v1/oauth/token")]
    assert token["operationId"] == "requestOAuthToken"
    assert token["security"] == []
    assert "Basic" in token["description"]
    assert spec["servers"][0]["url"] == "https://{cloud_id}.api.openvpn.com"
    assert "cloud_id" in spec["servers"][0]["variables"]
    for name in ("Page", "Size"):
        param = spec["components"]["parameters"][name]
        assert param["schema"]["format"] == "int32" and not param.get("required")
    assert spec["components"]["parameters"]["Size"]["schema"]["maximum"] == 1000


def test_the_check_can_fail() -> None:
    broken = copy.deepcopy(V10)
    props = broken["components"]["schemas"]["NetworkResponse"]["properties"]
    props["Name"] = props.pop("name")
    assert check_schema(broken, "NetworkResponse", CAT10["schemas"]["NetworkResponse"])
    op = broken["paths"]["/api/v1/networks/{id}"]["get"]
    op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = "#/components/schemas/HostResponse"
    entry = next(e for e in CAT10["endpoints"] if e["summary"] == "Get existing network")
    assert check_endpoint(broken, entry)
    assert check_delta(broken, SPECS["1.1.0"])


def test_the_introduced_in_checks_can_fail() -> None:
    """Without its recorded decisions, or with a mark moved, the v1.2.3 spec is caught."""
    row = next(row for row in FULL if any("introduced_in" in e for e in _cat(row)["endpoints"]))
    cat, spec = _cat(row), copy.deepcopy(SPECS[row.version])
    decided = [e for e in cat["endpoints"] if "introduced_in" in cat["decisions"].get((e["section"], e["summary"]), {})]
    for entry in decided:  # the decision is what makes these pass
        assert check_introduced_in(spec, entry, cat["decisions"]) == []
        assert check_introduced_in(spec, entry, {})
    marked = next(e for e in cat["endpoints"] if e["introduced_in"] not in (OLDEST, "unknown"))
    op = operations(spec)[(marked["method"], marked["path"])]
    op["x-introduced-in"] = OLDEST
    assert check_introduced_in(spec, marked, cat["decisions"])
    del op["x-introduced-in"]
    assert check_introduced_in(spec, marked, cat["decisions"])
    name, entry = next((n, e) for n, e in cat["schemas"].items() if e.get("introduced_in") not in (None, OLDEST))
    spec["components"]["schemas"][name]["x-introduced-in"] = OLDEST
    assert check_schema_introduced_in(spec, name, entry)


def test_decisions_are_the_v10_catalogs() -> None:
    assert DECISIONS_BY_CATALOG["v1.0"] is DECISIONS


def test_a_full_check_of_a_hand_made_later_catalog(tmp_path: Path) -> None:
    """A new version's catalog folder (as v1.2.3's is laid out) checks a spec with no code
    change: the same checks, fed by another folder."""
    entry = {
        "section": "User",
        "summary": "Suspend user",
        "method": "PUT",
        "path": "/api/v1/users/{id}/suspend",
        "params": [{"name": "id", "in": "path", "type": "string", "format": None, "required": True,
                    "default": None, "enum": None}],
        "request_body": None,
        "responses": [{"status": "200", "schema": None}],
        "introduced_in": "1.1.1",
    }  # fmt: skip
    schema = {"properties": [{"name": "licensed", "type": "boolean", "format": None, "items": None, "ref": None,
                              "required": False, "enum": None, "introduced_in": "1.1.1"}]}  # fmt: skip
    folder = tmp_path / "v9.9.9"
    folder.mkdir()
    (folder / "v9.9.9-users.json").write_text(json.dumps({"endpoints": [entry], "schemas": {"Licence": schema}}))
    spec = copy.deepcopy(V10)
    spec["paths"] = {
        "/api/v1/users/{id}/suspend": {
            "put": {
                "tags": ["User"],
                "operationId": "suspendUser",
                "parameters": [{"$ref": "#/components/parameters/Id"}]
                if "Id" in spec["components"].get("parameters", {})
                else [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK"}},
            }
        }
    }
    spec["components"]["schemas"] = {"Licence": {"type": "object", "properties": {"licensed": {"type": "boolean"}}}}
    cat = catalog(folder)
    assert check_endpoint(spec, cat["endpoints"][0], cat["decisions"]) == []
    assert check_schema(spec, "Licence", cat["schemas"]["Licence"]) == []
    spec["components"]["schemas"]["Licence"]["properties"] = {"licenced": {"type": "boolean"}}
    spec["paths"]["/api/v1/users/{id}/suspend"]["put"]["tags"] = ["Users"]
    assert check_schema(spec, "Licence", cat["schemas"]["Licence"])
    assert check_endpoint(spec, cat["endpoints"][0], cat["decisions"])


@pytest.mark.parametrize("script", ["scripts/build_specs.py", "scripts/check_versions.py"])
def test_built_specs_and_versions_table_are_current(script: str) -> None:
    result = subprocess.run([sys.executable, script, "--check"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
