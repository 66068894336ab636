"""DNS records and the v1.0 single-record shim, on both clients and both API versions."""

from __future__ import annotations

import uuid

import pytest

from cloudconnexa._exceptions import NotFoundError

from .conftest import FakeListing, sent_json


def _records(n: int) -> list[dict[str, object]]:
    return [{"id": str(uuid.UUID(int=i + 1)), "domain": f"host{i}.internal"} for i in range(n)]


def test_list_walks_three_pages(api, make_client):
    listing = FakeListing(_records(25))
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    client = make_client()
    domains = [record.domain for record in client.dns.list(page_size=10)]
    assert domains == [f"host{i}.internal" for i in range(25)]
    # pages 1 and 2 are fetched concurrently once page 0 told the total: any order on the wire
    assert sorted(r.url.params["page"] for r in listing.requests) == ["0", "1", "2"]


def test_pages_expose_totals(api, make_client):
    api.get("/api/v1/dns-records").mock(side_effect=FakeListing(_records(25)))
    pages = make_client().dns.list(page_size=10).pages()
    assert [(p.number, len(p), p.total_elements, p.total_pages) for p in pages] == [
        (0, 10, 25, 3), (1, 10, 25, 3), (2, 5, 25, 3),
    ]  # fmt: skip


def test_v1_0_get_on_page_three_costs_three_requests(api, make_client):
    records = _records(2500)
    listing = FakeListing(records)
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    record = make_client(api_version="1.0").dns.get(records[2100]["id"])
    assert record.domain == "host2100.internal"
    assert len(listing.requests) == 3
    assert {r.url.params["size"] for r in listing.requests} == {"1000"}


def test_v1_0_get_many_is_one_scan(api, make_client):
    records = _records(2500)
    listing = FakeListing(records)
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    wanted = [records[i]["id"] for i in (2400, 3, 1500, 999, 1000, 7, 2222, 42, 1234, 0)]
    found = make_client(api_version="1.0").dns.get_many(wanted)
    assert [str(r.id) for r in found] == wanted
    assert len(listing.requests) == 3


def test_v1_0_absent_id_is_not_found_after_full_scan(api, make_client):
    listing = FakeListing(_records(1500))
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    with pytest.raises(NotFoundError) as caught:
        make_client(api_version="1.0").dns.get("does-not-exist")
    assert caught.value.status_code == 404
    assert "does-not-exist" in str(caught.value)
    assert len(listing.requests) == 2


A, B, C = (str(uuid.UUID(int=n)) for n in (10, 11, 12))


def test_v1_1_0_get_is_one_direct_request(api, make_client):
    route = api.get(f"/api/v1/dns-records/{A}").respond(200, json={"id": A, "domain": "a"})
    assert make_client().dns.get(A).domain == "a"
    assert route.call_count == 1


def test_v1_1_0_absent_id_is_not_found(api, make_client):
    api.get("/api/v1/dns-records/nope").respond(404, json={"errorMessage": "not found"})
    with pytest.raises(NotFoundError):
        make_client().dns.get("nope")


def test_v1_1_0_get_many_reads_each_id(api, make_client):
    for record_id, domain in ((A, "a"), (B, "b"), (C, "c")):
        api.get(f"/api/v1/dns-records/{record_id}").respond(200, json={"id": record_id, "domain": domain})
    assert [r.domain for r in make_client().dns.get_many([C, A, B])] == ["c", "a", "b"]


def test_create_sends_wire_names(api, make_client):
    route = api.post("/api/v1/dns-records").respond(201, json={"id": A, "domain": "d"})
    record = make_client().dns.create(domain="d", ipv4_addresses=["10.0.0.1"])
    assert str(record.id) == A
    assert sent_json(route.calls.last.request) == {"domain": "d", "ipv4Addresses": ["10.0.0.1"]}


def test_create_accepts_a_model_of_either_version(api, make_client):
    from cloudconnexa_generated.v1_0.models.dns_record_request import DnsRecordRequest

    route = api.post("/api/v1/dns-records").respond(201, json={"id": A})
    make_client().dns.create(body=DnsRecordRequest(domain="x", description="y"))
    assert sent_json(route.calls.last.request) == {"domain": "x", "description": "y"}


def test_body_and_fields_together_is_an_error(make_client):
    with pytest.raises(ValueError, match="either body= or keyword fields"):
        make_client().dns.create(domain="d", body={"domain": "e"})


@pytest.mark.parametrize("bad", ["", "  ", ".", ".."])
def test_bad_ids_are_refused_before_any_request(make_client, bad):
    with pytest.raises(ValueError, match="id"):
        make_client().dns.get(bad)


def test_path_traversal_id_is_escaped(api, make_client):
    route = api.get(url__regex=r".*/api/v1/dns-records/\.\.%2Fusers$").respond(404, json={})
    with pytest.raises(NotFoundError):
        make_client().dns.get("../users")
    assert route.call_count == 1
