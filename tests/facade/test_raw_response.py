"""Raw answers and the escape hatches (issue 15 item 3, issue 12 item 8):
`client.with_raw_response.<area>.<method>(...)`, `client.request(...)` and a typed
`client.generated_client`, each on both clients, against the in-process fake."""

from __future__ import annotations

import datetime
import inspect

import anyio
import httpx
import pytest

import cloudconnexa
from cloudconnexa._async._resource import AsyncAPIResource
from cloudconnexa._response import RawResponse
from cloudconnexa.testing import FakeCloudConnexa

DNS = "/api/v1/dns-records"


@pytest.fixture(params=["1.1.0", "1.0"])
def server(request) -> FakeCloudConnexa:
    return FakeCloudConnexa(api_version=request.param)


@pytest.fixture
def client(client_factory, client_mode, server):
    http_class = httpx.Client if client_mode == "sync" else httpx.AsyncClient
    return client_factory(
        "http://127.0.0.1:9", client_id=server.client_id, client_secret=server.client_secret,
        api_version=server.api_version, http_client=http_class(transport=server.transport()), _sleep=lambda _: None,
    )  # fmt: skip


def test_a_call_gives_status_headers_request_elapsed_and_the_parsed_value(client, server):
    created = client.dns.create(domain="db.example.com", ipv4_addresses=["10.0.0.5"])
    raw = client.with_raw_response.dns.get(str(created.id))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert "x-ratelimit-remaining" in raw.headers
    assert raw.http_request.method == "GET"
    assert raw.http_request.url.path.startswith(DNS)
    assert isinstance(raw.elapsed, datetime.timedelta)
    record = raw.parse()
    assert (record.id, record.domain) == (created.id, "db.example.com")
    assert "Bearer" not in repr(raw)


def test_writes_and_deletes(client, server):
    raw = client.with_raw_response.dns.create(domain="a.example.com")
    assert raw.http_request.method == "POST" and raw.status_code in (200, 201)
    record = raw.parse()
    assert record.domain == "a.example.com"
    deleted = client.with_raw_response.dns.delete(str(record.id))
    assert deleted.http_request.method == "DELETE" and deleted.parse() is None
    assert server.count(path=DNS, method="POST") == 1


def test_nested_areas_and_plain_lists(client, server):
    network = client.networks.create(name="n1")
    raw = client.with_raw_response.networks.routes.create(network_id=str(network.id), value="10.1.0.0/24")
    assert raw.parse().subnet == "10.1.0.0/24"
    regions = client.with_raw_response.vpn_regions.list()
    assert isinstance(regions.parse(), list) and regions.http_request.url.path == "/api/v1/regions"


def items(listing, client_mode):
    if client_mode == "sync":
        return listing.to_list()
    return anyio.run(listing.to_list)


def test_a_lazy_listing_fetches_its_first_page_and_parses_to_the_listing(client, server, client_mode):
    server.seed.dns_records(5)
    raw = client.with_raw_response.dns.list(page_size=2)
    assert raw.http_request.url.params["page"] == "0"
    assert server.count(path=DNS, method="GET") == 1  # only the first page so far
    assert len(items(raw.parse(), client_mode)) == 5  # the listing itself, from the start


def test_session_batches(client, server, client_mode):
    if server.api_version == "1.0":
        pytest.skip("sessions are a v1.1.0 endpoint")
    server.seed.sessions(3)
    raw = client.with_raw_response.sessions.list()
    assert raw.http_request.url.path == "/api/v1/sessions"
    assert len(items(raw.parse(), client_mode)) == 3


def test_an_error_answer_raises_the_typed_error(client):
    with pytest.raises(cloudconnexa.NotFoundError):
        client.with_raw_response.dns.get("00000000-0000-4000-8000-000000000000")


def test_misuse_is_named(client):
    with pytest.raises(AttributeError, match="not an API area or call"):
        client.with_raw_response.base_url  # noqa: B018
    with pytest.raises(TypeError, match="is an API area, not a call"):
        client.with_raw_response.dns()


def test_every_resource_method_has_a_raw_form():
    """Generic: new resource methods get raw responses with no code of their own."""
    client = FakeCloudConnexa().async_client()
    seen = 0
    areas = [(name, getattr(client, name)) for name in dir(type(client)) if not name.startswith("_")]
    todo = [(name, area) for name, area in areas if isinstance(area, AsyncAPIResource)]
    while todo:
        path, area = todo.pop()
        proxy = client.with_raw_response
        for part in path.split("."):
            proxy = getattr(proxy, part)
        for name, member in inspect.getmembers(area):
            if name.startswith("_"):
                continue
            if isinstance(member, AsyncAPIResource):
                todo.append((f"{path}.{name}", member))
            elif callable(member):
                assert callable(getattr(proxy, name)), f"{path}.{name}"
                seen += 1
    assert seen > 50


# -- client.request(...) --------------------------------------------------------------------------


def test_request_goes_through_auth_retries_and_typed_errors(client, server):
    server.faults.add(status=503, times=2, path="/api/v1/regions")
    response = client.request("GET", "/api/v1/regions")
    assert response.status_code == 200 and isinstance(response.json(), list)
    assert server.count(path="/api/v1/regions") == 3  # two 503s retried
    assert server.token_requests == 1
    with pytest.raises(cloudconnexa.NotFoundError):
        client.request("GET", "/api/v1/networks/00000000-0000-4000-8000-000000000000")


def test_request_sends_json_params_and_headers(client, server):
    created = client.request("POST", DNS, json={"domain": "r.example.com"}, headers={"X-Trace": "1"}).json()
    page = client.request("get", DNS, params={"page": 0, "size": 10}).json()
    assert [r["id"] for r in page["content"]] == [created["id"]]


def test_request_raw_form(client):
    raw = client.with_raw_response.request("GET", "/api/v1/regions")
    assert raw.status_code == 200 and isinstance(raw.parse(), httpx.Response)


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        (("GET", "https://elsewhere.example/api"), {}, ValueError, "path"),
        (("GET", "//elsewhere.example/api"), {}, ValueError, "path"),
        (("GET", "api/v1/regions"), {}, ValueError, "path"),
        (("GET", b"/api"), {}, TypeError, "path"),
        (("G ET", "/api/v1/regions"), {}, ValueError, "method"),
        (("POST", DNS), {"json": {}, "content": b"{}"}, ValueError, "json or content"),
    ],
)
def test_request_refuses_bad_input(client, args, kwargs, error, match):
    with pytest.raises(error, match=match):
        client.request(*args, **kwargs)


# -- client.generated_client --------------------------------------------------------------------------


def test_generated_client_is_the_selected_versions_client(client, server, client_mode):
    package = {"1.0": "v1_0", "1.1.0": "v1_1_0"}[server.api_version]
    generated = getattr(client, "_target", client).generated_client  # the async case: past the portal
    module = __import__(f"cloudconnexa_generated.{package}.client", fromlist=["Client"])
    assert type(generated) is module.Client
    if client_mode == "sync":
        listing = __import__(f"cloudconnexa_generated.{package}.api.region.list_vpn_regions", fromlist=["sync"])
        assert isinstance(listing.sync(client=generated), list)  # through our auth and transport


def test_generated_client_is_typed():
    for cls in (cloudconnexa.Client, cloudconnexa.AsyncClient):
        annotation = inspect.signature(cls.generated_client.fget).return_annotation
        assert annotation == "GeneratedClient"
