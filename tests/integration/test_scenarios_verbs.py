"""The façade's specific verbs against the fake over loopback HTTP, sync and async, on both
API versions: connector profiles, bundles and IPsec, devices (nested under users), access-group
sources/destinations, Cyber Shield domain lists, VPN regions and sessions."""

from __future__ import annotations

import pytest

import cloudconnexa

pytestmark = pytest.mark.parametrize("fake_cloudconnexa", ["1.0", "1.1.0", "1.2.3"], indirect=True)


@pytest.mark.parametrize("parent", ["networks", "hosts"])
def test_connector_profiles_and_bundles(fake_cloudconnexa, connect, parent):
    namespace = getattr(connect(fake_cloudconnexa), parent)
    owner = namespace.create(name=f"{parent}-owner")
    connector = namespace.connectors.create(
        **{"network_id" if parent == "networks" else "host_id": str(owner.id)}, name="edge", vpn_region_id="us-east-1"
    )
    connector_id = str(connector.id)
    connectors = namespace.connectors

    profile = connectors.generate_profile(connector_id)
    assert isinstance(profile, str) and profile.startswith("client\n") and connector_id in profile
    token_url = connectors.generate_profile_token(connector_id)
    assert isinstance(token_url, str) and token_url.startswith("https://")
    for kind in ("MSI", "DMG"):
        bundle = connectors.generate_bundle(connector_id, type=kind)
        assert isinstance(bundle, str) and kind in bundle and connector_id in bundle
    assert connectors.revoke_profile(connector_id) is True

    connectors.delete(connector_id)
    with pytest.raises(cloudconnexa.NotFoundError):
        connectors.generate_profile(connector_id)


def test_network_connector_ipsec_start_and_stop(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    network = client.networks.create(name="ipsec-net", internet_access="SPLIT_TUNNEL_ON")
    connector = client.networks.connectors.create(
        network_id=str(network.id), name="ipsec-edge", ip_sec_config={"platform": "AWS", "hostname": "vpn.example.com"}
    )
    connector_id = str(connector.id)
    assert client.networks.connectors.start_ipsec(connector_id) is None
    started = client.networks.connectors.get(connector_id).ip_sec_config
    assert started.connector_state == "STARTED"
    assert started.hostname == "vpn.example.com"
    client.networks.connectors.stop_ipsec(connector_id)
    assert client.networks.connectors.get(connector_id).ip_sec_config.connector_state == "STOPPED"
    with pytest.raises(cloudconnexa.NotFoundError):
        client.networks.connectors.start_ipsec("00000000-0000-0000-0000-000000000001")


def test_devices_round_trip_under_their_users(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    ann, bob = (client.users.create(username=name, email=f"{name}@example.com") for name in ("ann", "bob"))
    ann_id, bob_id = str(ann.id), str(bob.id)
    laptop = client.devices.create(user_id=ann_id, name="laptop", description="work")
    phone = client.devices.create(user_id=bob_id, name="phone")
    laptop_id = str(laptop.id)
    assert (laptop.name, str(laptop.user_id)) == ("laptop", ann_id)

    assert {d.name for d in client.devices.list(page_size=1)} == {"laptop", "phone"}
    assert [d.name for d in client.devices.list(user_id=bob_id)] == ["phone"]
    assert client.devices.get(laptop_id, user_id=ann_id).description == "work"

    client.devices.update(laptop_id, user_id=ann_id, name="laptop-2")
    assert client.devices.get(laptop_id, user_id=ann_id).name == "laptop-2"

    profile = client.devices.generate_profile(laptop_id, user_id=ann_id, region_id="us-east-1")
    assert isinstance(profile, str) and profile.startswith("client\n") and laptop_id in profile
    revoked = client.devices.revoke_profile(laptop_id, user_id=ann_id)
    assert isinstance(revoked, str) and revoked

    with pytest.raises(cloudconnexa.NotFoundError):
        client.devices.get(laptop_id, user_id=bob_id)  # not bob's device
    client.devices.delete(laptop_id, user_id=ann_id)
    with pytest.raises(cloudconnexa.NotFoundError):
        client.devices.get(laptop_id, user_id=ann_id)
    assert [str(d.id) for d in client.devices.list()] == [str(phone.id)]


@pytest.mark.parametrize("side", ["source", "destination"])
def test_access_group_sources_and_destinations(fake_cloudconnexa, connect, side):
    client = connect(fake_cloudconnexa)
    groups = [str(client.user_groups.create(name=f"g{i}").id) for i in range(2)]
    access = client.access_groups.create(name="engineering")
    access_id = str(access.id)
    add = getattr(client.access_groups, f"add_{side}")
    remove = getattr(client.access_groups, f"remove_{side}")

    added = add(access_id, type="USER_GROUP", all_covered=False, parent=groups[0], children=["c1", "c2"])
    items = getattr(added, side)
    assert [(i.type_, i.parent, i.children) for i in items] == [("USER_GROUP", groups[0], ["c1", "c2"])]
    add(access_id, type="USER_GROUP", all_covered=True, parent=groups[1])
    assert len(getattr(client.access_groups.get(access_id), side)) == 2

    trimmed = remove(access_id, type="USER_GROUP", parent_id=groups[0], child_id="c1")
    assert [i.children for i in getattr(trimmed, side) if i.parent == groups[0]] == [["c2"]]
    remove(access_id, type="USER_GROUP", parent_id=groups[1])
    after = getattr(client.access_groups.get(access_id), side)
    assert [(i.parent, i.children) for i in after] == [(groups[0], ["c2"])]


@pytest.mark.parametrize("kind", ["allowed", "blocked"])
def test_cyber_shield_domain_lists(fake_cloudconnexa, connect, kind):
    cyber_shield = connect(fake_cloudconnexa).cyber_shield
    listing = fake_cloudconnexa.store.domain_lists["allow" if kind == "allowed" else "block"]
    other = fake_cloudconnexa.store.domain_lists["block" if kind == "allowed" else "allow"]
    add = getattr(cyber_shield, f"add_{kind}_domains")
    remove = getattr(cyber_shield, f"remove_{kind}_domains")

    assert add({"a.example.com": "team a", "b.example.com": "team b"}) is None
    add({"c.example.com": ""})
    assert listing == {"a.example.com": "team a", "b.example.com": "team b", "c.example.com": ""}
    remove(["a.example.com", "c.example.com"])
    assert listing == {"b.example.com": "team b"}
    assert other == {}


def test_vpn_regions_are_listed(fake_cloudconnexa, connect):
    regions = connect(fake_cloudconnexa).vpn_regions.list()
    assert isinstance(regions, list) and len(regions) > 1
    by_id = {region.id: region for region in regions}
    assert by_id["us-east-1"].country_iso == "US"
    assert all(region.region_name for region in regions)


def test_sessions_follow_cursor_batches_and_filter(fake_cloudconnexa, connect):
    seeded = fake_cloudconnexa.seed.sessions(5)
    client = connect(fake_cloudconnexa)
    sessions = client.sessions.list(size=2).to_list()
    assert [s.id for s in sessions] == [s["id"] for s in seeded]
    assert fake_cloudconnexa.count(path="/api/v1/sessions", status=200) == 3  # 2 + 2 + 1
    assert {s.status for s in client.sessions.list(status="ACTIVE")} == {"ACTIVE"}
    assert client.sessions.list(status="DISCONNECTED").to_list() == []
