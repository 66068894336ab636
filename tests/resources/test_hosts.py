"""`client.hosts` and its sub-namespaces: the request sent and the value returned, for the
sync and async clients on API v1.0 and v1.1.0, including the host IP-service shim (v1.0 sends
`ServiceRequest` with type/routes; both versions return `HostIpServiceResponse`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cloudconnexa_generated
from cloudconnexa_generated.v1_0.models.service_request import ServiceRequest as ServiceRequestV10
from cloudconnexa_generated.v1_2_3.models.host_application_response import HostApplicationResponse
from cloudconnexa_generated.v1_2_3.models.host_connector_response import HostConnectorResponse
from cloudconnexa_generated.v1_2_3.models.host_ip_service_request import HostIpServiceRequest
from cloudconnexa_generated.v1_2_3.models.host_ip_service_response import HostIpServiceResponse
from cloudconnexa_generated.v1_2_3.models.host_response import HostResponse

from .conftest import Recorder, assert_refused, assert_request_and_result, case, page_body, sent

# ---------------------------------------------------------------- cases

HID = "6a1c8a34-0f7c-4d5e-9a1b-3c2d1e0f9a8b"
XID = "0b9e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e6f"
HOST = {"id": HID, "name": "db", "domain": "db.internal", "internetAccess": "SPLIT_TUNNEL_ON"}
CONNECTOR = {"id": XID, "name": "db-1", "networkItemId": HID, "vpnRegionId": "eu-central-1"}
APP = {"id": XID, "name": "grafana", "routes": [{"domain": "grafana.internal"}]}
CONFIG = {"customServiceTypes": [{"protocol": "TCP", "port": [{"lowerValue": 5432}]}]}
SERVICE_V1_1 = {"id": XID, "name": "pg", "networkItemId": HID, "networkItemType": "HOST",
                "config": {"serviceTypes": ["ANY"]}}  # fmt: skip
SERVICE_V1_0 = {**SERVICE_V1_1, "type": "SERVICE_DESTINATION",
                "routes": [{"id": XID, "subnet": "10.0.0.5/32"}]}  # fmt: skip
"""A v1.0 server's answer: the v1.1.0 fields plus `type` and `routes`."""


P10 = {"page": "0", "size": "10"}
BY_HOST = {**P10, "hostId": HID}
H = "/api/v1/hosts"
C, S, A = f"{H}/connectors", f"{H}/ip-services", f"{H}/applications"
OVPN = "client\nremote x\n"


def is_service(result: Any) -> bool:
    return isinstance(result, HostIpServiceResponse) and result.name == "pg"


