"""Fidelity checks: the OpenAPI specs against the vendored facts catalogs (openapi/catalog/<v>/).

Every check returns a list of human-readable problems (empty = faithful), so that the tests can
both assert on them and count coverage. Which spec is checked against which catalog folder, and
how (`full` or `delta`), is the `catalog` column of openapi/versions.yaml. A catalog is read
as-is; where it records a doubt (incomplete entries), ``DECISIONS_BY_CATALOG`` holds the value
the spec is expected to carry instead, per catalog folder. Each decision mirrors an entry of
openapi/README.md ("Decisions", "v1.2.3 decisions"). A catalog that records `introduced_in` also
checks the spec's `x-introduced-in` marks.
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
CATALOG = OPENAPI / "catalog"
sys.path.insert(0, str(ROOT / "scripts"))

from _versions import VERSIONS, Version  # noqa: E402

OLDEST = VERSIONS[0].version
"""The oldest API version: what an unmarked operation or property of a catalog dates from."""

__all__ = [
    "COVERAGE",
    "DECISIONS",
    "DECISIONS_BY_CATALOG",
    "SCHEMA",
    "VERSIONS",
    "Version",
    "ERROR_RESPONSES",
    "catalog",
    "check_delta",
    "check_endpoint",
    "check_introduced_in",
    "check_schema_introduced_in",
    "check_schema",
    "expected_endpoint",
    "load_spec",
    "operations",
]

#: Coverage lines, filled by test_spec_fidelity.py and printed by conftest.py's summary hook.
COVERAGE: dict[str, str] = {}

HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
PRIMITIVES = {"string", "boolean", "integer", "number", "object"}
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "429": "TooManyRequests",
    "500": "InternalServerError",
}
# Request bodies that are a bare string are sent raw (generator-config.yml maps this exact key).
TEXT_BODY = "text/plain; charset=utf-8"


def _param(name: str, where: str, required: bool, type_: str = "string", fmt: str | None = None) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "type": type_,
        "format": fmt,
        "required": required,
        "default": None,
        "enum": None,
    }


_ID = _param("id", "path", True)

# (section, summary) -> replacement for the incomplete catalog fields. Keys: method_path,
# params (full list), body (schema name), responses ([(status, schema-or-None)]), and
# param_overrides ({name: {field: value}}). See openapi/README.md, "Decisions".
DECISIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("Host", "Get existing host IP service"): {"responses": [("200", "IpServiceResponse")]},
    ("Host", "Update an existing host IP service"): {
        "body": "ServiceRequest",
        "responses": [("200", "IpServiceResponse")],
    },
    ("Host", "Delete an existing connector"): {"params": [_ID], "responses": [("204", None)]},
    ("Host", "Get existing host application"): {
        "params": [_ID],
        "responses": [("200", "ApplicationResponse")],
    },
    ("Host", "Update an existing host application"): {
        "params": [_ID],
        "body": "ApplicationRequest",
        "responses": [("200", "ApplicationResponse")],
    },
    ("Host", "Get page of existing host IP services"): {"responses": [("200", "PageIpServiceResponse")]},
    ("Host", "Create a new host IP service"): {
        "body": "ServiceRequest",
        "responses": [("201", "IpServiceResponse")],
    },
    ("Host", "Create a new host application"): {"responses": [("201", "ApplicationResponse")]},
    ("User Group", "Create a new user group"): {
        "body": "UserGroupRequest",
        "responses": [("201", "UserGroupResponse")],
    },
    ("Settings", "Get client options"): {"responses": [("200", "[string]")]},
    ("Settings", "Set client options"): {"responses": [("200", "[string]")]},
    ("Settings", "Set 2FA enabled"): {"body": "boolean", "responses": [("200", "boolean")]},
    ("Settings", "Get LDAP group mappings"): {"responses": [("200", "GroupMappingResponse")]},
    ("Network", "Update an existing network"): {"responses": [("200", "NetworkResponse")]},
    ("Network", "Get existing network IP service"): {"responses": [("200", "IpServiceResponse")]},
    ("Network", "Update an existing network IP service"): {"responses": [("200", "IpServiceResponse")]},
    ("Network", "Update an existing network connector"): {"responses": [("200", "NetworkConnectorResponse")]},
    ("Network", "Update an existing network application"): {"responses": [("200", "ApplicationResponse")]},
    ("Network", "Create a new network"): {"responses": [("201", "NetworkResponse")]},
    ("Network", "Get page of existing network IP services"): {
        "params": [
            _param("page", "query", False, "integer", "int32"),
            _param("size", "query", False, "integer", "int32"),
            _param("networkId", "query", False),
        ],
        "responses": [("200", "PageIpServiceResponse")],
    },
    ("Network", "Create a new network IP service"): {
        "body": "ServiceRequest",
        "responses": [("201", "IpServiceResponse")],
    },
    ("Network", "Create a new network connector"): {"responses": [("201", "NetworkConnectorResponse")]},
    ("Network", "Generate .ovpn profile for an existing network connector"): {
        "params": [_ID],
        "responses": [("200", "string")],
    },
    ("Network", "Stop connection for existing IPSEC connector"): {
        "params": [_ID],
        "responses": [("200", None)],
    },
    ("Network", "Create a new network application"): {"responses": [("201", "ApplicationResponse")]},
    ("Device Posture", "Update device posture policy"): {"responses": [("200", "DevicePostureResponse")]},
    ("Device Posture", "Create device posture policy"): {
        "body": "DevicePostureRequest",
        "responses": [("201", "DevicePostureResponse")],
    },
    ("User", "Create a new local user"): {"responses": [("201", "UserResponse")]},
    ("Cyber Shield Domain Filtering", "Extend a list of domains in Cyber Shield Allow List."): {
        "responses": [("200", None)]
    },
    (
        "Sessions",
        "Returns a list of OpenVPN sessions by batches (up to 100 in a single request).",
    ): {
        "responses": [("200", "SessionsResponse")],
        # documented as string(int32): an integer count 1..100 (Beta: integer(int32))
        "param_overrides": {"size": {"type": "integer"}},
    },
    ("Access Group", "Add new destination to an existing access group"): {
        "responses": [("200", "AccessGroupResponse")]
    },
}


# The v1.2.3 catalog: openapi/README.md, "v1.2.3 decisions" (27-42) and, for the endpoints whose
# v1.2.3 page was not retrieved (the catalog carries the v1.0 data), the v1.0 decisions with the
# v1.2.3 DTO names. `decision` names the numbered README entry. Endpoint keys as in DECISIONS, plus
# `introduced_in` (replaces the catalog's); schema keys are (SCHEMA, name): `property_overrides`
# ({property: {field: value}}), `introduced_in` ({property: version}), `order: "later last"`
# (the properties added after the oldest version follow the older ones, each group in catalog
# order), `spec_only` (declared by the spec, absent from the catalog).
SCHEMA = "schema"
_INT32 = {"format": "int32"}
V123_DECISIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("Network", "Update an existing network"): {"decision": 5, "responses": [("200", "NetworkResponse")]},
    ("Network", "Update an existing network IP service"): {
        "decision": 4,
        "responses": [("200", "NetworkIpServiceResponse")],
    },
    ("Network", "Update an existing network connector"): {
        "decision": 4,
        "responses": [("200", "NetworkConnectorResponse")],
    },
    ("Network", "Update an existing network application"): {
        "decision": 4,
        "responses": [("200", "NetworkApplicationResponse")],
    },
    ("Network", "Create a new network"): {"decision": 3, "responses": [("201", "NetworkResponse")]},
    ("Network", "Get page of existing network IP services"): {
        "decision": 1,
        "params": DECISIONS[("Network", "Get page of existing network IP services")]["params"],
    },
    ("Network", "Create a new network IP service"): {
        "decision": 3,
        "responses": [("201", "NetworkIpServiceResponse")],
    },
    ("Network", "Create a new network connector"): {
        "decision": 3,
        "responses": [("201", "NetworkConnectorResponse")],
    },
    ("Network", "Generate .ovpn profile for an existing network connector"): {
        "decision": 17,
        "params": [_ID],
        "responses": [("200", "string")],
    },
    ("Network", "Stop connection for existing IPSEC connector"): {
        "decision": 2,
        "params": [_ID],
        "responses": [("200", None)],
    },
    ("Network", "Create a new network application"): {
        "decision": 3,
        "responses": [("201", "NetworkApplicationResponse")],
    },
    ("Host", "Update an existing host IP service"): {"decision": 4, "responses": [("200", "HostIpServiceResponse")]},
    ("Host", "Delete an existing connector"): {"decision": 18, "params": [_ID], "responses": [("204", None)]},
    ("Host", "Get existing host application"): {"decision": 1, "params": [_ID]},
    ("Host", "Update an existing host application"): {
        "decision": 4,
        "params": [_ID],
        "responses": [("200", "HostApplicationResponse")],
    },
    ("Host", "Create a new host IP service"): {"decision": 3, "responses": [("201", "HostIpServiceResponse")]},
    ("Host", "Create a new host application"): {"decision": 3, "responses": [("201", "HostApplicationResponse")]},
    ("Settings", "Get client options"): {"decision": 9, "responses": [("200", "[string]")]},
    ("Settings", "Set client options"): {"decision": 9, "responses": [("200", "[string]")]},
    ("Settings", "Set 2FA enabled"): {"decision": 11, "body": "boolean", "responses": [("200", "boolean")]},
    ("DNS Log", "Get DNS requests sent by user."): {
        "decision": 29,
        "responses": [("200", "PageUserDnsResolutionResponse")],
        "param_overrides": {"page": _INT32, "size": _INT32},
    },
    ("DNS Log", "Enable DNS Log"): {"decision": 28, "introduced_in": "1.1.1"},
    ("DNS Log", "Disable DNS Log"): {"decision": 28, "introduced_in": "1.1.1"},
    ("DNS Log", "Get DNS Log feature state enablement"): {"decision": 31, "responses": [("200", "boolean")]},
    ("Access Visibility", "Get Access Visibility Enablement State"): {
        "decision": 31,
        "responses": [("200", "boolean")],
    },
    ("AuditLogs", "Returns a list of AuditLogs by batches (up to 100 in a single request)."): {
        "decision": 33,
        "responses": [("200", "AuditLogsResponse")],
        "param_overrides": {"size": {"type": "integer"}},
    },
    ("Sessions", "Returns a list of OpenVPN sessions by batches (up to 100 in a single request)."): {
        "decision": 16,
        "responses": [("200", "SessionsResponse")],
        "param_overrides": {"size": {"type": "integer"}},
    },
    ("User", "Create a new local user"): {"decision": 3, "responses": [("201", "UserResponse")]},
    ("User Group", "Create a new user group"): {
        "decision": 12,
        "body": "UserGroupRequest",
        "responses": [("201", "UserGroupResponse")],
    },
    ("Device Posture", "Update device posture policy"): {
        "decision": 4,
        "responses": [("200", "DevicePostureResponse")],
    },
    ("Device Posture", "Create device posture policy"): {
        "decision": 13,
        "body": "DevicePostureRequest",
        "responses": [("201", "DevicePostureResponse")],
    },
    ("Access Group", "Add new destination to an existing access group"): {
        "decision": 14,
        "responses": [("200", "AccessGroupResponse")],
    },
    ("Cyber Shield Domain Filtering", "Extend a list of domains in Cyber Shield Allow List."): {
        "decision": 15,
        "responses": [("200", None)],
    },
    (SCHEMA, "AccessGroupResponse"): {"decision": 39, "property_overrides": {"defaultGroup": {"type": "boolean"}}},
    (SCHEMA, "UserGroupResponse"): {"decision": 39, "property_overrides": {"id": {"format": "uuid"}}},
    (SCHEMA, "AuditLogResponse"): {
        "decision": 33,
        "property_overrides": {
            "initiatorAttributes": {"additionalProperties": None},
            "additionalInfo": {"items": "AuditLogAdditionalInfo"},
            "fields": {"items": "AuditLogFieldChange"},
        },
    },
    (SCHEMA, "HostConnectorResponse"): {"decision": 38, "introduced_in": {"licensed": "1.1.1"}},
    (SCHEMA, "IpSecConfigRequest"): {
        "decision": 37,
        "property_overrides": {"platform": {"enum": None}, "authenticationType": {"enum": None}},
    },
    **{
        (SCHEMA, name): {"decision": 42, "order": "later last"}
        for name in (
            "SessionResponse",
            "UserCreateRequest",
            "UserResponse",
            "UserUpdateRequest",
        )
    },
    **{
        (SCHEMA, name): {"decision": 29, "spec_only": True}
        for name in (
            "PageUserDnsResolutionResponse",
            "UserDnsResolutionResponse",
        )
    },
    **{
        (SCHEMA, name): {"decision": 33, "spec_only": True}
        for name in (
            "AuditLogAdditionalInfo",
            "AuditLogFieldChange",
        )
    },
    **{
        (SCHEMA, name): {"decision": 36, "spec_only": True}
        for name in (
            "ApplicationRequest",
            "ApplicationResponse",
            "ApplicationRouteRequest",
            "DomainRouteResponse",
            "IpServiceResponse",
            "PageApplicationResponse",
            "PageIpServiceResponse",
            "ServiceRequest",
        )
    },
}

DECISIONS_BY_CATALOG: dict[str, dict[tuple[str, str], dict[str, Any]]] = {
    "v1.0": DECISIONS,
    "v1.2.3": V123_DECISIONS,
}
"""Catalog folder name -> its recorded decisions (a folder without decisions has none)."""


def delta_key(version: str) -> str:
    """The catalog key of a version's delta: `1.1.0` -> `v1_1_0_delta`."""
    return "v" + version.replace(".", "_") + "_delta"


