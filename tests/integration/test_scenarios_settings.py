"""Every `client.settings` get_/set_ pair against the fake over loopback HTTP, sync and async,
on both API versions: the default reads back, a set returns the new value, and a following
get (on a fresh call) shows it."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.parametrize("fake_cloudconnexa", ["1.0", "1.1.0", "1.2.3"], indirect=True)


def _plain(value: Any) -> Any:
    """A setting's value without its model wrapper (models compare by their API dict)."""
    return value.to_dict() if hasattr(value, "to_dict") else value


# (setting, default the fake starts with (None: not checked), value to set (positional or
# keywords), the value a following get returns)
SETTINGS: list[tuple[str, Any, Any, Any]] = [
    ("client_options", [], ["opt-a", "opt-b"], ["opt-a", "opt-b"]),
    ("connection_timeout", 30, 120, 120),
    ("default_connect_auth", "ON_PRIOR_AUTH", "EVERY_TIME", "EVERY_TIME"),
    # No default read: the fake answers its empty default suffix with a 500 (see the report).
    ("default_dns_suffix", None, "corp.example.com", "corp.example.com"),
    ("default_region", "us-east-1", "eu-central-1", "eu-central-1"),
    ("device_allowance", 3, 7, 7),
    ("device_allowance_force_update", False, True, True),
    ("device_enforcement", "OFF", "LEARN_AND_ENFORCE", "LEARN_AND_ENFORCE"),
    ("dns_proxy_enabled", False, True, True),
    (
        "dns_server_addresses",
        {"primaryIpV4": "", "secondaryIpV4": ""},
        {"primary_ip_v4": "1.1.1.1", "secondary_ip_v4": "9.9.9.9"},
        {"primaryIpV4": "1.1.1.1", "secondaryIpV4": "9.9.9.9"},
    ),
    (
        "dns_zones",
        {"zones": []},
        {"zones": [{"name": "corp.internal", "addresses": ["10.0.0.53"]}]},
        {"zones": [{"name": "corp.internal", "addresses": ["10.0.0.53"]}]},
    ),
    (
        "domain_routing_subnet",
        {"ipV4Address": "100.80.0.0/12", "ipV6Address": "fd:0:0:8000::/49"},
        {"ip_v4_address": "100.64.0.0/12", "ip_v6_address": "fd:0:0:9000::/49"},
        {"ipV4Address": "100.64.0.0/12", "ipV6Address": "fd:0:0:9000::/49"},
    ),
    ("profile_distribution", "AUTOMATIC", "MANUAL", "MANUAL"),
    ("snat", True, False, False),
    (
        "subnet",
        {"ipV4Address": ["100.96.0.0/11"], "ipV6Address": []},
        {"ip_v4_address": ["100.112.0.0/12"], "ip_v6_address": ["fd00::/64"]},
        {"ipV4Address": ["100.112.0.0/12"], "ipV6Address": ["fd00::/64"]},
    ),
    ("topology", "FULL_MESH", "CUSTOM", "CUSTOM"),
    ("trusted_devices_allowed", False, True, True),
    ("two_factor_auth_enabled", False, True, True),
]


@pytest.mark.parametrize(("name", "default", "value", "expected"), SETTINGS, ids=[s[0] for s in SETTINGS])
def test_setting_get_set_pair(fake_cloudconnexa, connect, name, default, value, expected):
    settings = connect(fake_cloudconnexa).settings
    getter, setter = getattr(settings, f"get_{name}"), getattr(settings, f"set_{name}")
    if default is not None:
        assert _plain(getter()) == default
    # Object settings take keywords (`set_subnet(ip_v4_address=[...])`), the rest a value.
    answered = setter(**value) if isinstance(value, dict) else setter(value)
    assert _plain(answered) == expected
    assert _plain(getter()) == expected


def test_setting_set_from_a_model_round_trips(fake_cloudconnexa, connect):
    settings = connect(fake_cloudconnexa).settings
    current = settings.get_dns_server_addresses()
    current.primary_ip_v4 = "8.8.8.8"
    settings.set_dns_server_addresses(current)
    assert settings.get_dns_server_addresses().primary_ip_v4 == "8.8.8.8"


@pytest.mark.parametrize("directory", ["ldap", "saml"])
def test_group_mappings_are_read(fake_cloudconnexa, connect, directory):
    mappings = getattr(connect(fake_cloudconnexa).settings, f"get_{directory}_group_mappings")()
    assert mappings.mappings == []
    assert isinstance(mappings.fallback_group_id, str)
