"""Non-conformances of the fake that schemathesis found on the v1.2.3 spec
(`tests/integration/test_schemathesis.py`), each pinned here without schemathesis."""

from __future__ import annotations

import pytest
from _fake_helpers import authed_client

from cloudconnexa.testing import FakeCloudConnexa

DNS_LOG_PAGE = "/api/v1/dns-log/user-dns-resolutions/page"
START_HOUR = "2026-11-08T14:00:00Z"


@pytest.mark.parametrize(("size", "served"), [("3125", 3125), ("10000", 10000), (None, 500)])
def test_a_page_size_the_spec_allows_is_served(size: str | None, served: int) -> None:
    # The DNS log pages go from 10 to 10000 records (default 500): the fake once capped every
    # page at 1000 and defaulted to 10, answering a spec-valid `size=3125` with a 400.
    server = FakeCloudConnexa(api_version="1.2.3")
    with authed_client(server) as client:
        params = {"startHour": START_HOUR} | ({"size": size} if size else {})
        reply = client.get(DNS_LOG_PAGE, params=params)
    assert reply.status_code == 200, reply.text
    assert reply.json()["size"] == served
    assert server.spec_violations == []


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/api/v1/hosts", {"size": "5000"}, "size"),  # out of the page range
        ("/api/v1/sessions", {"startDate": "yesterday"}, "startDate"),  # not an ISO instant
    ],
)
def test_a_400_from_a_behaviour_has_spec_valid_error_details(path: str, params: dict[str, str], field: str) -> None:
    # `ErrorDetails.params` maps a name to an *object*; the fake once put the rejected value
    # there as a bare string, so its own 400 broke the spec and was answered 500. Request
    # validation is off so the behaviour, not openapi-core, rejects the value.
    server = FakeCloudConnexa(api_version="1.2.3", validate_requests=False)
    with authed_client(server) as client:
        reply = client.get(path, params=params)
    assert reply.status_code == 400, reply.text
    (problem,) = reply.json()["errorDetails"][field]
    assert all(isinstance(value, dict) for value in problem["params"].values())
    assert problem["params"]["value"] == {"value": params[field]}
    assert server.spec_violations == []
