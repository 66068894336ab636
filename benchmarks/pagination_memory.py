"""5. Pagination memory: iterating a listing holds about one page, whatever the total.

Pages come from an `httpx.MockTransport` that builds each one on the fly, so no server
store is in the measurement. tracemalloc's peak is taken while iterating every record
(page size 1000) of a small and a ten-times-larger listing: O(page), not O(total).
"""

from __future__ import annotations

import json
import math
import tracemalloc

import httpx

import cloudconnexa

from ._common import RATE_HEADERS, TOKEN_PATH, Section, dns_record

__all__ = ["run"]

# Linear growth would give 10x. The peak is the look-ahead (up to 20 pages started ahead
# of the one being iterated, at the default max_concurrency, waiting as unparsed bodies)
# plus the page being iterated, plus responses awaiting the cyclic GC:
# httpx's `Response` and its `BoundSyncStream` point at each other, so each page's body is
# freed by a collection, not at once, and the peak steps up until the first gen-2 collection
# (seen between 5k and 20k records) and then stays flat.
RATIO_BOUND = 2.0


def _handler(total: int) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json={"access_token": "t", "expires_in": 43199})
        page = int(request.url.params.get("page", 0))
        size = int(request.url.params.get("size", 10))
        first = page * size
        content = [dns_record(i) for i in range(first, min(first + size, total))]
        body = {
            "content": content,
            "page": page,
            "size": size,
            "numberOfElements": len(content),
            "totalElements": total,
            "totalPages": math.ceil(total / size),
            "success": True,
        }
        return httpx.Response(200, headers=RATE_HEADERS, content=json.dumps(body).encode())

    return httpx.MockTransport(handle)


def _peak(total: int) -> tuple[int, int, int]:
    """(peak bytes while iterating, records seen, requests sent)."""
    transport = _handler(total)
    requests = 0

    def count(request: httpx.Request) -> None:
        nonlocal requests
        requests += request.url.path != TOKEN_PATH

    http = httpx.Client(transport=transport, event_hooks={"request": [count]})
    with cloudconnexa.Client(
        "https://acme.api.openvpn.com", client_id="id", client_secret="secret", http_client=http
    ) as client:
        client.dns.get_many  # noqa: B018 - import the resource before measuring
        tracemalloc.start()
        try:
            baseline = tracemalloc.get_traced_memory()[0]
            seen = 0
            for _record in client.dns.list(page_size=1000):
                seen += 1
            peak = tracemalloc.get_traced_memory()[1] - baseline
        finally:
            tracemalloc.stop()
    http.close()
    return peak, seen, requests


def run(quick: bool = False) -> Section:
    section = Section("5. pagination memory (page size 1000)")
    # Both totals exceed the look-ahead (20 pages), so both peaks include all of it.
    small, large = (24_000, 72_000) if quick else (24_000, 240_000)
    peaks = {}
    for total in (small, large):
        peak, seen, requests = _peak(total)
        peaks[total] = peak
        section.check(seen == total, f"memory: saw {seen} of {total} records")
        section.check(requests == math.ceil(total / 1000), f"memory: {requests} requests")
        section.add(f"peak while iterating {total:,} records", round(peak / 1e6, 2), "MB")
    ratio = peaks[large] / peaks[small]
    section.add(f"peak {large:,} / peak {small:,}", round(ratio, 3), "x", f"<= {RATIO_BOUND}", ratio <= RATIO_BOUND)
    section.check(ratio <= RATIO_BOUND, f"memory: peak grew {ratio:.2f}x with the total")
    return section
