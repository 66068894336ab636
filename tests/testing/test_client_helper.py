"""`server.client()` / `server.async_client()`: a client wired to the fake, on its clock."""

from __future__ import annotations

import pytest

from cloudconnexa.testing import FakeCloudConnexa, ManualClock


def test_rate_limited_bulk_job_runs_in_simulated_time(fake_cloudconnexa_factory):
    server = fake_cloudconnexa_factory(rate_limit="realistic", clock=ManualClock())
    server.seed.dns_records(3)
    with server.client() as client:
        for _ in range(30):
            client.dns.list().to_list()
    assert server.clock.now() >= (31 - 20) * 15  # waited out the bucket, in simulated time
    assert server.count(status=429) == 0  # ... without collecting 429s


def test_unstarted_server_is_reached_in_process():
    server = FakeCloudConnexa("1.0")
    server.seed.user_groups(3)
    with server.client() as client:
        assert len(client.user_groups.list().to_list()) == 3
    assert server.token_requests == 1


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_client_helper(fake_cloudconnexa):
    fake_cloudconnexa.seed.dns_records(2)
    async with fake_cloudconnexa.async_client(max_retries=0) as client:
        assert len(await client.dns.list().to_list()) == 2