@functools.cache
def catalog(folder: Path = CATALOG / "v1.0") -> dict[str, Any]:
    """One vendored catalog folder: endpoints (list), schemas (merged, name -> entry), and
    its deltas by key (`v1_1_0_delta`, ...)."""
    endpoints: list[dict[str, Any]] = []
    schemas: dict[str, Any] = {}
    deltas: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        endpoints += data["endpoints"]
        for name, schema in data["schemas"].items():
            schemas.setdefault(name, schema)
        deltas.update({key: value for key, value in data.items() if key.endswith("_delta")})
    assert endpoints, f"catalog {folder}: no endpoints"
    return {"endpoints": endpoints, "schemas": schemas, "deltas": deltas, "decisions": decisions_of(folder)}


def decisions_of(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    return DECISIONS_BY_CATALOG.get(folder.name, {})


def load_spec(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> operation object."""
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def schema_name(schema: dict[str, Any] | None) -> str | None:
    """Catalog notation of a spec schema: Name, [X] for arrays, or the primitive type."""
    if schema is None:
        return None
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"[{schema_name(schema['items'])}]"
    return str(schema.get("type"))


def _media(content: dict[str, Any] | None) -> tuple[str | None, dict[str, Any] | None]:
    if not content:
        return None, None
    assert len(content) == 1, f"several media types: {sorted(content)}"
    media_type, media = next(iter(content.items()))
    return media_type, media.get("schema")


def expected_endpoint(entry: dict[str, Any], decisions: dict[tuple[str, str], Any] | None = None) -> dict[str, Any]:
    """The catalog entry with the recorded decisions applied, in comparable form."""
    decision = (DECISIONS if decisions is None else decisions).get((entry["section"], entry["summary"]), {})
    if entry.get("probable_method_path"):
        method, path = entry["probable_method_path"].split(" ", 1)
    else:
        method, path = entry["method"], entry["path"]
    params = copy.deepcopy(decision.get("params", entry["params"]))
    for p in params:
        p.update(decision.get("param_overrides", {}).get(p["name"], {}))
    body = entry["request_body"]
    body_name = decision.get("body") or (body and body["schema"])
    if "responses" in decision:
        responses = dict(decision["responses"])
    else:
        responses = {}
        for r in entry["responses"]:
            status = "200" if r["status"] == "default" else r["status"]  # springdoc 'default'
            if status.startswith("2"):
                responses[status] = r["schema"]
    return {
        "method": method,
        "path": path,
        "introduced_in": decision.get("introduced_in", entry.get("introduced_in")),
        "params": {(p["name"], p["in"]): p for p in params},
        "body": body_name,
        "body_format": body.get("format") if body else None,
        "body_enum": body.get("enum") if body else None,
        "responses": responses,
        "catalog_errors": {
            r["status"]: r["schema"]
            for r in entry["responses"]
            if not r["status"].startswith("2") and r["status"] != "default"
        },
    }


def check_endpoint(
    spec: dict[str, Any], entry: dict[str, Any], decisions: dict[tuple[str, str], Any] | None = None
) -> list[str]:
    """Problems with one catalog endpoint in ``spec`` (empty list = faithful)."""
    exp = expected_endpoint(entry, decisions)
    op = operations(spec).get((exp["method"], exp["path"]))
    where = f"{exp['method']} {exp['path']}"
    if op is None:
        return [f"{where}: missing"]
    problems: list[str] = []
    if op.get("tags") != [entry["section"]]:
        problems.append(f"{where}: tags {op.get('tags')} != [{entry['section']!r}]")
    # parameters
    got: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in op.get("parameters", []):
        p = _resolve(spec, raw)
        got[(p["name"], p["in"])] = p
    if set(got) != set(exp["params"]):
        problems.append(f"{where}: params {sorted(got)} != {sorted(exp['params'])}")
    for key in set(got) & set(exp["params"]):
        g, e = got[key], exp["params"][key]
        sch = g.get("schema", {})
        pairs = {
            "required": (bool(g.get("required")), bool(e["required"])),
            "type": (sch.get("type"), e["type"]),
            "format": (sch.get("format"), e["format"]),
            "enum": (sch.get("enum"), e["enum"]),
        }
        for field, (have, want) in pairs.items():
            if have != want:
                problems.append(f"{where}: param {key[0]} {field} {have!r} != {want!r}")
        if (
            e["default"] is not None
            and str(sch.get("default")) != str(e["default"])  # the catalog records the text
            and f"Default: {e['default']}" not in (g.get("description") or "")
        ):
            problems.append(f"{where}: param {key[0]} default {e['default']!r} not documented")
    # request body
    rb = op.get("requestBody")
    if rb is not None:
        rb = _resolve(spec, rb)
    media_type, body_schema = _media(rb["content"]) if rb else (None, None)
    if schema_name(body_schema) != exp["body"]:
        problems.append(f"{where}: body {schema_name(body_schema)!r} != {exp['body']!r}")
    if rb is not None:
        want_media = TEXT_BODY if exp["body"] == "string" else "application/json"
        if media_type != want_media:
            problems.append(f"{where}: body media type {media_type!r} != {want_media!r}")
        if not rb.get("required"):
            problems.append(f"{where}: request body not required")
        if body_schema and exp["body"] in PRIMITIVES:
            if body_schema.get("format") != exp["body_format"]:
                problems.append(f"{where}: body format {body_schema.get('format')!r}")
            if body_schema.get("enum") != exp["body_enum"]:
                problems.append(f"{where}: body enum {body_schema.get('enum')!r}")
    # success responses
    responses = op.get("responses", {})
    got_ok = {s: r for s, r in responses.items() if str(s).startswith("2")}
    if set(got_ok) != set(exp["responses"]):
        problems.append(f"{where}: success statuses {sorted(got_ok)} != {sorted(exp['responses'])}")
    for status in set(got_ok) & set(exp["responses"]):
        media_type, sch = _media(_resolve(spec, got_ok[status]).get("content"))
        want = exp["responses"][status]
        if schema_name(sch) != want:
            problems.append(f"{where}: {status} schema {schema_name(sch)!r} != {want!r}")
        if want is not None:
            want_media = "text/plain" if want == "string" else "application/json"
            if media_type != want_media:
                problems.append(f"{where}: {status} media type {media_type!r} != {want_media!r}")
    # error responses: catalog-documented error bodies must match the shared components
    for status, sname in exp["catalog_errors"].items():
        r = responses.get(status)
        _, sch = _media(_resolve(spec, r).get("content")) if r else (None, None)
        if r is None or (sname and schema_name(sch) != sname):
            problems.append(f"{where}: error {status} {schema_name(sch)!r} != {sname!r}")
    return problems


def _expected_property(prop: dict[str, Any]) -> dict[str, Any]:
    extra = prop.get("additional_properties")
    if isinstance(extra, dict):  # two catalog notations for the same thing
        extra = f"[{extra['items']}]" if extra["type"] == "array" else extra["type"]
    type_ = prop["ref"] or prop["type"]
    return {
        "type": None if type_ == "any" else type_,  # 'any' = a schema without a type
        "format": prop["format"],
        "enum": prop["enum"],
        "items": prop["items"],
        "additionalProperties": extra,
    }


def _spec_property(sch: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in sch:
        return {
            "type": schema_name(sch),
            "format": None,
            "enum": None,
            "items": None,
            "additionalProperties": None,
        }
    extra = sch.get("additionalProperties")
    return {
        "type": sch.get("type"),
        "format": sch.get("format"),
        "enum": sch.get("enum"),
        "items": schema_name(sch["items"]) if "items" in sch else None,
        "additionalProperties": schema_name(extra) if isinstance(extra, dict) else None,
    }


def check_schema(
    spec: dict[str, Any], name: str, entry: dict[str, Any], decision: dict[str, Any] | None = None
) -> list[str]:
    """Problems with one catalog schema in ``spec`` (empty list = faithful); ``decision`` is its
    recorded decision, if any (``property_overrides``, ``order``)."""
    decision = decision or {}
    sch = spec.get("components", {}).get("schemas", {}).get(name)
    if sch is None:
        return [f"schema {name}: missing"]
    problems = []
    if sch.get("additionalProperties") is False:
        problems.append(f"schema {name}: additionalProperties false")
    props = sch.get("properties", {})
    want_names = [p["name"] for p in entry["properties"]]
    if decision.get("order") == "later last":
        older = [p["name"] for p in entry["properties"] if p.get("introduced_in", OLDEST) == OLDEST]
        want_names = older + [n for n in want_names if n not in older]
    if list(props) != want_names:
        problems.append(f"schema {name}: properties {list(props)} != {want_names}")
    want_required = [p["name"] for p in entry["properties"] if p["required"]]
    if sch.get("required", []) != want_required:
        problems.append(f"schema {name}: required {sch.get('required')} != {want_required}")
    for prop in entry["properties"]:
        if prop["name"] not in props:
            continue
        have, want = _spec_property(props[prop["name"]]), _expected_property(prop)
        want.update(decision.get("property_overrides", {}).get(prop["name"], {}))
        if have != want:
            problems.append(f"schema {name}.{prop['name']}: {have} != {want}")
    return problems


def check_introduced_in(
    spec: dict[str, Any],
    entry: dict[str, Any],
    decisions: dict[tuple[str, str], Any] | None = None,
    base_operations: Collection[tuple[str, str]] = (),
) -> list[str]:
    """Problems with the `x-introduced-in` of one catalog endpoint that carries `introduced_in`:
    the spec's mark equals it; only an endpoint of the oldest version, or one its base spec
    already had, may go unmarked."""
    exp = expected_endpoint(entry, decisions)
    op = operations(spec).get((exp["method"], exp["path"]))
    want = exp["introduced_in"]
    if op is None or want is None:
        return []
    where = f"{exp['method']} {exp['path']}"
    have = op.get("x-introduced-in")
    if have is None:
        unmarked_ok = want == OLDEST or (exp["method"], exp["path"]) in base_operations
        return [] if unmarked_ok else [f"{where}: no x-introduced-in (catalog {want!r})"]
    if str(have) != want:
        return [f"{where}: x-introduced-in {have!r} != {want!r}"]
    return []


def check_schema_introduced_in(
    spec: dict[str, Any],
    name: str,
    entry: dict[str, Any],
    decision: dict[str, Any] | None = None,
    base_schemas: dict[str, Any] | None = None,
) -> list[str]:
    """Problems with the `x-introduced-in` of one catalog schema and its properties (those that
    carry `introduced_in`; a decision's `introduced_in` maps property -> the value decided).
    Unmarked is right for what the oldest version or the base spec had, and for a property that
    came with its schema."""
    sch = spec.get("components", {}).get("schemas", {}).get(name)
    if sch is None:
        return []
    base = (base_schemas or {}).get(name, {})
    decided = (decision or {}).get("introduced_in", {})
    problems: list[str] = []

    def check(where: str, have: Any, want: str | None, unmarked_ok: bool) -> None:
        if want is None or (have is None and (unmarked_ok or want == OLDEST)):
            return
        if str(have) != want:
            problems.append(f"{where}: x-introduced-in {have!r} != {want!r}")

    check(f"schema {name}", sch.get("x-introduced-in"), entry.get("introduced_in"), bool(base))
    for prop in entry["properties"]:
        have_prop = sch.get("properties", {}).get(prop["name"])
        if have_prop is None:
            continue
        want = decided.get(prop["name"], prop.get("introduced_in"))
        came_with_schema = want == entry.get("introduced_in")
        in_base = prop["name"] in base.get("properties", {})
        check(f"schema {name}.{prop['name']}", have_prop.get("x-introduced-in"), want, in_base or came_with_schema)
    return problems


def _swap_refs(node: Any, mapping: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: (_swap_ref(v, mapping) if k == "$ref" else _swap_refs(v, mapping)) for k, v in node.items()}
    if isinstance(node, list):
        return [_swap_refs(v, mapping) for v in node]
    return node


def _swap_ref(ref: str, mapping: dict[str, str]) -> str:
    base, _, name = ref.rpartition("/")
    return f"{base}/{mapping.get(name, name)}"


def check_delta(v10: dict[str, Any], v110: dict[str, Any], delta: dict[str, Any] | None = None) -> list[str]:
    """Problems with ``v110`` being ``v10`` plus exactly the catalog's v1.1.0 delta.

    The delta's shape (new endpoints, DTO swaps by `v1_0_schema`/`v1_1_0_schema`) is the one
    the v1.0 catalog records for v1.1.0; a later catalog with a full description of its version
    is checked with `check: full` instead.
    """
    if delta is None:
        delta = catalog()["deltas"][delta_key("1.1.0")]
    problems: list[str] = []
    if v110["info"].get("version") != "1.1.0":
        problems.append(f"v1.1.0 info.version {v110['info'].get('version')!r}")
    # top level: only info (version/description) and externalDocs may differ
    for key in sorted(set(v10) | set(v110)):
        free = key in ("paths", "components", "info", "externalDocs")
        if not free and v10.get(key) != v110.get(key):
            problems.append(f"v1.1.0 top-level {key!r} differs")
    if {k: v for k, v in v10["info"].items() if k not in ("version", "description")} != {
        k: v for k, v in v110["info"].items() if k not in ("version", "description")
    }:
        problems.append("v1.1.0 info differs beyond version/description")
    # operations
    ops10, ops110 = operations(v10), operations(v110)
    if set(ops10) - set(ops110):
        problems.append(f"v1.1.0 removed operations {sorted(set(ops10) - set(ops110))}")
    added = set(ops110) - set(ops10)
    want_added = {(e["method"], e["path"]) for e in delta["new_endpoints"]}
    if added != want_added:
        problems.append(f"v1.1.0 added operations {sorted(added)} != {sorted(want_added)}")
    for entry in delta["new_endpoints"]:
        problems += [f"v1.1.0 {p}" for p in check_endpoint(v110, entry)]
    # changed DTOs: the only other operation differences are v1.0 -> v1.1.0 schema swaps
    swaps = {
        c["v1_0_schema"]: c["v1_1_0_schema"]
        for c in delta["changed_schemas"]
        if c.get("v1_0_schema") and c.get("v1_1_0_schema")
    }
    back = {new: old for old, new in swaps.items()}
    switched: list[tuple[str, str]] = []
    for op_key in sorted(set(ops10) & set(ops110)):
        if ops10[op_key] == ops110[op_key]:
            continue
        if _swap_refs(ops110[op_key], back) != ops10[op_key]:
            problems.append(f"v1.1.0 {op_key}: differs beyond the DTO swap")
        switched.append(op_key)
    host_ip = {
        op_key for op_key in ops10 if op_key[1].startswith("/api/v1/hosts/ip-services") and op_key[0] != "DELETE"
    }
    if set(switched) != host_ip:
        problems.append(f"v1.1.0 switched operations {switched} != host IP-service {sorted(host_ip)}")
    for op_key in host_ip:  # every v1.0 DTO reference of these operations is swapped
        text = json.dumps(ops110.get(op_key, {}))
        for old in swaps:
            if f'/{old}"' in text:
                problems.append(f"v1.1.0 {op_key}: still references {old}")
    # schemas: exactly the new DTOs added, everything else unchanged
    s10, s110 = v10["components"]["schemas"], v110["components"]["schemas"]
    if set(s110) - set(s10) != set(swaps.values()) or set(s10) - set(s110):
        problems.append(f"v1.1.0 schema set change {sorted(set(s110) ^ set(s10))}")
    for name in set(s10) & set(s110):
        if s10[name] != s110[name]:
            problems.append(f"v1.1.0 schema {name} changed")
    for name in swaps.values():
        problems += [f"v1.1.0 {p}" for p in check_schema(v110, name, delta["v1_1_0_schemas"][name])]
    for change in delta["changed_schemas"]:
        old, new = change.get("v1_0_schema"), change.get("v1_1_0_schema")
        if not (old and new) or new not in s110:
            continue
        want = [p for p in s10[old]["properties"] if p not in change["v1_0_properties_removed"]]
        want += change["v1_1_0_properties_added"]
        if list(s110[new]["properties"]) != want:
            problems.append(f"v1.1.0 {new} properties {list(s110[new]['properties'])} != {want}")
    # everything else in components is unchanged
    c10 = {k: v for k, v in v10["components"].items() if k != "schemas"}
    c110 = {k: v for k, v in v110["components"].items() if k != "schemas"}
    if c10 != c110:
        problems.append("v1.1.0 components other than schemas differ")
    return problems
