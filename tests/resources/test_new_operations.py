"""The operations added after v1.1.0 (users, connectors, settings, DNS Log, Access
Visibility, Account): the request sent and the value returned on every version that has them,
sync and async; `UnsupportedByAPIVersion` with nothing sent on every version that has not."""

from __future__ import annotations

import json
from typing import Any

import pytest

import cloudconnexa
from cloudconnexa._constants import API_VERSIONS
from cloudconnexa._versions import version_key

from .conftest import ID_G1, ID_N1, ID_U1, KINDS, ok, run, run_case

ID_C1 = "00000000-0000-4000-8000-0000000000c9"
S = "/api/v1/settings/wpc/"

# (name, first version, call, reply, (method, path, query, body), expected result)
NEW: list[tuple[str, str, Any, Any, tuple[Any, ...], Any]] = [
    ("users.suspend", "1.1.1", lambda c: c.users.suspend(ID_U1), ok(),
     ("PUT", f"/api/v1/users/{ID_U1}/suspend"), None),
    ("users.activate", "1.1.1", lambda c: c.users.activate(ID_U1), ok(),
     ("PUT", f"/api/v1/users/{ID_U1}/activate"), None),
    ("users.reset_mfa", "1.2.0", lambda c: c.users.reset_mfa(ID_U1), ok({"success": True}),
     ("POST", f"/api/v1/users/{ID_U1}/reset-mfa"), None),
    ("users.resend_invitation", "1.2.0", lambda c: c.users.resend_invitation(ID_U1), ok(),
     ("POST", f"/api/v1/users/{ID_U1}/resend-invitation"), None),
    ("users.force_password_change", "1.2.3", lambda c: c.users.force_password_change(ID_U1), ok(),
     ("POST", f"/api/v1/users/{ID_U1}/force-password-change"), None),
    ("networks.connectors.suspend", "1.2.0", lambda c: c.networks.connectors.suspend(ID_C1), ok(),
     ("PUT", f"/api/v1/networks/connectors/{ID_C1}/suspend"), None),
    ("networks.connectors.activate", "1.2.0", lambda c: c.networks.connectors.activate(ID_C1), ok(),
     ("PUT", f"/api/v1/networks/connectors/{ID_C1}/activate"), None),
    ("hosts.connectors.suspend", "1.2.0", lambda c: c.hosts.connectors.suspend(ID_C1), ok(),
     ("PUT", f"/api/v1/hosts/connectors/{ID_C1}/suspend"), None),
    ("hosts.connectors.activate", "1.2.0", lambda c: c.hosts.connectors.activate(ID_C1), ok(),
     ("PUT", f"/api/v1/hosts/connectors/{ID_C1}/activate"), None),
    ("access_visibility.get_enabled", "1.1.1", lambda c: c.access_visibility.get_enabled(), ok(True),
     ("GET", "/api/v1/access-visibility/enabled"), True),
    ("access_visibility.enable", "1.1.1", lambda c: c.access_visibility.enable(), ok(),
     ("PUT", "/api/v1/access-visibility/enable"), None),
    ("access_visibility.disable", "1.1.1", lambda c: c.access_visibility.disable(), ok(),
     ("PUT", "/api/v1/access-visibility/disable"), None),
    ("dns_log.get_enabled", "1.1.1", lambda c: c.dns_log.get_enabled(), ok(False),
     ("GET", "/api/v1/dns-log/user-dns-resolutions/enabled"), False),
    ("dns_log.enable", "1.1.1", lambda c: c.dns_log.enable(), ok(),
     ("PUT", "/api/v1/dns-log/user-dns-resolutions/enable"), None),
    ("dns_log.disable", "1.1.1", lambda c: c.dns_log.disable(), ok(),
     ("PUT", "/api/v1/dns-log/user-dns-resolutions/disable"), None),
    ("settings.get_routes_advanced_configuration_enabled", "1.2.0",
     lambda c: c.settings.get_routes_advanced_configuration_enabled(), ok(True),
     ("GET", f"{S}routes-advanced-configuration-enabled"), True),
    ("settings.set_routes_advanced_configuration_enabled", "1.2.0",
     lambda c: c.settings.set_routes_advanced_configuration_enabled(False), ok(False),
     ("PUT", f"{S}routes-advanced-configuration-enabled", None, False), False),
    ("settings.get_ip_allocation_mode", "1.2.3", lambda c: c.settings.get_ip_allocation_mode(), ok("BOTH"),
     ("GET", f"{S}ip-allocation-mode"), "BOTH"),
    ("settings.set_ip_allocation_mode", "1.2.3", lambda c: c.settings.set_ip_allocation_mode("IP_V4_ONLY"),
     ok("IP_V4_ONLY"), ("PUT", f"{S}ip-allocation-mode", None, "IP_V4_ONLY"), "IP_V4_ONLY"),
]  # fmt: skip


