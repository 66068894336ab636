"""CRUD round trips for every collection namespace of the façade, over real loopback HTTP,
on the sync and async client and on both API versions (v1.0 reaches `dns.get` and
`user_groups.get` through the SDK's list-scanning shim).

One table row per namespace: create two records (under two different parents for child
namespaces), list with and without the parent filter, get, update and see the change on a
following get, delete and see NotFoundError on a following get."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import cloudconnexa

pytestmark = pytest.mark.parametrize("fake_cloudconnexa", ["1.0", "1.1.0", "1.2.3"], indirect=True)


@dataclass(frozen=True)
class Crud:
    namespace: str  # dotted path under the client: "networks.connectors"
    create: dict[str, Any]  # fields of the first record; the second gets `other`
    other: dict[str, Any]
    update: dict[str, Any]
    read: str  # attribute that shows `create`'s / `update`'s value
    created: Any
    updated: Any
    parent: str | None = None  # "networks" / "hosts": the parent namespace
    extra: dict[str, Any] = field(default_factory=dict)  # more fields for both creates


def _parent_param(parent: str) -> str:
    return {"networks": "network_id", "hosts": "host_id"}[parent]


CASES = [
    Crud("networks", {"name": "net-a"}, {"name": "net-b"}, {"name": "net-a2"}, "name", "net-a", "net-a2",
         extra={"internet_access": "SPLIT_TUNNEL_ON"}),
    Crud("networks.connectors", {"name": "conn-a"}, {"name": "conn-b"},
         {"name": "conn-a2", "vpn_region_id": "eu-west-1"}, "name", "conn-a", "conn-a2", parent="networks",
         extra={"vpn_region_id": "us-east-1"}),
    Crud("networks.routes", {"value": "10.1.0.0/16"}, {"value": "10.2.0.0/16"}, {"value": "10.9.0.0/16"},
         "subnet", "10.1.0.0/16", "10.9.0.0/16", parent="networks", extra={"description": "lab"}),
    Crud("networks.ip_services", {"name": "svc-a"}, {"name": "svc-b"}, {"name": "svc-a2"}, "name", "svc-a", "svc-a2",
         parent="networks", extra={"type": "SERVICE_DESTINATION", "routes": [{"value": "10.1.2.0/24"}]}),
    Crud("networks.applications", {"name": "app-a"}, {"name": "app-b"}, {"name": "app-a2"}, "name", "app-a", "app-a2",
         parent="networks", extra={"routes": [{"value": "app.example.com"}]}),
    Crud("hosts", {"name": "host-a"}, {"name": "host-b"}, {"name": "host-a2"}, "name", "host-a", "host-a2",
         extra={"domain": "host.internal"}),
    Crud("hosts.connectors", {"name": "hconn-a"}, {"name": "hconn-b"}, {"name": "hconn-a2"}, "name", "hconn-a",
         "hconn-a2", parent="hosts", extra={"vpn_region_id": "us-east-1"}),
    Crud("hosts.ip_services", {"name": "hsvc-a"}, {"name": "hsvc-b"}, {"name": "hsvc-a2"}, "name", "hsvc-a",
         "hsvc-a2", parent="hosts"),
    Crud("hosts.applications", {"name": "happ-a"}, {"name": "happ-b"}, {"name": "happ-a2"}, "name", "happ-a",
         "happ-a2", parent="hosts", extra={"routes": [{"value": "happ.example.com"}]}),
    Crud("dns", {"domain": "a.internal"}, {"domain": "b.internal"}, {"domain": "a2.internal"}, "domain",
         "a.internal", "a2.internal", extra={"ipv4_addresses": ["10.0.0.1"]}),
    Crud("user_groups", {"name": "ops"}, {"name": "dev"}, {"name": "ops2", "max_device": 7}, "name", "ops", "ops2",
         extra={"vpn_region_ids": ["us-east-1"]}),
    Crud("users", {"username": "ann", "email": "ann@example.com"}, {"username": "bob", "email": "bob@example.com"},
         {"first_name": "Annie"}, "first_name", "Ann", "Annie", extra={"first_name": "Ann", "last_name": "Lee"}),
    Crud("device_postures", {"name": "pos-a"}, {"name": "pos-b"}, {"name": "pos-a2"}, "name", "pos-a", "pos-a2",
         extra={"windows": {"allowed": True}}),
    Crud("location_contexts", {"name": "loc-a"}, {"name": "loc-b"}, {"name": "loc-a2"}, "name", "loc-a", "loc-a2",
         extra={"ip_check": {"allowed": True, "ips": [{"ip": "10.0.0.0/8", "description": "office"}]}}),
    Crud("access_groups", {"name": "ag-a"}, {"name": "ag-b"}, {"name": "ag-a2"}, "name", "ag-a", "ag-a2",
         extra={"description": "scenario"}),
]  # fmt: skip


def _namespace(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


def _ids(items: Any) -> set[str]:
    return {str(item.id) for item in items}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.namespace)
def test_crud_round_trip(fake_cloudconnexa, connect, case):
    client = connect(fake_cloudconnexa)
    resource = _namespace(client, case.namespace)
    scope: list[dict[str, str]] = [{}, {}]
    if case.parent is not None:
        parents = [_namespace(client, case.parent).create(name=f"parent-{i}") for i in range(2)]
        scope = [{_parent_param(case.parent): str(parent.id)} for parent in parents]

    first = resource.create(**scope[0], **case.extra, **case.create)
    second = resource.create(**scope[1], **case.extra, **case.other)
    first_id, second_id = str(first.id), str(second.id)
    assert getattr(first, case.read) == case.created
    assert first_id != second_id

    listed = resource.list(page_size=1).to_list()  # page_size=1: the paginator follows pages
    assert {first_id, second_id} <= _ids(listed)
    if case.parent is not None:
        assert _ids(resource.list(**scope[0])) == {first_id}
        assert _ids(resource.list(**scope[1])) == {second_id}

    fetched = resource.get(first_id)
    assert str(fetched.id) == first_id
    assert getattr(fetched, case.read) == case.created
    if hasattr(resource, "get_many"):
        assert [str(r.id) for r in resource.get_many([second_id, first_id])] == [second_id, first_id]

    updated = resource.update(first_id, **case.update)
    assert getattr(updated, case.read) == case.updated
    assert getattr(resource.get(first_id), case.read) == case.updated
    assert getattr(resource.get(second_id), case.read) != case.updated

    resource.delete(first_id)
    with pytest.raises(cloudconnexa.NotFoundError):
        resource.get(first_id)
    assert _ids(resource.list()) & {first_id, second_id} == {second_id}


@pytest.mark.parametrize("parent", ["networks", "hosts"])
def test_parent_get_shows_its_children(fake_cloudconnexa, connect, parent):
    client = connect(fake_cloudconnexa)
    namespace = _namespace(client, parent)
    created = namespace.create(name=f"{parent}-with-children")
    param = {_parent_param(parent): str(created.id)}
    connector = namespace.connectors.create(**param, name="edge", vpn_region_id="us-east-1")
    fetched = namespace.get(str(created.id))
    assert [str(c.id) for c in fetched.connectors] == [str(connector.id)]
    assert fetched.connectors[0].name == "edge"


def test_network_created_with_nested_routes_and_connectors(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    network = client.networks.create(
        name="nested",
        internet_access="SPLIT_TUNNEL_ON",
        routes=[{"value": "10.40.0.0/16", "description": "lab"}],
        connectors=[{"name": "nested-edge", "vpn_region_id": "us-east-1"}],
    )
    network_id = str(network.id)
    assert [r.subnet for r in client.networks.routes.list(network_id=network_id)] == ["10.40.0.0/16"]
    assert [c.name for c in client.networks.connectors.list(network_id=network_id)] == ["nested-edge"]
    client.networks.delete(network_id)
    with pytest.raises(cloudconnexa.NotFoundError):
        client.networks.get(network_id)


def test_child_of_a_missing_parent_is_not_found(fake_cloudconnexa, connect):
    client = connect(fake_cloudconnexa)
    with pytest.raises(cloudconnexa.NotFoundError):
        client.networks.connectors.create(network_id="00000000-0000-0000-0000-000000000001", name="orphan")
