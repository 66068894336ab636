"""`client.networks` and its sub-namespaces: the request sent and the value returned, for the
sync and async clients on API v1.0 and v1.1.0 (the network operations are the same on both)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cloudconnexa_generated
from cloudconnexa_generated.v1_2_3.models.network_application_response import NetworkApplicationResponse
from cloudconnexa_generated.v1_2_3.models.network_connector_request import (
    NetworkConnectorRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_connector_response import (
    NetworkConnectorResponse,
)
from cloudconnexa_generated.v1_2_3.models.network_ip_service_response import NetworkIpServiceResponse
from cloudconnexa_generated.v1_2_3.models.network_response import NetworkResponse
from cloudconnexa_generated.v1_2_3.models.network_route_response import NetworkRouteResponse

from .conftest import Recorder, assert_refused, assert_request_and_result, case, page_body

# ---------------------------------------------------------------- cases

NID = "6a1c8a34-0f7c-4d5e-9a1b-3c2d1e0f9a8b"
CID = "0b9e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e6f"
NETWORK = {"id": NID, "name": "office", "internetAccess": "SPLIT_TUNNEL_ON", "egress": False}
CONNECTOR = {"id": CID, "name": "gw", "networkItemId": NID, "vpnRegionId": "eu-central-1"}
ROUTE = {"id": CID, "subnet": "10.1.0.0/16", "description": "lan", "type": "IP_V4"}
SERVICE = {"id": CID, "name": "ssh", "type": "SERVICE_DESTINATION",
           "routes": [{"subnet": "10.1.0.10/32"}]}  # fmt: skip
APP = {"id": CID, "name": "wiki", "routes": [{"domain": "wiki.internal"}]}


P10 = {"page": "0", "size": "10"}
BY_NET = {**P10, "networkId": NID}
N = "/api/v1/networks"
C, R, S, A = f"{N}/connectors", f"{N}/routes", f"{N}/ip-services", f"{N}/applications"
OVPN = "client\nremote x\n"


CASES = [
    case("networks.list", lambda c: c.networks.list(page_size=10).to_list(),
         ("GET", N, P10, None), (200, page_body(NETWORK, size=10)),
         lambda r: isinstance(r[0], NetworkResponse) and [n.name for n in r] == ["office"]),
    case("networks.get", lambda c: c.networks.get(NID), ("GET", f"{N}/{NID}", {}, None),
         (200, NETWORK), lambda r: isinstance(r, NetworkResponse) and str(r.id) == NID),
    case("networks.create",
         lambda c: c.networks.create(
             name="office", internet_access="SPLIT_TUNNEL_ON", egress=False, gateways_ids=["g1"],
             routes=[{"value": "10.1.0.0/16"}], tunneling_protocol="OPENVPN",
             connectors=[NetworkConnectorRequest(name="gw", vpn_region_id="r")]),
         ("POST", N, {}, {"name": "office", "internetAccess": "SPLIT_TUNNEL_ON", "egress": False,
                          "gatewaysIds": ["g1"], "routes": [{"value": "10.1.0.0/16"}],
                          "connectors": [{"name": "gw", "vpnRegionId": "r"}],
                          "tunnelingProtocol": "OPENVPN"}),
         (201, NETWORK), lambda r: r.name == "office"),
    case("networks.update",
         lambda c: c.networks.update(NID, name="o2", egress=True, tunneling_protocol="IPSEC",
                                     internet_access="RESTRICTED_INTERNET"),
         ("PUT", f"{N}/{NID}", {}, {"name": "o2", "egress": True, "tunnelingProtocol": "IPSEC",
                                    "internetAccess": "RESTRICTED_INTERNET"}),
         (200, NETWORK), lambda r: isinstance(r, NetworkResponse)),
    case("networks.update body=", lambda c: c.networks.update(NID, body={"name": "x", "extra": 1}),
         ("PUT", f"{N}/{NID}", {}, {"name": "x", "extra": 1}), (200, NETWORK),
         lambda r: r.name == "office"),
    case("networks.delete", lambda c: c.networks.delete(NID), ("DELETE", f"{N}/{NID}", {}, None),
         (204, None), lambda r: r is None),
    # connectors
    case("connectors.list",
         lambda c: c.networks.connectors.list(network_id=NID, page_size=10).to_list(),
         ("GET", C, BY_NET, None), (200, page_body(CONNECTOR, size=10)),
         lambda r: isinstance(r[0], NetworkConnectorResponse) and r[0].name == "gw"),
    case("connectors.list all", lambda c: c.networks.connectors.list(page_size=10).to_list(),
         ("GET", C, P10, None), (200, page_body(size=10)), lambda r: r == []),
    case("connectors.get", lambda c: c.networks.connectors.get(CID),
         ("GET", f"{C}/{CID}", {}, None), (200, CONNECTOR),
         lambda r: r.vpn_region_id == "eu-central-1"),
    case("connectors.create",
         lambda c: c.networks.connectors.create(network_id=NID, name="gw", vpn_region_id="eu-1",
                                                ip_sec_config={"platform": "AWS"}),
         ("POST", C, {"networkId": NID},
          {"name": "gw", "vpnRegionId": "eu-1", "ipSecConfig": {"platform": "AWS"}}),
         (201, CONNECTOR), lambda r: isinstance(r, NetworkConnectorResponse)),
    case("connectors.update",
         lambda c: c.networks.connectors.update(CID, name="g", description="d"),
         ("PUT", f"{C}/{CID}", {}, {"name": "g", "description": "d"}), (200, CONNECTOR),
         lambda r: r.name == "gw"),
    case("connectors.delete", lambda c: c.networks.connectors.delete(CID),
         ("DELETE", f"{C}/{CID}", {}, None), (204, None), lambda r: r is None),
    case("connectors.generate_profile", lambda c: c.networks.connectors.generate_profile(CID),
         ("POST", f"{C}/{CID}/profile", {}, None), (200, OVPN), lambda r: r == OVPN),
    case("connectors.revoke_profile", lambda c: c.networks.connectors.revoke_profile(CID),
         ("DELETE", f"{C}/{CID}/profile", {}, None), (200, True), lambda r: r is True),
    case("connectors.generate_profile_token",
         lambda c: c.networks.connectors.generate_profile_token(CID),
         ("POST", f"{C}/{CID}/profile/encrypt", {}, None), (200, "tok-1"), lambda r: r == "tok-1"),
    case("connectors.generate_bundle",
         lambda c: c.networks.connectors.generate_bundle(CID, type="DMG"),
         ("POST", f"{C}/{CID}/profile/bundle", {"type": "DMG"}, None), (200, "https://dl/x.dmg"),
         lambda r: r == "https://dl/x.dmg"),
    case("connectors.start_ipsec", lambda c: c.networks.connectors.start_ipsec(CID),
         ("POST", f"{C}/{CID}/ipsec/start", {}, None), (200, None), lambda r: r is None),
    case("connectors.stop_ipsec", lambda c: c.networks.connectors.stop_ipsec(CID),
         ("POST", f"{C}/{CID}/ipsec/stop", {}, None), (200, None), lambda r: r is None),
    # routes
    case("routes.list", lambda c: c.networks.routes.list(network_id=NID, page_size=10).to_list(),
         ("GET", R, BY_NET, None), (200, page_body(ROUTE, size=10)),
         lambda r: isinstance(r[0], NetworkRouteResponse) and r[0].subnet == "10.1.0.0/16"),
    case("routes.get", lambda c: c.networks.routes.get(CID), ("GET", f"{R}/{CID}", {}, None),
         (200, ROUTE), lambda r: r.description == "lan"),
    case("routes.create",
         lambda c: c.networks.routes.create(network_id=NID, value="10.1.0.0/16", description="lan"),
         ("POST", R, {"networkId": NID}, {"value": "10.1.0.0/16", "description": "lan"}),
         (201, ROUTE), lambda r: isinstance(r, NetworkRouteResponse)),
    case("routes.update", lambda c: c.networks.routes.update(CID, value="10.2.0.0/16"),
         ("PUT", f"{R}/{CID}", {}, {"value": "10.2.0.0/16"}), (200, ROUTE),
         lambda r: r.subnet == "10.1.0.0/16"),
    case("routes.delete", lambda c: c.networks.routes.delete(CID),
         ("DELETE", f"{R}/{CID}", {}, None), (204, None), lambda r: r is None),
    # ip services
    case("ip_services.list",
         lambda c: c.networks.ip_services.list(network_id=NID, page_size=10).to_list(),
         ("GET", S, BY_NET, None), (200, page_body(SERVICE, size=10)),
         lambda r: isinstance(r[0], NetworkIpServiceResponse) and r[0].name == "ssh"),
    case("ip_services.get", lambda c: c.networks.ip_services.get(CID),
         ("GET", f"{S}/{CID}", {}, None), (200, SERVICE),
         lambda r: r.routes[0].subnet == "10.1.0.10/32"),
    case("ip_services.create",
         lambda c: c.networks.ip_services.create(
             network_id=NID, name="ssh", type="SERVICE_DESTINATION",
             routes=[{"value": "10.1.0.10/32"}], config={"serviceTypes": ["SSH"]}),
         ("POST", S, {"networkId": NID},
          {"name": "ssh", "type": "SERVICE_DESTINATION", "routes": [{"value": "10.1.0.10/32"}],
           "config": {"serviceTypes": ["SSH"]}}),
         (201, SERVICE), lambda r: isinstance(r, NetworkIpServiceResponse)),
    case("ip_services.update",
         lambda c: c.networks.ip_services.update(CID, name="ssh2", type="IP_SOURCE"),
         ("PUT", f"{S}/{CID}", {}, {"name": "ssh2", "type": "IP_SOURCE"}), (200, SERVICE),
         lambda r: r.name == "ssh"),
    case("ip_services.delete", lambda c: c.networks.ip_services.delete(CID),
         ("DELETE", f"{S}/{CID}", {}, None), (204, None), lambda r: r is None),
    # applications
    case("applications.list",
         lambda c: c.networks.applications.list(network_id=NID, page_size=10).to_list(),
         ("GET", A, BY_NET, None), (200, page_body(APP, size=10)),
         lambda r: isinstance(r[0], NetworkApplicationResponse) and r[0].name == "wiki"),
    case("applications.get", lambda c: c.networks.applications.get(CID),
         ("GET", f"{A}/{CID}", {}, None), (200, APP),
         lambda r: r.routes[0].domain == "wiki.internal"),
    case("applications.create",
         lambda c: c.networks.applications.create(
             network_id=NID, name="wiki", routes=[{"value": "wiki.internal"}],
             config={"serviceTypes": ["HTTPS"]}),
         ("POST", A, {"networkId": NID}, {"name": "wiki", "routes": [{"value": "wiki.internal"}],
                                          "config": {"serviceTypes": ["HTTPS"]}}),
         (201, APP), lambda r: isinstance(r, NetworkApplicationResponse)),
    case("applications.update", lambda c: c.networks.applications.update(CID, description="d"),
         ("PUT", f"{A}/{CID}", {}, {"description": "d"}), (200, APP), lambda r: r.name == "wiki"),
    case("applications.delete", lambda c: c.networks.applications.delete(CID),
         ("DELETE", f"{A}/{CID}", {}, None), (204, None), lambda r: r is None),
]  # fmt: skip


@pytest.mark.parametrize(("call", "request_sent", "reply", "check"), CASES)
def test_request_and_result(
    client: Any, recorder: Recorder, call: Callable[[Any], Any],
    request_sent: tuple[str, str, dict[str, str], Any], reply: tuple[int, Any],
    check: Callable[[Any], bool],
) -> None:  # fmt: skip
    assert_request_and_result(client, recorder, call, request_sent, reply, check)


MISUSE: list[tuple[Callable[[Any], Any], type[Exception], str]] = [
    (lambda c: c.networks.get(""), ValueError, "id"),
    (lambda c: c.networks.update(".."), ValueError, "id"),
    (lambda c: c.networks.connectors.list(network_id="").to_list(), ValueError, "network_id"),
    (lambda c: c.networks.routes.create(network_id="", value="10/8"), ValueError, "network_id"),
    (lambda c: c.networks.ip_services.create(network_id=3, name="x"), TypeError, "network_id"),
    (lambda c: c.networks.connectors.generate_bundle(CID, type="EXE"), ValueError, "type"),
    (lambda c: c.networks.create(name="x", body={"name": "y"}), ValueError, "body"),
    (lambda c: c.networks.applications.create(network_id=NID, body=42), TypeError, "body"),
]


@pytest.mark.parametrize(("call", "error", "field"), MISUSE)
def test_misuse_is_refused_before_any_request(
    client: Any, recorder: Recorder, call: Callable[[Any], Any], error: type[Exception], field: str
) -> None:
    assert_refused(client, recorder, call, error, field)


def test_every_network_operation_is_used_by_exactly_one_method() -> None:
    folder = Path(cloudconnexa_generated.__file__).parent / "v1_2_3" / "api" / "network"
    operations = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    source = (Path(__file__).parents[2] / "cloudconnexa/_async/resources/networks.py").read_text()
    used = re.findall(r'"network\.(\w+)"', source)
    assert sorted(used) == sorted(operations)  # each exactly once


def test_sub_namespaces_are_cached(client: Any) -> None:
    raw = getattr(client, "_target", client)
    assert raw.networks.connectors is raw.networks.connectors
    assert raw.networks is raw.networks