def _newer(first: str) -> list[str]:
    return [v for v in API_VERSIONS if version_key(v) >= version_key(first)]


def _older(first: str) -> list[str]:
    return [v for v in API_VERSIONS if version_key(v) < version_key(first)]


SUPPORTED = [
    pytest.param(version, call, reply, request_, expected, id=f"{name}-{version}")
    for name, first, call, reply, request_, expected in NEW
    for version in _newer(first)
]
REFUSED = [
    pytest.param(version, call, first, id=f"{name}-{version}")
    for name, first, call, _reply, _request, _expected in NEW
    for version in _older(first)
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("version", "call", "reply", "request_", "expected"), SUPPORTED)
def test_new_operation_on_every_version_that_has_it(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("version", "call", "first"), REFUSED)
def test_new_operation_refused_on_older_versions_with_nothing_sent(client, recorder, version, call, first):
    with pytest.raises(cloudconnexa.UnsupportedByAPIVersion, match=rf"needs CloudConnexa API v{first}") as info:
        call(client)
    assert recorder.requests == []
    assert (info.value.api_version, info.value.introduced_in) == (version, first)
    assert f"uses v{version}" in str(info.value)


# ---------------------------------------------------------------- new request fields


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", ["1.1.3", "1.2.3"])
def test_user_secondary_group_ids(kind, version):
    groups = ["g2", "g3"]
    _, (create,) = run(kind, version, lambda c: c.users.create(username="ada", secondary_group_ids=groups),
                       ok({"id": ID_U1, "secondaryGroupIds": groups}, 201))  # fmt: skip
    _, (update,) = run(kind, version, lambda c: c.users.update(ID_U1, email="a@b.c", secondary_group_ids=[]),
                       ok({"id": ID_U1}))  # fmt: skip
    assert json.loads(create.content) == {"username": "ada", "secondaryGroupIds": groups}
    assert json.loads(update.content) == {"email": "a@b.c", "secondaryGroupIds": []}


@pytest.mark.parametrize("kind", KINDS)
def test_user_answer_carries_the_new_fields(kind):
    user, _ = run(kind, "1.2.3", lambda c: c.users.get(ID_U1),
                  ok({"id": ID_U1, "secondaryGroupIds": ["g2"], "licensed": True, "authType": "PASSKEY"}))  # fmt: skip
    assert (user.secondary_group_ids, user.licensed, user.auth_type) == (["g2"], True, "PASSKEY")


