"""The fake infers its behaviour from the spec: the shapes v1.2.3 adds are served with no
hand edit, an unknown shape costs one named failure, and read-only request fields are the
server's to set (issue 10 item 17)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _fake_helpers import authed_client

from cloudconnexa.testing import FakeCloudConnexa
from cloudconnexa.testing._app import FakeApp
from cloudconnexa.testing._seed import Seeder
from cloudconnexa.testing._spec import Spec, load_spec

OK_EMPTY = {"200": {"description": "OK"}}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def _path_param(name: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}]


ERRORS = {"400": "BadRequest", "401": "Unauthorized", "404": "NotFound", "429": "TooManyRequests",
          "500": "InternalServerError"}  # fmt: skip


def _op(operation_id: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    errors = {status: {"$ref": f"#/components/responses/{name}"} for status, name in ERRORS.items()}
    return {"operationId": operation_id, "tags": ["New"], "responses": {**responses, **errors}, **extra}


# The new shapes of v1.2.3 (openapi/catalog/v1.2.3/), written as a spec would write them.
NEW_PATHS: dict[str, dict[str, Any]] = {
    "/api/v1/users/{id}/activate": {"put": _op("activateUser", OK_EMPTY, parameters=_path_param("id"))},
    "/api/v1/users/{id}/suspend": {"put": _op("suspendUser", OK_EMPTY, parameters=_path_param("id"))},
    "/api/v1/users/{userId}/reset-mfa": {"post": _op("resetUserMfa", OK_EMPTY, parameters=_path_param("userId"))},
    "/api/v1/users/{id}/resend-invitation": {
        "post": _op("resendUserInvitation", OK_EMPTY, parameters=_path_param("id"))
    },
    "/api/v1/users/{id}/force-password-change": {
        "post": _op("forceUserPasswordChange", OK_EMPTY, parameters=_path_param("id"))
    },
    "/api/v1/networks/connectors/{id}/activate": {
        "put": _op("activateNetworkConnector", OK_EMPTY, parameters=_path_param("id"))
    },
    "/api/v1/networks/connectors/{id}/suspend": {
        "put": _op("suspendNetworkConnector", OK_EMPTY, parameters=_path_param("id"))
    },
    "/api/v1/audit-log": {
        "get": _op(
            "listAuditLogs",
            _json(
                {
                    "type": "object",
                    "properties": {
                        "auditLogs": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"id": {"type": "string"}, "initiatorId": {"type": "string"}},
                            },
                        },
                        "nextCursor": {"type": "string"},
                    },
                }
            ),
            parameters=[
                {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                {"name": "initiatorId", "in": "query", "schema": {"type": "string"}},
                {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 100}},
            ],
        )
    },
    "/api/v1/access-visibility/enable": {"put": _op("enableAccessVisibility", OK_EMPTY)},
    "/api/v1/access-visibility/disable": {"put": _op("disableAccessVisibility", OK_EMPTY)},
    "/api/v1/access-visibility/enabled": {"get": _op("getAccessVisibilityEnabled", _json({"type": "boolean"}))},
    "/api/v1/dns-log/user-dns-resolutions/enable": {"put": _op("enableDnsLog", OK_EMPTY)},
    "/api/v1/dns-log/user-dns-resolutions/disable": {"put": _op("disableDnsLog", OK_EMPTY)},
    "/api/v1/dns-log/user-dns-resolutions/enabled": {"get": _op("getDnsLogEnabled", _json({"type": "boolean"}))},
    "/api/v1/account/cloud-id": {
        "post": _op(
            "createCloudId",
            _json(
                {"type": "object", "properties": {"clientId": {"type": "string"}, "clientSecret": {"type": "string"}}}
            ),
            parameters=[{"name": "id", "in": "query", "required": True, "schema": {"type": "string"}}],
        )
    },
    "/api/v1/settings/wpc/ip-allocation-mode": {
        "get": _op(
            "getIpAllocationMode",
            {"200": {"description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}},
        ),
        "put": _op(
            "setIpAllocationMode",
            {"200": {"description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}},
            requestBody={
                "required": True,
                "content": {"text/plain; charset=utf-8": {"schema": {"type": "string", "enum": ["DYNAMIC", "STATIC"]}}},
            },
        ),
    },
    "/api/v1/settings/wpc/routes-advanced-configuration-enabled": {
        "get": _op("getRoutesAdvancedConfigurationEnabled", _json({"type": "boolean"})),
        "put": _op(
            "setRoutesAdvancedConfigurationEnabled",
            _json({"type": "boolean"}),
            requestBody={"required": True, "content": {"application/json": {"schema": {"type": "boolean"}}}},
        ),
    },
    "/api/v1/dns-log/user-dns-resolutions/page": {
        "get": _op(
            "listDnsResolutions",
            _json(
                {
                    "type": "object",
                    "properties": {
                        "content": {"type": "array", "items": {"type": "object", "properties": {"id": {}}}},
                        "totalElements": {"type": "integer"},
                        "page": {"type": "integer"},
                    },
                }
            ),
            parameters=[{"name": "page", "in": "query", "schema": {"type": "integer"}}],
        )
    },
    "/api/v1/dns-records/stats": {
        "get": _op(
            "getDnsRecordStats",
            _json({"type": "object", "properties": {"total": {"type": "integer"}, "zones": {"type": "array"}}}),
        )
    },
}


def _fake(paths: dict[str, dict[str, Any]]) -> FakeCloudConnexa:
    """A fake serving v1.1.0 plus `paths` (as branch w13's v1.2.3 spec will add them)."""
    raw = copy.deepcopy(load_spec("1.1.0").raw)
    for path, item in paths.items():
        raw["paths"].setdefault(path, {}).update(copy.deepcopy(item))
    spec = Spec("1.1.0", raw)
    server = FakeCloudConnexa()
    server.spec = spec
    server.app = FakeApp(spec, server.store, server.tokens, server.limiter, server.faults)
    server.seed = Seeder(spec, server.store)
    return server


@pytest.fixture(scope="module")
def fake() -> FakeCloudConnexa:
    return _fake(NEW_PATHS)


@pytest.fixture(autouse=True)
def _fresh(fake: FakeCloudConnexa) -> None:
    fake.reset()


def test_every_new_shape_is_bound_without_a_hand_edit(fake: FakeCloudConnexa) -> None:
    bindings = fake.app.plan.bindings
    assert fake.app.plan.unserved == []
    expected = {
        ("PUT", "/api/v1/users/{id}/suspend"): "record_action",
        ("POST", "/api/v1/users/{userId}/reset-mfa"): "record_action",
        ("PUT", "/api/v1/networks/connectors/{id}/activate"): "record_action",
        ("GET", "/api/v1/audit-log"): "cursor",
        ("PUT", "/api/v1/access-visibility/enable"): "toggle",
        ("GET", "/api/v1/access-visibility/enabled"): "setting_get",
        ("POST", "/api/v1/account/cloud-id"): "command",
        ("PUT", "/api/v1/settings/wpc/ip-allocation-mode"): "setting_put",
        ("GET", "/api/v1/dns-records/stats"): "setting_get",
        ("GET", "/api/v1/dns-log/user-dns-resolutions/page"): "list",
    }
    assert {key: bindings[key].behaviour for key in expected} == expected
    assert bindings[("PUT", "/api/v1/users/{id}/suspend")].value == {"status": "SUSPENDED"}
    assert bindings[("PUT", "/api/v1/users/{id}/activate")].value == {"status": "ACTIVE"}


def test_state_verbs_change_the_record_and_404_on_a_missing_one(fake: FakeCloudConnexa) -> None:
    user = fake.seed.users(1)[0]
    net = fake.seed.networks(1)[0]
    connector = fake.seed.network_connectors(1, net["id"])[0]
    with authed_client(fake) as client:
        assert client.put(f"/api/v1/users/{user['id']}/suspend").status_code == 200
        assert client.get(f"/api/v1/users/{user['id']}").json()["status"] == "SUSPENDED"
        assert client.put(f"/api/v1/users/{user['id']}/activate").status_code == 200
        assert client.get(f"/api/v1/users/{user['id']}").json()["status"] == "ACTIVE"
        for verb in ("reset-mfa", "resend-invitation", "force-password-change"):
            assert client.post(f"/api/v1/users/{user['id']}/{verb}").status_code == 200
            missing = client.post(f"/api/v1/users/no-such-user/{verb}")
            assert missing.status_code == 404 and "no-such-user" in missing.json()["errorMessage"]
        for verb in ("suspend", "activate"):
            assert client.put(f"/api/v1/networks/connectors/{connector['id']}/{verb}").status_code == 200
    assert fake.spec_violations == []


def test_toggles_and_singletons_read_back(fake: FakeCloudConnexa) -> None:
    with authed_client(fake) as client:
        for feature in ("/api/v1/access-visibility", "/api/v1/dns-log/user-dns-resolutions"):
            assert client.get(f"{feature}/enabled").json() is False
            assert client.put(f"{feature}/enable").status_code == 200
            assert client.get(f"{feature}/enabled").json() is True
            assert client.put(f"{feature}/disable").status_code == 200
            assert client.get(f"{feature}/enabled").json() is False
        mode = "/api/v1/settings/wpc/ip-allocation-mode"
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        assert client.put(mode, content="STATIC", headers=headers).text == "STATIC"
        assert client.get(mode).text == "STATIC"
        assert client.put(mode, content="NOPE", headers=headers).status_code == 400
        flag = "/api/v1/settings/wpc/routes-advanced-configuration-enabled"
        assert client.put(flag, json=True).json() is True
        assert client.get(flag).json() is True
        assert client.get("/api/v1/dns-records/stats").json() == {"total": 0, "zones": []}
        page = client.get("/api/v1/dns-log/user-dns-resolutions/page", params={"page": 0}).json()
        assert page == {"content": [], "totalElements": 0, "page": 0}
        credentials = client.post("/api/v1/account/cloud-id", params={"id": "acme"})
        assert credentials.status_code == 200 and set(credentials.json()) == {"clientId", "clientSecret"}
    assert fake.spec_violations == []


def test_cursor_batches_of_any_feed(fake: FakeCloudConnexa) -> None:
    feed = fake.store.feed("/api/v1/audit-log")
    feed += [{"id": str(i), "initiatorId": "alice" if i % 2 else "bob"} for i in range(250)]
    seen: list[str] = []
    cursor = None
    requests = 0
    with authed_client(fake) as client:
        while True:
            params = {"cursor": cursor} if cursor else {}
            body = client.get("/api/v1/audit-log", params=params).json()
            requests += 1
            seen += [entry["id"] for entry in body["auditLogs"]]
            cursor = body.get("nextCursor")
            if not cursor:
                break
        alice = client.get("/api/v1/audit-log", params={"initiatorId": "alice", "size": 100}).json()
        assert client.get("/api/v1/audit-log", params={"size": 101}).status_code == 400
    assert seen == [str(i) for i in range(250)] and requests == 3
    assert {entry["initiatorId"] for entry in alice["auditLogs"]} == {"alice"}
    assert fake.spec_violations == []


def test_an_unknown_shape_costs_one_named_failure() -> None:
    widgets = {"/api/v1/widgets/{id}": {"patch": _op("patchWidget", OK_EMPTY, parameters=_path_param("id"))}}
    server = _fake(widgets)
    [message] = server.app.plan.unserved
    assert "PATCH /api/v1/widgets/{id} (patchWidget)" in message
    assert "cloudconnexa/testing/_classify.py" in message
    with authed_client(server) as client:
        assert client.get("/api/v1/dns-records").status_code == 200  # the rest is served
        reply = client.patch("/api/v1/widgets/w1")
    assert reply.status_code == 500 and "patchWidget" in reply.json()["errorMessage"]
    assert server.spec_violations == []


def test_read_only_request_fields_are_the_servers_to_set() -> None:
    """The Go client and Terraform send `"status": ""` (and an empty id) when creating a user."""
    server = FakeCloudConnexa()
    group = server.seed.user_groups(1)[0]
    body = {"id": "", "status": "", "authType": "", "connectionStatus": "", "username": "ann",
            "email": "ann@example.com", "firstName": "Ann", "lastName": "Lee", "groupId": group["id"],
            "role": "MEMBER"}  # fmt: skip
    with authed_client(server) as client:
        created = client.post("/api/v1/users", json=body)
        assert created.status_code == 201, created.text
        user = created.json()
        assert user["id"] and user["status"] and user["status"] != ""
        assert client.get(f"/api/v1/users/{user['id']}").json()["status"] == user["status"]
        group_body = {"id": "", "name": "g2", "internetAccess": "SPLIT_TUNNEL_ON", "vpnRegionIds": ["us-east-1"]}
        updated = client.put(f"/api/v1/user-groups/{group['id']}", json=group_body)
        assert updated.status_code == 200 and updated.json()["id"] == group["id"]
    assert server.spec_violations == []
