"""Faults over real loopback, the realistic rate limit on a manual clock."""

from __future__ import annotations

import json

import httpx
import pytest
from _fake_helpers import authed_client

from cloudconnexa.testing import FakeCloudConnexa, ManualClock, RateLimit

pytestmark = pytest.mark.integration
RECORDS = "/api/v1/dns-records"


def test_status_fault_with_headers_and_times(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with authed_client(server, loopback=True) as client:
        fault = server.faults.add(status=503, times=3, path=RECORDS, headers={"Retry-After": "1"})
        replies = [client.get(RECORDS) for _ in range(4)]
    assert [r.status_code for r in replies] == [503, 503, 503, 200]
    assert replies[0].headers["Retry-After"] == "1"
    assert replies[0].json()["statusError"] == "SERVICE_UNAVAILABLE"
    assert fault.fired == 3
    assert [r.status for r in server.requests[-4:]] == [503, 503, 503, 200]


def test_fault_filters_by_method(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with authed_client(server, loopback=True) as client:
        server.faults.add(status=500, path=RECORDS, method="POST")
        assert client.get(RECORDS).status_code == 200
        assert client.post(RECORDS, json={"domain": "x"}).status_code == 500


def test_reset_fault_drops_connection(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    with authed_client(server, loopback=True) as client:
        server.faults.add(reset=True, path=RECORDS)
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get(RECORDS)
        assert client.get(RECORDS).status_code == 200


def test_reset_fault_in_process(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa) as client:
        fake_cloudconnexa.faults.add(reset=True)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(RECORDS)


def test_truncated_fault(fake_cloudconnexa: FakeCloudConnexa) -> None:
    server = fake_cloudconnexa
    server.seed.dns_records(5)
    with authed_client(server, loopback=True) as client:
        server.faults.add(truncated=True, path=RECORDS)
        reply = client.get(RECORDS)
        assert reply.status_code == 200
        assert reply.headers["content-type"] == "application/json"
        with pytest.raises(json.JSONDecodeError):
            reply.json()


@pytest.mark.parametrize(("status", "media"), [(None, "text/html"), (200, "text/plain")])
def test_non_json_fault(fake_cloudconnexa: FakeCloudConnexa, status, media) -> None:
    with authed_client(fake_cloudconnexa, loopback=True) as client:
        fake_cloudconnexa.faults.add(non_json=True, status=status)
        reply = client.get(RECORDS)
    assert reply.status_code == (status or 502)
    assert reply.headers["content-type"].startswith(media)
    with pytest.raises(json.JSONDecodeError):
        reply.json()


def test_delay_fault_trips_client_timeout(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with authed_client(fake_cloudconnexa, loopback=True) as client:
        fake_cloudconnexa.faults.add(delay=0.5, path=RECORDS)
        with pytest.raises(httpx.ReadTimeout):
            client.get(RECORDS, timeout=0.05)


def test_fault_arguments_are_checked(fake_cloudconnexa: FakeCloudConnexa) -> None:
    with pytest.raises(ValueError, match="times"):
        fake_cloudconnexa.faults.add(status=500, times=0)
    with pytest.raises(ValueError, match="exclusive"):
        fake_cloudconnexa.faults.add(reset=True, truncated=True)


def test_realistic_rate_limit_on_manual_clock(fake_cloudconnexa_factory) -> None:
    clock = ManualClock()
    server = fake_cloudconnexa_factory(rate_limit="realistic", clock=clock)
    with authed_client(server, loopback=True) as client:  # the token request spends 1
        replies = [client.get(RECORDS) for _ in range(20)]
        assert [r.status_code for r in replies[:19]] == [200] * 19
        assert replies[18].headers["X-RateLimit-Remaining"] == "0"
        assert replies[18].headers["X-RateLimit-Replenish-Rate"] == "1"
        assert replies[18].headers["X-RateLimit-Replenish-Time"] == "15"
        limited = replies[19]  # the 21st request of this API key
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "15"
        assert limited.json()["statusError"] == "TOO_MANY_REQUESTS"
        clock.advance(15)
        assert client.get(RECORDS).status_code == 200
        assert client.get(RECORDS).status_code == 429
        clock.sleep(30)  # how a client on the simulated clock "sleeps"
        assert [client.get(RECORDS).status_code for _ in range(3)] == [200, 200, 429]


def test_custom_rate_limit_and_headers_when_off(fake_cloudconnexa_factory) -> None:
    clock = ManualClock()
    server = fake_cloudconnexa_factory(rate_limit=RateLimit(burst=3, tokens=2, per_seconds=10), clock=clock)
    with authed_client(server) as client:
        assert [client.get(RECORDS).status_code for _ in range(3)] == [200, 200, 429]
        assert client.get(RECORDS).headers["Retry-After"] == "5"
    off = fake_cloudconnexa_factory()
    with authed_client(off) as client:
        reply = client.get(RECORDS)
        assert int(reply.headers["X-RateLimit-Remaining"]) >= 1000
    with pytest.raises(ValueError, match="rate_limit"):
        FakeCloudConnexa(rate_limit="fast")
