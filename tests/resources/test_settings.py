"""`client.settings`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cloudconnexa._async.resources.settings import AsyncSettings
from cloudconnexa_generated.v1_2_3 import api
from cloudconnexa_generated.v1_2_3.models.dns_zones import DnsZones
from cloudconnexa_generated.v1_2_3.models.set_topology_body import SetTopologyBody

from .conftest import KINDS, ok, run, run_case, summary, table

# ---------------------------------------------------------------- tests

S = "/api/v1/settings/"
SUBNET = {"ipV4Address": ["100.96.0.0/11"], "ipV6Address": ["fd00::/48"]}
ROUTING = {"ipV4Address": "100.80.0.0/12", "ipV6Address": "fd01::/64"}
SERVERS = {"primaryIpV4": "1.1.1.1", "secondaryIpV4": "8.8.8.8"}
ZONES = {"zones": [{"name": "corp.internal", "addresses": ["10.0.0.53"]}]}
MAPPINGS = {"fallbackGroupId": "g0", "mappings": []}


def text(name: str, path: str, value: str) -> list[tuple[Any, ...]]:
    return [
        (
            f"get_{name}",
            lambda c: getattr(c.settings, f"get_{name}")(),
            ok(value),
            ("GET", S + path),
            value,
        ),
        (
            f"set_{name}",
            lambda c: getattr(c.settings, f"set_{name}")(value),
            ok(value),
            ("PUT", S + path, None, value),
            value,
        ),
    ]


def plain(name: str, path: str, value: Any, reply: Any = None) -> list[tuple[Any, ...]]:
    """A JSON setting: get returns `value`; set sends `value` and returns the echo."""
    sent = summary(value)
    return [
        (
            f"get_{name}",
            lambda c: getattr(c.settings, f"get_{name}")(),
            ok(sent),
            ("GET", S + path),
            sent,
        ),
        (
            f"set_{name}",
            lambda c: getattr(c.settings, f"set_{name}")(value),
            ok(sent),
            ("PUT", S + path, None, sent),
            sent,
        ),
    ]


CASES = [
    *text("topology", "wpc/topology", "FULL_MESH"),
    *text("default_region", "wpc/default-region", "eu-central-1"),
    *text("default_connect_auth", "user/connect-auth", "ON_PRIOR_AUTH"),
    *text("device_enforcement", "user/device-enforcement", "LEARN_AND_ENFORCE"),
    *text("profile_distribution", "user/profile-distribution", "AUTOMATIC"),
    *text("default_dns_suffix", "dns/default-suffix", "corp.internal"),
    *plain("client_options", "wpc/client-options", ["block-outside-dns"]),
    *plain("snat", "wpc/snat", True),
    *plain("subnet", "wpc/subnet", SUBNET),
    *plain("domain_routing_subnet", "wpc/domain-routing-subnet", ROUTING),
    *plain("device_allowance", "user/device-allowance", 5),
    *plain("device_allowance_force_update", "user/device-allowance-force-update", False),
    *plain("connection_timeout", "users/connection-timeout", 30),
    *plain("dns_proxy_enabled", "dns/proxy-enabled", True),
    *plain("dns_server_addresses", "dns/custom-servers", SERVERS),
    *plain("dns_zones", "dns/zones", ZONES),
    *plain("two_factor_auth_enabled", "auth/two-factor-auth", True),
    *plain("trusted_devices_allowed", "auth/trusted-devices-allowed", False),
    (
        "get_ldap_group_mappings",
        lambda c: c.settings.get_ldap_group_mappings(),
        ok(MAPPINGS),
        ("GET", S + "auth/ldap/group-mappings"),
        MAPPINGS,
    ),
    (
        "get_saml_group_mappings",
        lambda c: c.settings.get_saml_group_mappings(),
        ok(MAPPINGS),
        ("GET", S + "auth/saml/group-mappings"),
        MAPPINGS,
    ),
    (
        "set_topology_enum",
        lambda c: c.settings.set_topology(SetTopologyBody.CUSTOM),
        ok("CUSTOM"),
        ("PUT", S + "wpc/topology", None, "CUSTOM"),
        "CUSTOM",
    ),
    (
        "set_topology_unknown",
        lambda c: c.settings.set_topology("HUB_AND_SPOKE"),
        ok("HUB_AND_SPOKE"),
        ("PUT", S + "wpc/topology", None, "HUB_AND_SPOKE"),
        "HUB_AND_SPOKE",
    ),
    (
        "set_subnet_fields",
        lambda c: c.settings.set_subnet(ip_v4_address=["100.96.0.0/11"]),
        ok(SUBNET),
        ("PUT", S + "wpc/subnet", None, {"ipV4Address": ["100.96.0.0/11"]}),
        SUBNET,
    ),
    (
        "set_dns_servers_fields",
        lambda c: c.settings.set_dns_server_addresses(primary_ip_v4="1.1.1.1"),
        ok(SERVERS),
        ("PUT", S + "dns/custom-servers", None, {"primaryIpV4": "1.1.1.1"}),
        SERVERS,
    ),
    (
        "set_dns_zones_model",
        lambda c: c.settings.set_dns_zones(DnsZones.from_dict(ZONES)),
        ok(ZONES),
        ("PUT", S + "dns/zones", None, ZONES),
        ZONES,
    ),
    (
        "set_routing_fields",
        lambda c: c.settings.set_domain_routing_subnet(ip_v4_address="100.80.0.0/12"),
        ok(ROUTING),
        ("PUT", S + "wpc/domain-routing-subnet", None, {"ipV4Address": "100.80.0.0/12"}),
        ROUTING,
    ),
]


@table(CASES)
def test_settings(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


def test_every_settings_operation_has_one_method():
    names = {path.stem for path in (Path(api.__file__).parent / "settings").glob("[gs]et_*.py")}
    methods = {name for name in dir(AsyncSettings) if name.startswith(("get_", "set_"))}
    assert methods == names


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda c: c.settings.set_topology(""), ValueError, "topology .*CUSTOM, FULL_MESH"),
        (lambda c: c.settings.set_topology(None), TypeError, "topology .*CUSTOM, FULL_MESH"),
        (
            lambda c: c.settings.set_default_connect_auth(1),
            TypeError,
            "EVERY_TIME, NO_AUTH, ON_PRIOR_AUTH",
        ),
        (lambda c: c.settings.set_snat("yes"), TypeError, "snat must be a bool"),
        (
            lambda c: c.settings.set_device_allowance(True),
            TypeError,
            "device_allowance must be an int",
        ),
        (lambda c: c.settings.set_connection_timeout(-1), ValueError, "connection_timeout"),
        (lambda c: c.settings.set_client_options("a"), TypeError, "client_options"),
        (lambda c: c.settings.set_client_options(["a", 1]), TypeError, r"client_options\[1\]"),
        (lambda c: c.settings.set_default_region(None), TypeError, "default_region"),
        (lambda c: c.settings.set_subnet(), TypeError, "subnet"),
        (
            lambda c: c.settings.set_dns_zones(ZONES, zones=[]),
            ValueError,
            "either body= or keyword",
        ),
    ],
)
def test_bad_values_are_refused_before_any_request(kind, call, error, match):
    with pytest.raises(error, match=match):
        run(kind, "1.1.0", call)
