"""4. A bulk job under the realistic rate limit, in simulated time.

The fake server (burst 20, then one request per 15 s) and the client share a `ManualClock`:
the client's waits advance it instead of sleeping, so hours of throttling run in seconds.
The floor for R requests (token request included) is max(0, R - 20) * 15 s.
"""

from __future__ import annotations

import httpx

import cloudconnexa
from cloudconnexa.testing import REALISTIC, FakeCloudConnexa, ManualClock

from ._common import Section

__all__ = ["run"]

GOAL = 1.05


def run(quick: bool = False) -> Section:
    section = Section("4. realistic rate limit (simulated time)")
    count = 10 if quick else 100
    clock = ManualClock()
    server = FakeCloudConnexa(
        "1.1.0", rate_limit="realistic", clock=clock, validate_responses=False
    )  # in process: never started
    failures = 0
    with cloudconnexa.Client(
        server.base_url,
        client_id=server.client_id,
        client_secret=server.client_secret,
        http_client=httpx.Client(transport=server.transport()),
        _clock=clock.now,
        _sleep=clock.sleep,
    ) as client:
        start = clock.now()
        created = []
        for i in range(count):
            try:
                created.append(client.dns.create(domain=f"bulk-{i}.internal", ipv4_addresses=["10.1.0.1"]))
            except cloudconnexa.CloudConnexaError:
                failures += 1
        for record in created:
            try:
                client.dns.delete(str(record.id))
            except cloudconnexa.CloudConnexaError:
                failures += 1
        elapsed = clock.now() - start
    requests = len(server.requests)  # every request that reached the server, 429s included
    answered = requests - server.count(status=429)
    floor = max(0, answered - REALISTIC.burst) * REALISTIC.per_seconds
    ratio = elapsed / floor if floor else 1.0
    section.add(f"{count} creates + {count} deletes: simulated time", round(elapsed, 1), "s")
    section.add(f"floor for {answered} requests incl. token: (R - 20) * 15 s", floor, "s")
    section.add("simulated time / floor", round(ratio, 3), "x", f"<= {GOAL}", ratio <= GOAL)
    section.add("429 answers received", server.count(status=429), "count", "few")
    section.add("failed calls", failures, "count", "= 0", failures == 0)
    section.check(failures == 0, f"rate limit: {failures} calls failed")
    section.check(answered == 2 * count + 1, f"rate limit: {answered} answered, want {2 * count + 1}")
    section.check(len(server.store.collection("/api/v1/dns-records")) == 0, "rate limit: records left behind")
    return section
