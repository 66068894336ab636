"""4. Bulk jobs under the realistic rate limit, in simulated time.

The fake server (burst 20, then one request per 15 s) and the client share a `ManualClock`
(a virtual-time scheduler: concurrent sleepers overlap), so hours of throttling run in
seconds. Three shapes of the same job, `count` creates then `count` deletes:

* sync loop: one call after another;
* async gather: every create gathered at once, then every delete (`asyncio.gather`);
* threads: 8 threads sharing one sync client.

The floor for R answered requests (token request included) is max(0, R - 20) * 15 s.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import cloudconnexa
from cloudconnexa.testing import REALISTIC, FakeCloudConnexa, ManualClock

from ._common import Section

__all__ = ["run"]

GOAL = 1.02
THREADS = 8
THREAD_SHAPE = f"{THREADS} threads, one sync client"


def _server() -> FakeCloudConnexa:
    return FakeCloudConnexa("1.1.0", rate_limit="realistic", clock=ManualClock(), validate_responses=False)


def _create(client: Any, i: int) -> Any:
    return client.dns.create(domain=f"bulk-{i}.internal", ipv4_addresses=["10.1.0.1"])


def _sync_loop(server: FakeCloudConnexa, count: int) -> int:
    failures = 0
    with server.client() as client:
        created = []
        for i in range(count):
            try:
                created.append(_create(client, i))
            except cloudconnexa.CloudConnexaError:
                failures += 1
        for record in created:
            try:
                client.dns.delete(str(record.id))
            except cloudconnexa.CloudConnexaError:
                failures += 1
    return failures


def _async_gather(server: FakeCloudConnexa, count: int) -> int:
    async def job() -> int:
        async with server.async_client() as client:
            created = await asyncio.gather(*(_create(client, i) for i in range(count)), return_exceptions=True)
            records = [r for r in created if not isinstance(r, BaseException)]
            deleted = await asyncio.gather(*(client.dns.delete(str(r.id)) for r in records), return_exceptions=True)
            return (count - len(records)) + sum(isinstance(d, BaseException) for d in deleted)

    return asyncio.run(job())


def _threads(server: FakeCloudConnexa, count: int) -> int:
    def attempt(call: Callable[[], Any]) -> Any:
        try:
            return call()
        except cloudconnexa.CloudConnexaError as exc:
            return exc

    with server.client() as client, ThreadPoolExecutor(THREADS) as pool:
        created = list(pool.map(lambda i: attempt(lambda: _create(client, i)), range(count)))
        records = [r for r in created if not isinstance(r, Exception)]
        deleted = list(pool.map(lambda r: attempt(lambda: client.dns.delete(str(r.id))), records))
    return (count - len(records)) + sum(isinstance(d, Exception) for d in deleted)


SHAPES: dict[str, Callable[[FakeCloudConnexa, int], int]] = {
    "sync loop": _sync_loop,
    "async gather": _async_gather,
    THREAD_SHAPE: _threads,
}


def run(quick: bool = False) -> Section:
    section = Section("4. realistic rate limit (simulated time)")
    count = 30 if quick else 200
    for shape, job in SHAPES.items():
        server = _server()  # in process: never started
        clock = server.clock
        start = clock.now()
        failures = job(server, count)
        elapsed = clock.now() - start
        requests = len(server.requests)  # every request that reached the server, 429s included
        throttled = server.count(status=429)
        answered = requests - throttled
        floor = max(0, answered - REALISTIC.burst) * REALISTIC.per_seconds
        ratio = elapsed / floor if floor else 1.0
        label = f"{shape}, {count} creates + {count} deletes"
        section.add(f"{label}: simulated time / floor ({elapsed:.0f} s / {floor:.0f} s)", round(ratio, 4), "x",
                    f"<= {GOAL}", ratio <= GOAL)  # fmt: skip
        section.add(f"{label}: 429 answers", throttled, "count", "= 0", throttled == 0)
        section.add(f"{label}: failed calls", failures, "count", "= 0", failures == 0)
        section.check(failures == 0, f"rate limit, {shape}: {failures} calls failed")
        section.check(throttled == 0, f"rate limit, {shape}: {throttled} answers of 429")
        section.check(answered == 2 * count + 1, f"rate limit, {shape}: {answered} answered, want {2 * count + 1}")
        section.check(not server.store.collection("/api/v1/dns-records"), f"rate limit, {shape}: records left")
    return section
