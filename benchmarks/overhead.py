"""1. Per-call CPU overhead of `client.dns.get(id)` (sync and async) against plain httpx.

Both sides do the same work: one GET, JSON decode, `DnsRecordResponse.from_dict`.
(a) over the same `httpx.MockTransport` with a canned 200 (pure client CPU), timed with
`time.process_time` (this process's CPU: steadier than wall time on a shared machine),
sync and async (the async calls awaited one after another in one event loop);
(b) end to end over loopback against the fake server (validation off on the server),
wall-clock time.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

import cloudconnexa
from cloudconnexa import DEFAULT_API_VERSION
from cloudconnexa_generated.v1_2_3.models.dns_record_response import DnsRecordResponse

from ._common import TOKEN_PATH, Section, canned_handler, dns_record, min_median, time_rounds
from ._server import fast_fake

__all__ = ["run"]

GOAL = 1.10


def _raw_get(http: httpx.Client, record_id: str, token: str) -> DnsRecordResponse:
    response = http.get(f"/api/v1/dns-records/{record_id}", headers={"Authorization": f"Bearer {token}"})
    return DnsRecordResponse.from_dict(json.loads(response.content))


def _compare(
    section: Section,
    label: str,
    sdk: Callable[[], Any],
    raw: Callable[[], Any],
    calls: int,
    rounds: int,
    goal: float | None,
    timer: Callable[[], float] = time.perf_counter,
    per_call: int = 1,
) -> None:
    sdk(), raw()  # warm up: token, imports, connections

    def loop(func: Callable[[], Any]) -> Callable[[], None]:
        def run_calls() -> None:
            for _ in range(calls):
                func()

        return run_calls

    samples = time_rounds({"sdk": loop(sdk), "raw": loop(raw)}, rounds, timer)
    sdk_min, sdk_med = (s / (calls * per_call) * 1e6 for s in min_median(samples["sdk"]))
    raw_min, raw_med = (s / (calls * per_call) * 1e6 for s in min_median(samples["raw"]))
    section.add(f"{label}: SDK per call (min)", round(sdk_min, 1), "µs")
    section.add(f"{label}: SDK per call (median)", round(sdk_med, 1), "µs")
    section.add(f"{label}: raw httpx per call (min)", round(raw_min, 1), "µs")
    section.add(f"{label}: raw httpx per call (median)", round(raw_med, 1), "µs")
    ratio_goal = f"<= {goal:.2f}x" if goal else ""
    section.add(
        f"{label}: SDK / raw (min)",
        round(sdk_min / raw_min, 3),
        "x",
        ratio_goal,
        None if goal is None else sdk_min / raw_min <= goal,
    )
    section.add(f"{label}: SDK / raw (median)", round(sdk_med / raw_med, 3), "x")


def _mock(section: Section, calls: int, rounds: int) -> None:
    record = dns_record(7)
    handler = canned_handler(record)
    base = "https://acme.api.openvpn.com"
    raw_http = httpx.Client(transport=httpx.MockTransport(handler), base_url=base)
    sdk_http = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        raw_http,
        sdk_http,
        cloudconnexa.Client(base, client_id="id", client_secret="secret", http_client=sdk_http) as client,
    ):
        got = client.dns.get(record["id"])
        section.check(str(got.id) == record["id"], "mock: SDK returned the wrong record")
        _compare(
            section,
            "MockTransport",
            lambda: client.dns.get(record["id"]),
            lambda: _raw_get(raw_http, record["id"], "bench-token"),
            calls,
            rounds,
            GOAL,
            time.process_time,
        )


async def _raw_aget(http: httpx.AsyncClient, record_id: str, token: str) -> DnsRecordResponse:
    response = await http.get(f"/api/v1/dns-records/{record_id}", headers={"Authorization": f"Bearer {token}"})
    return DnsRecordResponse.from_dict(json.loads(response.content))


def _mock_async(section: Section, calls: int, rounds: int) -> None:
    record = dns_record(7)
    handler = canned_handler(record)
    base = "https://acme.api.openvpn.com"
    loop = asyncio.new_event_loop()
    raw_http = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=base)
    sdk_http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = cloudconnexa.AsyncClient(base, client_id="id", client_secret="secret", http_client=sdk_http)

    def batch(call: Callable[[], Any]) -> Callable[[], Any]:
        async def run_calls() -> None:
            for _ in range(calls):
                await call()

        return lambda: loop.run_until_complete(run_calls())

    got = loop.run_until_complete(client.dns.get(record["id"]))
    section.check(str(got.id) == record["id"], "mock async: SDK returned the wrong record")
    _compare(
        section,
        "async MockTransport",
        batch(lambda: client.dns.get(record["id"])),
        batch(lambda: _raw_aget(raw_http, record["id"], "bench-token")),
        1,
        rounds,
        GOAL,
        time.process_time,
        per_call=calls,
    )
    loop.run_until_complete(client.aclose())
    loop.run_until_complete(raw_http.aclose())
    loop.run_until_complete(sdk_http.aclose())
    loop.close()


def _loopback(section: Section, calls: int, rounds: int) -> None:
    with fast_fake(DEFAULT_API_VERSION) as server:
        record_id = server.seed.dns_records(1)[0]["id"]
        with (
            httpx.Client(base_url=server.base_url) as raw_http,
            cloudconnexa.Client(
                server.base_url, client_id=server.client_id, client_secret=server.client_secret
            ) as client,
        ):
            token = raw_http.post(
                TOKEN_PATH, params={"grant_type": "client_credentials"}, auth=(server.client_id, server.client_secret)
            ).json()["access_token"]
            _compare(
                section,
                "loopback",
                lambda: client.dns.get(record_id),
                lambda: _raw_get(raw_http, record_id, token),
                calls,
                rounds,
                None,
            )
        section.check(server.count(status=429) == 0, "loopback: unexpected 429")


def run(quick: bool = False) -> Section:
    section = Section("1. per-call overhead (dns.get)")
    _mock(section, calls=20 if quick else 2000, rounds=2 if quick else 15)
    _mock_async(section, calls=20 if quick else 2000, rounds=2 if quick else 15)
    _loopback(section, calls=10 if quick else 500, rounds=2 if quick else 7)
    return section
