"""2. Async at high concurrency: 1,000 `aclient.dns.get(id)` gathered at once.

Against plain `httpx.AsyncClient` gathered at once (default limits: 100 connections, 20
kept alive, 5 s pool timeout; and 100/100), and against the best-tuned raw client (at most
10 requests in flight through an `asyncio.Semaphore`). Same fake server over loopback, in a
child process so that its CPU does not share this process's GIL with the clients.
Errors are counted per exception type, never raised.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx

import cloudconnexa
from cloudconnexa import DEFAULT_API_VERSION
from cloudconnexa_generated.v1_2_3.models.dns_record_response import DnsRecordResponse

from ._common import TOKEN_PATH, Section
from ._server import fake_process, fast_fake

__all__ = ["run"]

Get = Callable[[str], Awaitable[Any]]
_CPU: list[float] = []  # client CPU seconds of the last `_gather`


async def _gather(get: Get, ids: list[str], calls: int) -> tuple[float, collections.Counter[str]]:
    start, cpu = time.perf_counter(), time.process_time()
    results = await asyncio.gather(*(get(ids[i % len(ids)]) for i in range(calls)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    # This process's CPU per call: where the time goes when the server is elsewhere.
    _CPU.append(time.process_time() - cpu)
    errors: collections.Counter[str] = collections.Counter()
    for result in results:
        if isinstance(result, BaseException):
            # The SDK wraps transport errors; name the httpx cause too (PoolTimeout...).
            cause = result.__cause__
            name = type(result).__name__ + (f"<{type(cause).__name__}>" if cause else "")
            errors[name] += 1
    return elapsed, errors


async def _raw_token(info: dict[str, Any]) -> str:
    async with httpx.AsyncClient(base_url=info["base_url"]) as http:
        reply = await http.post(
            TOKEN_PATH, params={"grant_type": "client_credentials"}, auth=(info["client_id"], info["client_secret"])
        )
        token: str = reply.json()["access_token"]
        return token


async def _variant(name: str, info: dict[str, Any], calls: int) -> tuple[float, collections.Counter[str]]:
    """One fresh client per round, so connection setup is part of every variant."""
    ids = info["ids"]
    if name == "sdk":
        async with cloudconnexa.AsyncClient(
            info["base_url"], client_id=info["client_id"], client_secret=info["client_secret"]
        ) as client:
            return await _gather(client.dns.get, ids, calls)
    token = await _raw_token(info)
    headers = {"Authorization": f"Bearer {token}"}
    limits = {"raw naive (100/100)": httpx.Limits(max_connections=100, max_keepalive_connections=100)}
    async with httpx.AsyncClient(
        base_url=info["base_url"],
        headers=headers,
        limits=limits.get(name, httpx.Limits(max_connections=100, max_keepalive_connections=20)),
    ) as http:
        semaphore = asyncio.Semaphore(10)

        async def get(record_id: str) -> DnsRecordResponse:
            response = await http.get(f"/api/v1/dns-records/{record_id}")
            response.raise_for_status()
            return DnsRecordResponse.from_dict(json.loads(response.content))

        async def tuned(record_id: str) -> DnsRecordResponse:
            async with semaphore:
                return await get(record_id)

        return await _gather(tuned if name == "raw tuned (10 in flight)" else get, ids, calls)


VARIANTS = ["sdk", "raw naive (default limits)", "raw naive (100/100)", "raw tuned (10 in flight)"]


@contextlib.contextmanager
def _in_thread(records: int) -> Iterator[dict[str, Any]]:
    with fast_fake(DEFAULT_API_VERSION) as server:
        ids = [record["id"] for record in server.seed.dns_records(records)]
        yield {
            "base_url": server.base_url,
            "client_id": server.client_id,
            "client_secret": server.client_secret,
            "ids": ids,
        }


def _measure(
    section: Section,
    where: str,
    info: dict[str, Any],
    calls: int,
    rounds: int,
    goals: bool,
    variants: list[str] = VARIANTS,
) -> None:
    rates: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    errors: dict[str, collections.Counter[str]] = {name: collections.Counter() for name in variants}
    for _ in range(rounds):
        for name in variants:  # interleaved, so drift hits every variant alike
            elapsed, errs = asyncio.run(_variant(name, info, calls))
            rates[name].append((calls - sum(errs.values())) / elapsed)
            cpu[name].append(_CPU[-1] / calls)
            errors[name] += errs
    best = {name: max(values) for name, values in rates.items()}
    for name in variants:
        median = sorted(rates[name])[len(rates[name]) // 2]
        section.add(f"{where}: {name} req/s (best / median {median:.0f})", round(best[name]), "req/s")
        section.add(f"{where}: {name} client CPU per call (min)", round(min(cpu[name]) * 1e6), "µs")
        section.add(
            f"{where}: {name} errors over {rounds} rounds {dict(errors[name]) or ''}".rstrip(),
            sum(errors[name].values()),
            "count",
        )
    section.check(not errors["sdk"], f"{where}: SDK errors {dict(errors['sdk'])}")
    section.check(not errors["raw tuned (10 in flight)"], f"{where}: tuned raw errors")
    tuned = best["raw tuned (10 in flight)"]
    section.add(
        f"{where}: SDK / raw tuned",
        round(best["sdk"] / tuned, 2),
        "x",
        ">= 0.9x" if goals else "",
        best["sdk"] / tuned >= 0.9 if goals else None,
    )
    if "raw naive (default limits)" not in best:
        return
    # Every naive request may fail (PoolTimeout): then the ratio is infinite.
    naive = best["raw naive (default limits)"] or float("nan")
    ratio = best["sdk"] / naive if naive == naive else float("inf")
    section.add(
        f"{where}: SDK / raw naive", round(ratio, 2), "x", ">= 2x" if goals else "", ratio >= 2 if goals else None
    )


def run(quick: bool = False) -> Section:
    section = Section("2. async, 1,000 concurrent dns.get")
    if quick:
        with _in_thread(20) as info:
            _measure(section, "in-thread", info, calls=60, rounds=1, goals=False)
        return section
    with fake_process(DEFAULT_API_VERSION, records=100) as info:
        _measure(section, "server process", info, calls=1000, rounds=2, goals=True)
    # The same server on a thread of this process, to show why the child process is used.
    with _in_thread(100) as info:
        _measure(
            section,
            "in-thread server",
            info,
            calls=1000,
            rounds=1,
            goals=False,
            variants=["sdk", "raw tuned (10 in flight)"],
        )
    return section