CASES = [
    case("hosts.list", lambda c: c.hosts.list(page_size=10).to_list(),
         ("GET", H, P10, None), (200, page_body(HOST, size=10)),
         lambda r: isinstance(r[0], HostResponse) and [h.name for h in r] == ["db"]),
    case("hosts.get", lambda c: c.hosts.get(HID), ("GET", f"{H}/{HID}", {}, None),
         (200, HOST), lambda r: isinstance(r, HostResponse) and str(r.id) == HID),
    case("hosts.create",
         lambda c: c.hosts.create(name="db", domain="db.internal", gateways_ids=["g1"],
                                  internet_access="SPLIT_TUNNEL_ON", connectors=[{"name": "db-1"}]),
         ("POST", H, {}, {"name": "db", "domain": "db.internal", "gatewaysIds": ["g1"],
                          "internetAccess": "SPLIT_TUNNEL_ON", "connectors": [{"name": "db-1"}]}),
         (201, HOST), lambda r: r.domain == "db.internal"),
    case("hosts.update",
         lambda c: c.hosts.update(HID, name="db2", internet_access="RESTRICTED_INTERNET"),
         ("PUT", f"{H}/{HID}", {}, {"name": "db2", "internetAccess": "RESTRICTED_INTERNET"}),
         (200, HOST), lambda r: isinstance(r, HostResponse)),
    case("hosts.delete", lambda c: c.hosts.delete(HID), ("DELETE", f"{H}/{HID}", {}, None),
         (204, None), lambda r: r is None),
    # connectors
    case("connectors.list", lambda c: c.hosts.connectors.list(host_id=HID, page_size=10).to_list(),
         ("GET", C, BY_HOST, None), (200, page_body(CONNECTOR, size=10)),
         lambda r: isinstance(r[0], HostConnectorResponse) and r[0].name == "db-1"),
    case("connectors.list all", lambda c: c.hosts.connectors.list(page_size=10).to_list(),
         ("GET", C, P10, None), (200, page_body(size=10)), lambda r: r == []),
    case("connectors.get", lambda c: c.hosts.connectors.get(XID), ("GET", f"{C}/{XID}", {}, None),
         (200, CONNECTOR), lambda r: r.vpn_region_id == "eu-central-1"),
    case("connectors.create",
         lambda c: c.hosts.connectors.create(host_id=HID, name="db-1", vpn_region_id="eu-1"),
         ("POST", C, {"hostId": HID}, {"name": "db-1", "vpnRegionId": "eu-1"}),
         (201, CONNECTOR), lambda r: isinstance(r, HostConnectorResponse)),
    case("connectors.update", lambda c: c.hosts.connectors.update(XID, description="d"),
         ("PUT", f"{C}/{XID}", {}, {"description": "d"}), (200, CONNECTOR),
         lambda r: r.name == "db-1"),
    case("connectors.delete", lambda c: c.hosts.connectors.delete(XID),
         ("DELETE", f"{C}/{XID}", {}, None), (204, None), lambda r: r is None),
    case("connectors.generate_profile", lambda c: c.hosts.connectors.generate_profile(XID),
         ("POST", f"{C}/{XID}/profile", {}, None), (200, OVPN), lambda r: r == OVPN),
    case("connectors.revoke_profile", lambda c: c.hosts.connectors.revoke_profile(XID),
         ("DELETE", f"{C}/{XID}/profile", {}, None), (200, False), lambda r: r is False),
    case("connectors.generate_profile_token",
         lambda c: c.hosts.connectors.generate_profile_token(XID),
         ("POST", f"{C}/{XID}/profile/encrypt", {}, None), (200, "tok-1"), lambda r: r == "tok-1"),
    case("connectors.generate_bundle",
         lambda c: c.hosts.connectors.generate_bundle(XID, type="MSI"),
         ("POST", f"{C}/{XID}/profile/bundle", {"type": "MSI"}, None), (200, "https://dl/x.msi"),
         lambda r: r == "https://dl/x.msi"),
    # ip services: reads are the same on both versions (v1.0 extras parse into the v1.1.0 model)
    case("ip_services.list",
         lambda c: c.hosts.ip_services.list(host_id=HID, page_size=10).to_list(),
         ("GET", S, BY_HOST, None), (200, page_body(SERVICE_V1_0, size=10)),
         lambda r: is_service(r[0]) and r[0].additional_properties["routes"][0]["subnet"]),
    case("ip_services.get", lambda c: c.hosts.ip_services.get(XID), ("GET", f"{S}/{XID}", {}, None),
         (200, SERVICE_V1_0), lambda r: is_service(r) and r.additional_properties["routes"]),
    case("ip_services.get (v1.1.0 answer)", lambda c: c.hosts.ip_services.get(XID),
         ("GET", f"{S}/{XID}", {}, None), (200, SERVICE_V1_1),
         lambda r: is_service(r) and r.additional_properties == {}),
    case("ip_services.delete", lambda c: c.hosts.ip_services.delete(XID),
         ("DELETE", f"{S}/{XID}", {}, None), (204, None), lambda r: r is None),
    # applications
    case("applications.list",
         lambda c: c.hosts.applications.list(host_id=HID, page_size=10).to_list(),
         ("GET", A, BY_HOST, None), (200, page_body(APP, size=10)),
         lambda r: isinstance(r[0], HostApplicationResponse) and r[0].name == "grafana"),
    case("applications.get", lambda c: c.hosts.applications.get(XID),
         ("GET", f"{A}/{XID}", {}, None), (200, APP),
         lambda r: r.routes[0].domain == "grafana.internal"),
    case("applications.create",
         lambda c: c.hosts.applications.create(host_id=HID, name="grafana", config=CONFIG,
                                               routes=[{"value": "grafana.internal"}]),
         ("POST", A, {"hostId": HID},
          {"name": "grafana", "routes": [{"value": "grafana.internal"}], "config": CONFIG}),
         (201, APP), lambda r: isinstance(r, HostApplicationResponse)),
    case("applications.update", lambda c: c.hosts.applications.update(XID, name="g"),
         ("PUT", f"{A}/{XID}", {}, {"name": "g"}), (200, APP), lambda r: r.name == "grafana"),
    case("applications.delete", lambda c: c.hosts.applications.delete(XID),
         ("DELETE", f"{A}/{XID}", {}, None), (204, None), lambda r: r is None),
]  # fmt: skip


@pytest.mark.parametrize(("call", "request_sent", "reply", "check"), CASES)
def test_request_and_result(
    client: Any, recorder: Recorder, call: Callable[[Any], Any],
    request_sent: tuple[str, str, dict[str, str], Any], reply: tuple[int, Any],
    check: Callable[[Any], bool],
) -> None:  # fmt: skip
    assert_request_and_result(client, recorder, call, request_sent, reply, check)


