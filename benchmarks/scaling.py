"""8. Concurrency that scales, and memory per pending call.

(a) 1,000 `aclient.dns.get(id)` gathered at once against a server in a child process that
holds every answer 50 ms: the SDK with `max_concurrency=10` and `=100`, against raw httpx
tuned by hand: a semaphore of 10 on a pool of 10, a semaphore of 100 on one pool of 100,
and a semaphore of 100 on pools sharded by hand (`_RawShards`: ten pools of 10, and a pool
per connection as the SDK does, since httpcore's per-request bookkeeping grows with its
pool). The server is the canned one (`_canned`), not the fake: the fake spends
about a millisecond per answer, so at 100 in flight it set the pace (about 300 req/s for
every client) and the benchmark measured it. The ceiling is now 100 in flight / 50 ms =
2,000 req/s, and what stops a client short of it is its own CPU per call, reported too
(this process's CPU time; the server's is another process's). A new client per round;
rounds interleaved (the latency-bound variants and one pool of 100 in the first 3 only);
req/s of successful calls, best and median.
(b) tracemalloc of 10,000 gathered calls all waiting (the transport holds every request):
bytes per pending call, SDK against raw gathered naively and raw behind a semaphore.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import ssl
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx

import cloudconnexa
from cloudconnexa_generated.v1_1_0.models.dns_record_response import DnsRecordResponse

from ._common import TOKEN_PATH, Section, canned_handler, dns_record, min_median
from ._server import canned_process

__all__ = ["run"]


async def _token(info: dict[str, Any]) -> str:
    async with httpx.AsyncClient(base_url=info["base_url"]) as http:
        reply = await http.post(
            TOKEN_PATH, params={"grant_type": "client_credentials"}, auth=(info["client_id"], info["client_secret"])
        )
        token: str = reply.json()["access_token"]
        return token


async def _raw(info: dict[str, Any], calls: int, bound: int, transport: httpx.AsyncBaseTransport) -> int:
    headers = {"Authorization": f"Bearer {await _token(info)}"}
    semaphore = asyncio.Semaphore(bound)
    async with httpx.AsyncClient(base_url=info["base_url"], headers=headers, transport=transport) as http:

        async def get(record_id: str) -> DnsRecordResponse:
            async with semaphore:
                response = await http.get(f"/api/v1/dns-records/{record_id}")
                response.raise_for_status()
                return DnsRecordResponse.from_dict(json.loads(response.content))

        return await _gather(get, info["ids"], calls)


async def _sdk(info: dict[str, Any], calls: int, bound: int) -> int:
    async with cloudconnexa.AsyncClient(
        info["base_url"], client_id=info["client_id"], client_secret=info["client_secret"], max_concurrency=bound
    ) as client:
        return await _gather(client.dns.get, info["ids"], calls)


async def _gather(get: Callable[[str], Awaitable[Any]], ids: list[str], calls: int) -> int:
    results = await asyncio.gather(*(get(ids[i % len(ids)]) for i in range(calls)), return_exceptions=True)
    return sum(isinstance(result, BaseException) for result in results)


def _pool(size: int, ssl_context: ssl.SSLContext | None = None) -> httpx.AsyncHTTPTransport:
    limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
    return httpx.AsyncHTTPTransport(limits=limits, verify=ssl_context or True)


class _RawShards(httpx.AsyncBaseTransport):
    """A raw user's sharded pool: `count` pools of `size`, one SSL context, the least loaded
    pool for each request (written here, not imported from the SDK)."""

    def __init__(self, count: int, size: int) -> None:
        context = httpx.create_ssl_context()
        self.pools = [_pool(size, context) for _ in range(count)]
        self.in_flight = [0] * count

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self.in_flight.index(min(self.in_flight))
        self.in_flight[index] += 1
        try:
            response = await self.pools[index].handle_async_request(request)
            await response.aread()
        finally:
            self.in_flight[index] -= 1
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()


VARIANTS: dict[str, Callable[[dict[str, Any], int], Coroutine[Any, Any, int]]] = {
    "sdk max_concurrency=10": lambda info, calls: _sdk(info, calls, 10),
    "sdk max_concurrency=100": lambda info, calls: _sdk(info, calls, 100),
    "raw semaphore 10, pool 10": lambda info, calls: _raw(info, calls, 10, _pool(10)),
    "raw semaphore 100, pool 100": lambda info, calls: _raw(info, calls, 100, _pool(100)),
    "raw semaphore 100, 10 pools of 10": lambda info, calls: _raw(info, calls, 100, _RawShards(10, 10)),
    "raw semaphore 100, 100 pools of 1": lambda info, calls: _raw(info, calls, 100, _RawShards(100, 1)),
}
# Bound by latency (10 in flight / 50 ms) or by one big pool's bookkeeping, these are far
# from the others: a few rounds tell their rate, and keep the benchmark short.
FEW_ROUNDS = {"sdk max_concurrency=10", "raw semaphore 10, pool 10", "raw semaphore 100, pool 100"}


def _throughput(section: Section, calls: int, latency: float, rounds: int) -> None:
    rates: dict[str, list[float]] = {name: [] for name in VARIANTS}
    cpu: dict[str, list[float]] = {name: [] for name in VARIANTS}
    with canned_process(records=100, latency=latency) as info:
        for variant in VARIANTS.values():  # warm-up: imports, first connections
            asyncio.run(variant(info, 20))
        for round_, (name, variant) in itertools.product(range(rounds), VARIANTS.items()):
            if name in FEW_ROUNDS and round_ >= 3:
                continue
            start, started_cpu = time.perf_counter(), time.process_time()
            errors = asyncio.run(variant(info, calls))
            rates[name].append((calls - errors) / (time.perf_counter() - start))
            cpu[name].append((time.process_time() - started_cpu) / calls)
            section.check(errors == 0, f"scaling, {name}: {errors} errors")
    best = {name: max(values) for name, values in rates.items()}
    med = {name: statistics.median(values) for name, values in rates.items()}
    for name in VARIANTS:
        section.add(f"{name}: req/s (best / median {med[name]:.0f})", round(best[name]), "req/s")
        low, mid = min_median(cpu[name])
        section.add(f"{name}: client CPU per call (min / median {mid * 1e6:.0f})", round(low * 1e6), "µs")
    best_raw = max(v for k, v in best.items() if k.startswith("raw"))
    med_raw = max(v for k, v in med.items() if k.startswith("raw"))
    sdk100, sdk10 = "sdk max_concurrency=100", "sdk max_concurrency=10"
    section.add(
        "SDK 100 / SDK 10 (best)", round(best[sdk100] / best[sdk10], 2), "x", ">= 1", best[sdk100] >= best[sdk10]
    )
    section.add("SDK 100 / SDK 10 (median)", round(med[sdk100] / med[sdk10], 2), "x")
    section.add("SDK 100 / best raw (best)", round(best[sdk100] / best_raw, 3), "x", ">= 1", best[sdk100] >= best_raw)
    section.add("SDK 100 / best raw (median)", round(med[sdk100] / med_raw, 3), "x", ">= 1", med[sdk100] >= med_raw)


class _Held(httpx.AsyncBaseTransport):
    """Holds every request until released; answers the token at once."""

    def __init__(self) -> None:
        self.handler = canned_handler(dns_record(1))
        self.release = asyncio.Event()
        self.waiting = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != TOKEN_PATH:
            self.waiting += 1
            await self.release.wait()
        return self.handler(request)


async def _pending_bytes(kind: str, calls: int) -> float:
    """Traced bytes per call while `calls` gathered calls are all pending."""
    record_id = dns_record(1)["id"]
    transport = _Held()
    base = "https://acme.api.openvpn.com"
    if kind == "sdk":
        client = cloudconnexa.AsyncClient(
            base, client_id="i", client_secret="s", http_client=httpx.AsyncClient(transport=transport)
        )
        await client.dns.get_many([])  # token, imports
        call: Callable[[], Awaitable[Any]] = lambda: client.dns.get(record_id)  # noqa: E731
    else:
        http = httpx.AsyncClient(transport=transport, base_url=base)
        semaphore = asyncio.Semaphore(10)

        async def raw_get() -> Any:
            response = await http.get(f"/api/v1/dns-records/{record_id}")
            return DnsRecordResponse.from_dict(json.loads(response.content))

        async def tuned() -> Any:
            async with semaphore:
                return await raw_get()

        call = tuned if kind == "raw semaphore 10" else raw_get
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.ensure_future(call()) for _ in range(calls)]
    for _ in range(20):
        await asyncio.sleep(0)
    held = tracemalloc.get_traced_memory()[0] - baseline
    tracemalloc.stop()
    transport.release.set()
    await asyncio.gather(*tasks)
    return held / calls


def _memory(section: Section, calls: int) -> None:
    per_call = {kind: asyncio.run(_pending_bytes(kind, calls)) for kind in ("sdk", "raw naive", "raw semaphore 10")}
    for kind, value in per_call.items():
        section.add(f"{calls:,} pending calls: {kind}, bytes per call", round(value), "B")
    ratio = per_call["sdk"] / per_call["raw naive"]
    section.add("memory per pending call: SDK / raw naive", round(ratio, 3), "x", "<= 1", ratio <= 1)
    section.add(
        "memory per pending call: SDK / raw semaphore", round(per_call["sdk"] / per_call["raw semaphore 10"], 3), "x"
    )
    section.check(ratio <= 1, f"scaling: {per_call['sdk']:.0f} B per pending SDK call, raw {per_call['raw naive']:.0f}")


def run(quick: bool = False) -> Section:
    section = Section("8. concurrency that scales")
    if quick:
        _throughput(section, calls=100, latency=0.01, rounds=1)
        _memory(section, calls=1000)
    else:
        _throughput(section, calls=1000, latency=0.05, rounds=10)
        _memory(section, calls=10_000)
    return section
