"""100 concurrent async requests when the token has expired cause one token request."""

from __future__ import annotations

import anyio
import pytest

import cloudconnexa


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_100_concurrent_requests_after_expiry_refresh_once(fake_cloudconnexa):
    records = fake_cloudconnexa.seed.dns_records(100)
    async with cloudconnexa.AsyncClient(
        fake_cloudconnexa.base_url,
        client_id=fake_cloudconnexa.client_id,
        client_secret=fake_cloudconnexa.client_secret,
    ) as client:
        await client.dns.get(records[0]["id"])
        fake_cloudconnexa.expire_all_tokens()
        found: list[object] = []

        async def read(record_id: str) -> None:
            found.append(await client.dns.get(record_id))

        async with anyio.create_task_group() as group:
            for record in records:
                group.start_soon(read, record["id"])
    assert len(found) == 100
    assert fake_cloudconnexa.token_requests == 2
