"""Faults end in success after retries or in a typed error: never a hang, never a bare
exception. Every test runs on the sync and the async client, over real loopback HTTP."""

from __future__ import annotations

import pytest

import cloudconnexa

DNS = "/api/v1/dns-records"


def test_429_storm_with_retry_after_is_waited_out(fake_cloudconnexa, connect, sleeps):
    fake_cloudconnexa.seed.dns_records(3)
    fake_cloudconnexa.faults.add(429, times=5, path=DNS, headers={"Retry-After": "7"})
    client = connect(fake_cloudconnexa)
    assert len(client.dns.list().to_list()) == 3
    assert fake_cloudconnexa.count(path=DNS, status=429) == 5
    # Retry-After wins over the (shorter) exponential backoff: five waits of at least 7 s.
    assert len([s for s in sleeps if s >= 7]) == 5, sleeps


def test_429_is_retried_for_post_too(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(429, times=2, path=DNS, method="POST", headers={"Retry-After": "1"})
    connect(fake_cloudconnexa).dns.create(domain="after-429.internal")
    assert fake_cloudconnexa.count(path=DNS, method="POST") == 3
    assert fake_cloudconnexa.count(path=DNS, method="POST", status=201) == 1


def test_5xx_burst_on_get_is_retried(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(2)
    fake_cloudconnexa.faults.add(503, times=2, path=DNS, method="GET")
    assert len(connect(fake_cloudconnexa).dns.list().to_list()) == 2
    assert fake_cloudconnexa.count(path=DNS, method="GET") == 3


def test_5xx_on_post_is_not_retried(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(503, times=1, path=DNS, method="POST")
    client = connect(fake_cloudconnexa)
    with pytest.raises(cloudconnexa.InternalServerError) as caught:
        client.dns.create(domain="never.internal")
    assert caught.value.status_code == 503
    assert fake_cloudconnexa.count(path=DNS, method="POST") == 1
    assert client.dns.list().to_list() == []


def test_persistent_5xx_on_get_ends_in_a_typed_error(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(502, times=None, path=DNS)
    with pytest.raises(cloudconnexa.InternalServerError):
        connect(fake_cloudconnexa, max_retries=2).dns.list().to_list()
    assert fake_cloudconnexa.count(path=DNS) == 3


def test_connection_reset_on_get_is_retried(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(1)
    fake_cloudconnexa.faults.add(times=1, path=DNS, method="GET", reset=True)
    assert len(connect(fake_cloudconnexa).dns.list().to_list()) == 1


def test_connection_reset_on_post_is_a_connection_error(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(times=1, path=DNS, method="POST", reset=True)
    with pytest.raises(cloudconnexa.APIConnectionError):
        connect(fake_cloudconnexa).dns.create(domain="reset.internal")


def test_read_timeout_on_get_is_retried(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(1)
    fake_cloudconnexa.faults.add(times=1, path=DNS, method="GET", delay=2.0)
    client = connect(fake_cloudconnexa, timeout=0.25)
    assert len(client.dns.list().to_list()) == 1


def test_persistent_read_timeout_is_an_api_timeout_error(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(times=None, path=DNS, method="GET", delay=2.0)
    with pytest.raises(cloudconnexa.APITimeoutError):
        connect(fake_cloudconnexa, timeout=0.25, max_retries=1).dns.list().to_list()


def test_truncated_json_body_is_a_validation_error(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(3)
    fake_cloudconnexa.faults.add(times=1, path=DNS, method="GET", truncated=True)
    with pytest.raises(cloudconnexa.APIResponseValidationError, match="not valid JSON"):
        connect(fake_cloudconnexa).dns.list().to_list()


def test_non_json_success_body_is_a_validation_error(fake_cloudconnexa, connect):
    fake_cloudconnexa.faults.add(200, times=1, path=DNS, method="GET", non_json=True)
    with pytest.raises(cloudconnexa.APIResponseValidationError):
        connect(fake_cloudconnexa).dns.list().to_list()


def test_html_502_from_a_proxy_is_retried(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(1)
    fake_cloudconnexa.faults.add(502, times=1, path=DNS, method="GET", non_json=True)
    assert len(connect(fake_cloudconnexa).dns.list().to_list()) == 1


def test_token_expiry_mid_run_refreshes_once(fake_cloudconnexa, connect):
    fake_cloudconnexa.seed.dns_records(2)
    client = connect(fake_cloudconnexa)
    assert len(client.dns.list().to_list()) == 2
    fake_cloudconnexa.expire_all_tokens()
    assert len(client.dns.list().to_list()) == 2
    assert fake_cloudconnexa.token_requests == 2
    assert fake_cloudconnexa.count(path=DNS, status=401) == 1


@pytest.mark.parametrize("record_id", ["../users", "..%2Fusers", "a/../../users", "x?page=0", "x#frag", "%00"])
def test_path_traversal_ids_are_escaped_and_hit_404(fake_cloudconnexa, connect, record_id):
    fake_cloudconnexa.seed.users(1)
    with pytest.raises(cloudconnexa.NotFoundError):
        connect(fake_cloudconnexa).dns.get(record_id)
    paths = [r.path for r in fake_cloudconnexa.requests if not r.path.endswith("/oauth/token")]
    assert len(paths) == 1
    assert paths[0].startswith(f"{DNS}/")
