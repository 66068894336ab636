"""Every operation of both specs answers 2xx to a minimal valid request; broken replies
are caught by response validation; the public API is pinned."""

from __future__ import annotations

import pytest
from _fake_helpers import authed_client

import cloudconnexa.testing as testing
from cloudconnexa.testing import API_VERSIONS, FakeCloudConnexa
from cloudconnexa.testing._shapes import default_for

QUERY_VALUES = {"type": "USER_GROUP", "regionId": "us-east-1", "size": "10", "grant_type": "client_credentials"}


def _seed(server: FakeCloudConnexa) -> dict[str, str]:
    s = server.seed
    net, host, user = s.networks(1)[0], s.hosts(1)[0], s.users(1)[0]
    for fn in (s.network_connectors, s.network_routes, s.network_ip_services, s.network_applications):
        fn(1, net["id"])
    for fn in (s.host_connectors, s.host_ip_services, s.host_applications):
        fn(1, host["id"])
    s.devices(1, user["id"])
    for fn in (s.dns_records, s.user_groups, s.access_groups, s.device_postures, s.location_contexts, s.sessions):
        fn(1)
    return {"networkId": net["id"], "hostId": host["id"], "userId": user["id"]}


def _query_value(name: str, param: dict, parents: dict[str, str]) -> str:
    """A valid value of a required query parameter: a seeded parent, an enum member, a known
    value, or one built from the schema (a date-time, a number in range)."""
    schema = param.get("schema", {})
    if name in parents:
        return parents[name]
    if schema.get("enum"):
        return str(schema["enum"][0])
    if name in QUERY_VALUES:
        return QUERY_VALUES[name]
    if schema.get("type") in ("integer", "number"):
        return str(schema.get("minimum", 1))
    value = default_for(schema)
    return str(value) if value not in (None, "") else "x"


def _spec_operations(server: FakeCloudConnexa) -> int:
    """How many operations the spec file declares (counted from the raw document)."""
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in server.spec.raw["paths"].values() for method in item if method in methods)


@pytest.mark.parametrize("version", API_VERSIONS)
def test_every_operation_has_a_fake_behaviour(version: str) -> None:
    """An operation of an unknown shape fails here, once, naming itself and where to add a rule."""
    server = FakeCloudConnexa(api_version=version)
    assert server.app.plan.unserved == []


@pytest.mark.parametrize("version", API_VERSIONS)
def test_every_operation_answers_2xx(version: str) -> None:
    server = FakeCloudConnexa(api_version=version)
    expected = _spec_operations(server)
    assert len(server.spec.operations) == expected
    served = set()
    for op in server.spec.operations:
        server.reset()
        parents = _seed(server)
        binding = server.app.plan.bindings[(op.method, op.path)]
        if binding.behaviour == "unserved":
            continue  # reported by test_every_operation_has_a_fake_behaviour
        path = op.path
        if binding.id_param:
            record_id = next(iter(server.store.collection(binding.collection)))
            path = path.replace("{" + binding.id_param + "}", record_id)
        params = {name: _query_value(name, p, parents) for name, p in op.query.items() if p.get("required")}
        kwargs: dict = {"params": params}
        if op.path.endswith("/oauth/token"):
            params["grant_type"] = "client_credentials"
            kwargs["auth"] = (server.client_id, server.client_secret)
        if op.request_content:
            media, schema = next(iter(op.request_content.items()))
            if media.startswith("text/"):
                kwargs["content"] = (schema.get("enum") or ["x"])[0]
                kwargs["headers"] = {"Content-Type": media}
            else:
                kwargs["json"] = default_for(schema)
        with authed_client(server) as client:
            reply = client.request(op.method, path, **kwargs)
        assert 200 <= reply.status_code < 300, (op.method, op.path, reply.text)
        served.add((op.method, op.path))
    assert len(served) == expected - len(server.app.plan.unserved)
    assert server.spec_violations == []


def test_broken_handler_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from cloudconnexa.testing import _behaviours

    server = FakeCloudConnexa()
    server.seed.dns_records(1)

    def broken(call):
        return _behaviours.Reply(200, {"content": "not a list", "page": "zero"}, "application/json")

    monkeypatch.setitem(_behaviours.BEHAVIOURS, "list", broken)
    with authed_client(server) as client:
        reply = client.get("/api/v1/dns-records")
    assert reply.status_code == 500
    assert reply.json()["statusError"] == "INTERNAL_SERVER_ERROR"
    [violation] = server.spec_violations
    assert violation.operation_id == "listDnsRecords" and violation.status == 200
    server.configure(validate_responses=False)
    with authed_client(server) as client:
        assert client.get("/api/v1/dns-records").status_code == 200


def test_public_api_is_pinned() -> None:
    assert sorted(testing.__all__) == sorted(
        [
            "API_VERSIONS",
            "Clock",
            "FakeCloudConnexa",
            "Fault",
            "FaultInjector",
            "InProcessTransport",
            "ManualClock",
            "MonotonicClock",
            "REALISTIC",
            "RateLimit",
            "RequestRecord",
            "SpecViolation",
            "spec_path",
        ]
    )
    assert testing.FakeCloudConnexa.__module__ == "cloudconnexa.testing"
    assert testing.spec_path("1.0").name == "cloudconnexa-v1.0.yaml"
    with pytest.raises(ValueError, match="api_version"):
        testing.spec_path("2.0")


@pytest.mark.anyio
async def test_async_in_process_transport(fake_cloudconnexa: FakeCloudConnexa) -> None:
    import httpx

    server = fake_cloudconnexa
    async with httpx.AsyncClient(base_url="http://fake", transport=server.transport()) as c:
        token = (
            await c.post(
                "/api/v1/oauth/token",
                params={"grant_type": "client_credentials"},
                auth=(server.client_id, server.client_secret),
            )
        ).json()
        c.headers["Authorization"] = f"Bearer {token['access_token']}"
        created = await c.post("/api/v1/user-groups", json={"name": "g"})
        assert created.status_code == 201
        assert (await c.get("/api/v1/user-groups")).json()["totalElements"] == 1
