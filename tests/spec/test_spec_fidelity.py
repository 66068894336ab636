"""The OpenAPI specs say exactly what the facts catalog (openapi/catalog/) says.

Coverage is printed in the terminal summary, e.g. ``v1.0 endpoints 139/139, schemas 101/101``.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from typing import Any

import pytest
from _spec_fidelity import (
    COVERAGE,
    DECISIONS,
    ERROR_RESPONSES,
    ROOT,
    SPEC_V10,
    SPEC_V110,
    catalog,
    check_delta,
    check_endpoint,
    check_schema,
    expected_endpoint,
    load_spec,
    operations,
)
from openapi_spec_validator import validate

V10 = load_spec(SPEC_V10)
V110 = load_spec(SPEC_V110)
CAT = catalog()
ENDPOINTS = CAT["endpoints"]
SCHEMAS = CAT["schemas"]


def _ep_id(entry: dict[str, Any]) -> str:
    return f"{entry['section']}: {entry['summary']}"


def test_catalog_is_the_expected_size() -> None:
    assert len(ENDPOINTS) == 139
    assert len(SCHEMAS) == 101
    assert len(CAT["delta"]["new_endpoints"]) == 2


@pytest.mark.parametrize("spec", [V10, V110], ids=["v1.0", "v1.1.0"])
def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"
    validate(spec)


@pytest.mark.parametrize("entry", ENDPOINTS, ids=_ep_id)
def test_endpoint_matches_catalog(entry: dict[str, Any]) -> None:
    assert check_endpoint(V10, entry) == []


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_matches_catalog(name: str) -> None:
    assert check_schema(V10, name, SCHEMAS[name]) == []


def test_v10_has_nothing_beyond_the_catalog() -> None:
    expected = {(e["method"], e["path"]) for e in map(expected_endpoint, ENDPOINTS)}
    assert set(operations(V10)) == expected
    assert set(V10["components"]["schemas"]) == set(SCHEMAS)


def test_decisions_only_cover_real_catalog_entries() -> None:
    keys = {(e["section"], e["summary"]) for e in ENDPOINTS}
    assert set(DECISIONS) <= keys


def test_v110_is_v10_plus_exactly_the_delta() -> None:
    assert check_delta(V10, V110) == []


def test_coverage_is_complete() -> None:
    ok_ep = sum(not check_endpoint(V10, e) for e in ENDPOINTS)
    ok_sch = sum(not check_schema(V10, n, s) for n, s in SCHEMAS.items())
    delta = CAT["delta"]
    ok_new = sum(not check_endpoint(V110, e) for e in delta["new_endpoints"])
    # v1.0 endpoints outside the host IP-service DTO change must be unchanged in v1.1.0
    kept = [e for e in ENDPOINTS if not expected_endpoint(e)["path"].startswith("/api/v1/hosts/ip-services")]
    ok_110 = sum(not check_endpoint(V110, e) for e in kept)
    COVERAGE["v1.0"] = f"v1.0 endpoints {ok_ep}/{len(ENDPOINTS)}, schemas {ok_sch}/{len(SCHEMAS)}"
    COVERAGE["v1.1.0"] = (
        f"v1.1.0 new endpoints {ok_new}/{len(delta['new_endpoints'])}, "
        f"unchanged v1.0 endpoints {ok_110}/{len(kept)}, "
        f"delta {'exact' if not check_delta(V10, V110) else 'MISMATCH'}"
    )
    assert (ok_ep, ok_sch) == (len(ENDPOINTS), len(SCHEMAS))
    assert (ok_new, ok_110) == (len(delta["new_endpoints"]), len(kept))


@pytest.mark.parametrize("spec", [V10, V110], ids=["v1.0", "v1.1.0"])
def test_operation_conventions(spec: dict[str, Any]) -> None:
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


@pytest.mark.parametrize("spec", [V10, V110], ids=["v1.0", "v1.1.0"])
def test_security_and_servers(spec: dict[str, Any]) -> None:
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
    assert check_schema(broken, "NetworkResponse", SCHEMAS["NetworkResponse"])
    op = broken["paths"]["/api/v1/networks/{id}"]["get"]
    op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = "#/components/schemas/HostResponse"
    entry = next(e for e in ENDPOINTS if e["summary"] == "Get existing network")
    assert check_endpoint(broken, entry)
    assert check_delta(broken, V110)


def test_v110_file_is_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/build_specs.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