# ---------------------------------------------------------------- the host IP-service shim

V1_0_EXTRAS = {"type": "SERVICE_DESTINATION", "routes": []}

# (call, path, query, JSON sent on v1.1.0, the extra keys v1.0 adds); v1.0 answers come back
WRITES = [
    pytest.param(lambda c: c.hosts.ip_services.create(host_id=HID, name="pg", config=CONFIG),
                 "POST", S, {"hostId": HID}, {"name": "pg", "config": CONFIG}, V1_0_EXTRAS,
                 id="create"),
    pytest.param(lambda c: c.hosts.ip_services.update(XID, name="pg", description="d"),
                 "PUT", f"{S}/{XID}", {}, {"name": "pg", "description": "d"}, V1_0_EXTRAS,
                 id="update"),
    pytest.param(lambda c: c.hosts.ip_services.update(XID, body=HostIpServiceRequest(name="pg")),
                 "PUT", f"{S}/{XID}", {}, {"name": "pg"}, V1_0_EXTRAS, id="update body=v1.1.0"),
    pytest.param(lambda c: c.hosts.ip_services.create(host_id=HID, body={"name": "pg"}),
                 "POST", S, {"hostId": HID}, {"name": "pg"}, V1_0_EXTRAS, id="create body=mapping"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "method", "path", "query", "body", "v1_0_extras"), WRITES)
def test_ip_service_writes_send_the_dto_of_the_api_version(
    client: Any, recorder: Recorder, version: str, call: Callable[[Any], Any], method: str,
    path: str, query: dict[str, str], body: dict[str, Any], v1_0_extras: dict[str, Any],
) -> None:  # fmt: skip
    recorder.replies.append((201 if method == "POST" else 200, SERVICE_V1_0))
    result = call(client)
    expected = {**body, **v1_0_extras} if version == "1.0" else body
    assert [sent(r) for r in recorder.requests] == [(method, path, query, expected)]
    assert type(result) is HostIpServiceResponse and result.name == "pg"
    assert result.additional_properties["type"] == "SERVICE_DESTINATION"


def test_ip_service_v1_0_body_keeps_its_own_type_and_routes(client: Any, recorder: Recorder) -> None:
    body = ServiceRequestV10.from_dict({"name": "pg", "type": "IP_SOURCE", "routes": [{"value": "10.0.0.5/32"}]})
    recorder.replies.append((201, SERVICE_V1_0))
    client.hosts.ip_services.create(host_id=HID, body=body)
    # On v1.0 it is the native DTO; on v1.1.0 the unknown keys are passed through unchanged.
    assert sent(recorder.requests[0])[3] == {"name": "pg", "type": "IP_SOURCE", "routes": [{"value": "10.0.0.5/32"}]}


def test_ip_service_writes_reject_v1_0_only_keywords(client: Any, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="routes"):
        client.hosts.ip_services.create(host_id=HID, name="pg", routes=[])
    assert recorder.requests == []


# ---------------------------------------------------------------- misuse and coverage

MISUSE: list[tuple[Callable[[Any], Any], type[Exception], str]] = [
    (lambda c: c.hosts.get(""), ValueError, "id"),
    (lambda c: c.hosts.update("."), ValueError, "id"),
    (lambda c: c.hosts.connectors.list(host_id="").to_list(), ValueError, "host_id"),
    (lambda c: c.hosts.connectors.create(host_id="", name="x"), ValueError, "host_id"),
    (lambda c: c.hosts.ip_services.create(host_id=None, name="x"), TypeError, "host_id"),
    (lambda c: c.hosts.applications.create(host_id=7), TypeError, "host_id"),
    (lambda c: c.hosts.connectors.generate_bundle(XID, type="msi"), ValueError, "type"),
    (lambda c: c.hosts.ip_services.update(XID, name="x", body={"name": "y"}), ValueError, "body"),
    (lambda c: c.hosts.ip_services.create(host_id=HID, body="pg"), TypeError, "body"),
]


@pytest.mark.parametrize(("call", "error", "field"), MISUSE)
def test_misuse_is_refused_before_any_request(
    client: Any, recorder: Recorder, call: Callable[[Any], Any], error: type[Exception], field: str
) -> None:
    assert_refused(client, recorder, call, error, field)


def test_every_host_operation_is_used_by_exactly_one_method() -> None:
    folder = Path(cloudconnexa_generated.__file__).parent / "v1_2_3" / "api" / "host"
    operations = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    source = (Path(__file__).parents[2] / "cloudconnexa/_async/resources/hosts.py").read_text()
    used = re.findall(r'"host\.(\w+)"', source)
    assert sorted(used) == sorted(operations)  # each exactly once