@pytest.mark.parametrize("kind", KINDS)
def test_user_group_tunnel_bypass(kind):
    bypass = {"ipv4Subnets": ["10.9.0.0/16"]}
    group, (request,) = run(kind, "1.2.3", lambda c: c.user_groups.create(name="ops", tunnel_bypass=bypass),
                            ok({"id": ID_G1, "name": "ops", "tunnelBypass": bypass}, 201))  # fmt: skip
    assert request.url.path == "/api/v1/user-groups"
    assert json.loads(request.content) == {"name": "ops", "tunnelBypass": bypass}
    assert group.tunnel_bypass.ipv_4_subnets == ["10.9.0.0/16"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", ["1.0", "1.1.0", "1.2.0", "1.2.3"])
def test_network_application_same_call_on_every_version(kind, version):
    """The v1.2.3 DTO rename (`NetworkApplication*`) is invisible: one call, one wire body."""
    route = {"value": "wiki.internal", "allowEmbeddedIp": False}
    answer = {"id": ID_N1, "name": "wiki", "routes": [{"domain": "wiki.internal"}]}
    app, (request,) = run(
        kind, version,
        lambda c: c.networks.applications.create(network_id=ID_N1, name="wiki", routes=[route]),
        ok(answer, 201),
    )  # fmt: skip
    assert request.url.params["networkId"] == ID_N1
    assert json.loads(request.content) == {"name": "wiki", "routes": [route]}
    assert type(app).__name__ == "NetworkApplicationResponse" and app.routes[0].domain == "wiki.internal"


@pytest.mark.parametrize("kind", KINDS)
def test_network_application_exact_match_on_1_2_3(kind):
    route = {"value": "wiki.internal", "exactMatch": True}
    answer = {"id": ID_N1, "name": "wiki", "routes": [{"domain": "wiki.internal", "exactMatch": True}]}
    app, (request,) = run(kind, "1.2.3", lambda c: c.networks.applications.create(network_id=ID_N1, routes=[route]),
                          ok(answer, 201))  # fmt: skip
    assert json.loads(request.content) == {"routes": [route]}
    assert app.routes[0].exact_match is True


EXACT_ROUTE = {"value": "wiki.internal", "exactMatch": True}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("version", "call", "field", "first"),
    [
        ("1.2.0", lambda c: c.networks.applications.create(network_id=ID_N1, routes=[EXACT_ROUTE]),
         "NetworkApplicationRouteRequest.exactMatch", "1.2.3"),
        ("1.1.1", lambda c: c.users.create(username="ada", secondary_group_ids=["g2"]),
         "UserCreateRequest.secondaryGroupIds", "1.1.3"),
        ("1.0", lambda c: c.users.update(ID_U1, body={"secondaryGroupIds": ["g2"]}),
         "UserUpdateRequest.secondaryGroupIds", "1.1.3"),
        ("1.2.0", lambda c: c.user_groups.update(ID_G1, tunnel_bypass={"ipv4Subnets": ["10.0.0.0/8"]}),
         "UserGroupRequest.tunnelBypass", "1.2.3"),
    ],
    ids=["exactMatch", "secondaryGroupIds-keyword", "secondaryGroupIds-body", "tunnelBypass"],
)  # fmt: skip
def test_fields_newer_than_the_version_are_refused_with_nothing_sent(client, recorder, version, call, field, first):
    with pytest.raises(cloudconnexa.UnsupportedByAPIVersion, match=rf"{field} needs CloudConnexa API v{first}"):
        call(client)
    assert recorder.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_device_platform_client_version(kind):
    device, _ = run(kind, "1.2.3", lambda c: c.devices.get("d1", user_id=ID_U1),
                    ok({"id": "d1", "platform": {"os": "mac", "version": "15", "clientVersion": "3.7.1"}}))  # fmt: skip
    assert device.platform.client_version == "3.7.1"


# ---------------------------------------------------------------- IPsec certificate fields

IPSEC = {"platform": "AWS", "authenticationType": "SHARED_SECRET", "caCertificate": "-----BEGIN CERTIFICATE-----"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.networks.connectors.create(network_id=ID_N1, name="gw", ip_sec_config=IPSEC),
        lambda c: c.networks.connectors.update(ID_C1, body={"name": "gw", "ipSecConfig": IPSEC}),
        lambda c: c.networks.create(name="office", connectors=[{"name": "gw", "ipSecConfig": IPSEC}]),
    ],
    ids=["connector-create", "connector-update-body", "network-create"],
)
def test_ipsec_certificate_fields_refused_on_1_2_3(client, recorder, kind, call):
    with pytest.raises(ValueError, match=r"ipSecConfig\.caCertificate: IPsec certificate fields were removed"):
        call(client)
    assert recorder.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_ipsec_certificate_fields_still_sent_before_1_2_3(kind):
    _, (request,) = run(kind, "1.2.0", lambda c: c.networks.connectors.create(network_id=ID_N1, ip_sec_config=IPSEC),
                        ok({"id": ID_C1}, 201))  # fmt: skip
    assert b"caCertificate" in request.content


@pytest.fixture(params=["1.2.3"])
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)
