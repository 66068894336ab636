"""Token flow, 401s, CRUD, pagination and version differences."""

from __future__ import annotations

import httpx
import pytest
from _fake_helpers import TOKEN, authed_client, get_token

from cloudconnexa.testing import FakeCloudConnexa, ManualClock

BOTH = pytest.mark.parametrize("fake_cloudconnexa", ["1.0", "1.1.0"], indirect=True)


def _error_shape(reply: httpx.Response) -> dict:
    body = reply.json()
    assert set(body) == {"errorMessage", "statusError", "errorDetails"}
    return body


@pytest.mark.integration
def test_token_flow_over_loopback(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with httpx.Client(base_url=server.base_url) as client:
        reply = client.post(
            TOKEN, params={"grant_type": "client_credentials"}, auth=(server.client_id, server.client_secret)
        )
        assert reply.status_code == 200
        body = reply.json()
        assert body["token_type"] == "bearer" and body["expires_in"] == 43199
        assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
        ok = client.get("/api/v1/dns-records", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert ok.status_code == 200
        assert ok.headers["X-RateLimit-Remaining"]
    assert server.token_requests == 1
    assert server.count(path="/api/v1/dns-records", method="GET") == 1


def test_token_accepts_documented_query_params(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with httpx.Client(base_url="http://fake", transport=server.transport()) as client:
        reply = client.post(
            TOKEN,
            params={
                "grant_type": "client_credentials",
                "client_id": server.client_id,
                "client_secret": server.client_secret,
            },
        )
        assert reply.status_code == 200


@pytest.mark.parametrize(
    ("params", "auth", "status"),
    [
        ({"grant_type": "client_credentials"}, ("fake-client-id", "wrong"), 401),
        ({"grant_type": "password"}, ("fake-client-id", "fake-client-secret"), 400),
        ({}, ("fake-client-id", "fake-client-secret"), 400),
    ],
)
def test_token_errors(fake_cloudconnexa: FakeCloudConnexa, params, auth, status) -> None:
    with httpx.Client(base_url="http://fake", transport=fake_cloudconnexa.transport()) as c:
        reply = c.post(TOKEN, params=params, auth=auth)
    assert reply.status_code == status
    _error_shape(reply)


@pytest.mark.parametrize("header", [None, "Bearer forged-token", "Basic Zm9vOmJhcg=="])
def test_missing_or_forged_bearer_is_401(fake_cloudconnexa: FakeCloudConnexa, header) -> None:
    headers = {"Authorization": header} if header else {}
    with httpx.Client(base_url="http://fake", transport=fake_cloudconnexa.transport()) as c:
        reply = c.get("/api/v1/dns-records", headers=headers)
    assert reply.status_code == 401
    assert _error_shape(reply)["statusError"] == "UNAUTHORIZED"


def test_tokens_expire_on_the_clock(fake_cloudconnexa_factory) -> None:
    clock = ManualClock()
    server = fake_cloudconnexa_factory(clock=clock, token_ttl=60)
    with authed_client(server) as client:
        assert client.get("/api/v1/user-groups").status_code == 200
        clock.advance(59)
        assert client.get("/api/v1/user-groups").status_code == 200
        clock.advance(1)
        assert client.get("/api/v1/user-groups").status_code == 401


def test_expire_all_tokens(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa) as client:
        assert client.get("/api/v1/networks").status_code == 200
        fake_cloudconnexa.expire_all_tokens()
        assert client.get("/api/v1/networks").status_code == 401
        client.headers["Authorization"] = f"Bearer {get_token(client, fake_cloudconnexa)}"
        assert client.get("/api/v1/networks").status_code == 200


@BOTH
@pytest.mark.parametrize(
    ("collection", "body", "change"),
    [
        (
            "/api/v1/dns-records",
            {"domain": "a.example.com", "ipv4Addresses": ["10.0.0.1"]},
            {"domain": "b.example.com"},
        ),
        ("/api/v1/user-groups", {"name": "eng", "internetAccess": "SPLIT_TUNNEL_OFF"}, {"name": "ops"}),
    ],
)
def test_crud_and_pages(fake_cloudconnexa: FakeCloudConnexa, collection, body, change) -> None:
    server = fake_cloudconnexa
    with authed_client(server) as client:
        created = client.post(collection, json=body)
        assert created.status_code == 201, created.text
        item = created.json()
        assert all(item[k] == v for k, v in body.items())
        item_id = item["id"]
        updated = client.put(f"{collection}/{item_id}", json=change)
        assert updated.status_code == 200 and updated.json()[next(iter(change))] == next(iter(change.values()))
        single = client.get(f"{collection}/{item_id}")
        if server.api_version == "1.0":
            assert single.status_code == 405  # PUT/DELETE exist there: Spring answers 405
            assert single.headers["Allow"] == "DELETE, PUT"
            _error_shape(single)
        else:
            assert single.status_code == 200 and single.json()["id"] == item_id
        server.seed.records(collection, 24)
        page = client.get(collection, params={"page": 2, "size": 10}).json()
        assert page["totalElements"] == 25 and page["totalPages"] == 3
        assert page["numberOfElements"] == 5 and len(page["content"]) == 5
        assert page["page"] == 2 and page["size"] == 10
        beyond = client.get(collection, params={"page": 7, "size": 10}).json()
        assert beyond["content"] == [] and beyond["numberOfElements"] == 0
        for bad in ({"size": 0}, {"size": 1001}, {"page": -1}, {"size": "x"}):
            reply = client.get(collection, params=bad)
            assert reply.status_code == 400, bad
            assert next(iter(bad)) in _error_shape(reply)["errorDetails"]
        assert client.delete(f"{collection}/{item_id}").status_code == 204
        missing = client.put(f"{collection}/{item_id}", json=change)
        assert missing.status_code == 404
        _error_shape(missing)
        assert client.get(collection).json()["totalElements"] == 24


@BOTH
def test_host_ip_service_dto_per_version(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with authed_client(server) as client:
        host = client.post("/api/v1/hosts", json={"name": "h1"}).json()
        body = {"name": "svc", "config": {"serviceTypes": ["ANY"]}}
        if server.api_version == "1.0":
            body |= {"type": "IP_SOURCE", "routes": [{"value": "10.1.0.0/16"}]}
        created = client.post("/api/v1/hosts/ip-services", params={"hostId": host["id"]}, json=body)
        assert created.status_code == 201, created.text
        svc = created.json()
        assert svc["networkItemId"] == host["id"] and svc["networkItemType"] == "HOST"
        listed = client.get("/api/v1/hosts/ip-services", params={"hostId": host["id"]}).json()
        fetched = client.get(f"/api/v1/hosts/ip-services/{svc['id']}").json()
        for shown in (svc, listed["content"][0], fetched):
            if server.api_version == "1.0":
                assert shown["type"] == "IP_SOURCE"
                assert shown["routes"][0]["subnet"] == "10.1.0.0/16"
            else:
                assert "type" not in shown and "routes" not in shown
        other = client.get("/api/v1/hosts/ip-services", params={"hostId": "nope"}).json()
        assert other["totalElements"] == 0
        no_parent = client.post("/api/v1/hosts/ip-services", params={"hostId": "nope"}, json={"name": "x"})
        assert no_parent.status_code == 404


@BOTH
def test_v1_0_lacks_the_v1_1_0_gets(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with authed_client(server) as client:
        for collection in ("/api/v1/dns-records", "/api/v1/user-groups"):
            item_id = server.seed.records(collection, 1)[0]["id"]
            status = client.get(f"{collection}/{item_id}").status_code
            assert status == (405 if server.api_version == "1.0" else 200)


def test_encoded_slash_in_id_hits_404(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    server.seed.users(2)
    with authed_client(server) as client:
        for method in ("GET", "PUT", "DELETE"):
            reply = client.request(method, "/api/v1/dns-records/..%2Fusers", json={})
            assert reply.status_code == 404, method
            _error_shape(reply)
        assert client.get("/api/v1/users").json()["totalElements"] == 2


def test_unknown_path_404_with_error_body(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa) as client:
        reply = client.get("/api/v1/nothing-here")
    assert reply.status_code == 404
    assert _error_shape(reply)["statusError"] == "NOT_FOUND"


def test_invalid_body_is_400_with_details(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa) as client:
        reply = client.post("/api/v1/dns-records", json={"domain": 5})
        assert reply.status_code == 400
        assert "domain" in _error_shape(reply)["errorDetails"]
        broken = client.post("/api/v1/dns-records", content=b"{not json", headers={"Content-Type": "application/json"})
        assert broken.status_code == 400


def test_text_settings_roundtrip(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa) as client:
        path = "/api/v1/settings/wpc/topology"
        assert client.get(path).text == "FULL_MESH"
        reply = client.put(path, content="CUSTOM", headers={"Content-Type": "text/plain"})
        assert reply.status_code == 200 and reply.text == "CUSTOM"
        assert client.get(path).text == "CUSTOM"
        bad = client.put(path, content="NOPE", headers={"Content-Type": "text/plain"})
        assert bad.status_code == 400
        assert client.put("/api/v1/settings/wpc/snat", json=False).json() is False
        assert client.get("/api/v1/settings/wpc/snat").json() is False


def test_sessions_cursor_batches(fake_cloudconnexa: FakeCloudConnexa) -> None:
    fake_cloudconnexa.seed.sessions(25)
    with authed_client(fake_cloudconnexa) as client:
        seen, cursor = [], None
        while True:
            params = {"size": 10} | ({"cursor": cursor} if cursor else {})
            body = client.get("/api/v1/sessions", params=params).json()
            seen += body["sessions"]
            cursor = body.get("nextCursor")
            if not cursor:
                break
        assert len(seen) == 25 and len({s["id"] for s in seen}) == 25
