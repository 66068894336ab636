"""The operations API v1.2.3 added, against the fake serving the v1.2.3 spec over loopback
HTTP, sync and async (the fake validates every request and reply against that spec)."""

from __future__ import annotations

import datetime

import pytest

import cloudconnexa

pytestmark = pytest.mark.parametrize("fake_cloudconnexa", ["1.2.3"], indirect=True)


def test_user_verbs_and_new_fields(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    group = client.user_groups.create(name="ops", tunnel_bypass={"ipv4Subnets": ["10.9.0.0/16"]})
    assert group.tunnel_bypass.ipv_4_subnets == ["10.9.0.0/16"]
    user = client.users.create(username="ada", email="ada@example.com", first_name="Ada", last_name="L",
                               group_id=str(group.id), role="MEMBER", secondary_group_ids=[str(group.id)])  # fmt: skip
    client.users.suspend(user.id)
    assert client.users.get(user.id).status == "SUSPENDED"
    client.users.activate(user.id)
    assert client.users.get(user.id).status == "ACTIVE"
    client.users.reset_mfa(user.id)
    client.users.resend_invitation(user.id)
    client.users.force_password_change(user.id)
    with pytest.raises(cloudconnexa.NotFoundError):
        client.users.suspend("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize("parent", ["networks", "hosts"])
def test_connector_suspend_and_activate(fake_cloudconnexa, connect, parent):
    namespace = getattr(connect(fake_cloudconnexa), parent)
    owner = namespace.create(name=f"{parent}-owner")
    key = "network_id" if parent == "networks" else "host_id"
    connector = namespace.connectors.create(**{key: str(owner.id)}, name="edge", vpn_region_id="us-east-1")
    namespace.connectors.suspend(connector.id)
    namespace.connectors.activate(connector.id)


def test_feature_switches_settings_and_listings(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    for feature in (client.dns_log, client.access_visibility):
        assert feature.get_enabled() is False
        feature.enable()
        assert feature.get_enabled() is True
        feature.disable()
        assert feature.get_enabled() is False
    assert client.settings.set_ip_allocation_mode("IP_V4_ONLY") == "IP_V4_ONLY"
    assert client.settings.get_ip_allocation_mode() == "IP_V4_ONLY"
    assert client.settings.set_routes_advanced_configuration_enabled(True) is True
    assert client.settings.get_routes_advanced_configuration_enabled() is True
    hour = datetime.datetime.now(datetime.UTC).replace(minute=0, second=0, microsecond=0)
    assert client.dns_log.list(start_hour=hour).to_list() == []
    assert client.audit_logs.list().to_list() == []
    credentials = client.account.create_cloud_id("acme-lab")
    assert credentials.cloud_id == "acme-lab" and credentials.client_secret.get_secret_value() not in repr(credentials)


def test_network_application_exact_match(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    network = client.networks.create(name="apps", internet_access="SPLIT_TUNNEL_ON")
    app = client.networks.applications.create(
        network_id=str(network.id), name="wiki", routes=[{"value": "wiki.internal", "exactMatch": True}],
        config={"serviceTypes": ["HTTPS"]},
    )  # fmt: skip
    assert app.routes[0].exact_match is True
