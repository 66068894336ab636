"""7. Listing 20,000 DNS records (20 pages of 1000) from a server that takes 50 ms a request.

SDK `list().to_list()` (sync and async) against the best raw httpx listing: page 0, then
every other page at once (a thread per page / `asyncio.gather`), each parsed into
`PageDnsRecordResponse` like the SDK does. Both sides use the same transport, which waits
50 ms (`time.sleep` / `asyncio.sleep`) and returns a prepared page, so the run measures the
schedule of requests plus the client's CPU, without a server competing for the 2 cores.
Correctness: every record in order, exactly ceil(N / 1000) page requests.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

import cloudconnexa
from cloudconnexa_generated.v1_2_3.models.page_dns_record_response import PageDnsRecordResponse

from ._common import TOKEN_PATH, Section, dns_record, min_median, time_rounds

__all__ = ["run"]

GOAL = 1.15
BASE = "https://acme.api.openvpn.com"
TOKEN = json.dumps({"access_token": "bench-token", "expires_in": 43199}).encode()
HEADERS = {"Content-Type": "application/json", "X-RateLimit-Remaining": "1000",
           "X-RateLimit-Replenish-Rate": "1000", "X-RateLimit-Replenish-Time": "1"}  # fmt: skip


class Listing:
    """Prepared pages of `total` records and a count of page requests."""

    def __init__(self, total: int, size: int = 1000) -> None:
        records = [dns_record(i, str(uuid.UUID(int=i + 1))) for i in range(total)]
        self.pages = -(-total // size)
        self.bodies = [
            json.dumps(
                {
                    "content": records[n * size : (n + 1) * size],
                    "page": n,
                    "size": size,
                    "numberOfElements": len(records[n * size : (n + 1) * size]),
                    "totalElements": total,
                    "totalPages": self.pages,
                }
            ).encode()  # fmt: skip
            for n in range(self.pages)
        ]
        self.requests = 0
        self._lock = threading.Lock()

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, headers=HEADERS, content=TOKEN)
        with self._lock:
            self.requests += 1
        return httpx.Response(200, headers=HEADERS, content=self.bodies[int(request.url.params["page"])])


class SlowTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, listing: Listing, latency: float) -> None:
        self.listing, self.latency = listing, latency

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self.latency)
        return self.listing.answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self.latency)
        return self.listing.answer(request)


def _parse(response: httpx.Response) -> PageDnsRecordResponse:
    return PageDnsRecordResponse.from_dict(json.loads(response.content))


def _raw_sync(http: httpx.Client) -> list[Any]:
    def get(n: int) -> PageDnsRecordResponse:
        return _parse(http.get("/api/v1/dns-records", params={"page": n, "size": 1000}))

    first = get(0)
    with ThreadPoolExecutor(max(1, first.total_pages - 1)) as pool:
        rest = list(pool.map(get, range(1, first.total_pages)))
    return [record for page in (first, *rest) for record in page.content]


async def _raw_async(http: httpx.AsyncClient) -> list[Any]:
    async def get(n: int) -> PageDnsRecordResponse:
        return _parse(await http.get("/api/v1/dns-records", params={"page": n, "size": 1000}))

    first = await get(0)
    rest = await asyncio.gather(*(get(n) for n in range(1, first.total_pages)))
    return [record for page in (first, *rest) for record in page.content]


def run(quick: bool = False) -> Section:
    section = Section("7. listing 20,000 records at 50 ms a request")
    total, latency, rounds = (2500, 0.01, 2) if quick else (20_000, 0.05, 9)
    listing = Listing(total)
    transport = SlowTransport(listing, latency)
    auth = {"Authorization": "Bearer bench-token"}
    loop = asyncio.new_event_loop()
    with (
        httpx.Client(transport=transport, base_url=BASE, headers=auth) as raw_sync,
        cloudconnexa.Client(
            BASE, client_id="i", client_secret="s", http_client=httpx.Client(transport=transport)
        ) as sdk_sync,
    ):
        raw_async = httpx.AsyncClient(transport=transport, base_url=BASE, headers=auth)
        sdk_async = cloudconnexa.AsyncClient(
            BASE, client_id="i", client_secret="s", http_client=httpx.AsyncClient(transport=transport)
        )
        variants = {
            "sdk sync": lambda: sdk_sync.dns.list().to_list(),
            "raw sync": lambda: _raw_sync(raw_sync),
            "sdk async": lambda: loop.run_until_complete(sdk_async.dns.list().to_list()),
            "raw async": lambda: loop.run_until_complete(_raw_async(raw_async)),
        }
        want = [str(uuid.UUID(int=i + 1)) for i in range(total)]
        for name, variant in variants.items():  # warm-up doubles as the correctness check
            listing.requests = 0
            got = [str(record.id) for record in variant()]
            section.check(got == want, f"listing, {name}: records missing or out of order")
            section.check(listing.requests == listing.pages, f"listing, {name}: {listing.requests} page requests")
        samples = time_rounds(variants, rounds)
        loop.run_until_complete(sdk_async.aclose())
        loop.run_until_complete(raw_async.aclose())
    loop.close()
    floor = 2 * latency  # page 0, then everything else at once
    for kind in ("sync", "async"):
        sdk_min, sdk_med = min_median(samples[f"sdk {kind}"])
        raw_min, raw_med = min_median(samples[f"raw {kind}"])
        section.add(f"{kind}: SDK ms (min / median {sdk_med * 1e3:.0f})", round(sdk_min * 1e3), "ms")
        section.add(f"{kind}: raw page 0 then all at once, ms (min / median {raw_med * 1e3:.0f})",
                    round(raw_min * 1e3), "ms")  # fmt: skip
        section.add(
            f"{kind}: SDK / raw (min)", round(sdk_min / raw_min, 3), "x", f"<= {GOAL}", sdk_min / raw_min <= GOAL
        )
        section.add(f"{kind}: SDK / raw (median)", round(sdk_med / raw_med, 3), "x")
        section.add(f"{kind}: sequential floor {listing.pages} x {latency * 1e3:.0f} ms / SDK (min)",
                    round(listing.pages * latency / sdk_min, 2), "x")  # fmt: skip
    section.notes.append(f"latency floor {floor * 1e3:.0f} ms")
    section.add("page requests per listing", listing.pages, "requests", f"= {listing.pages}", True)
    return section
