"""3. Requests saved: exact request counts from the fake server's log (in process).

* listing N records: SDK default page size (1000) vs the official Go client's 100;
* v1.0 shim `dns.get(id)` at position p: ceil(p / 1000) listing pages (early stop),
  vs 1 GET on v1.1.0;
* `get_many` of k ids: one listing scan on v1.0, k GETs on v1.1.0.
"""

from __future__ import annotations

import math

import httpx

import cloudconnexa
from cloudconnexa.testing import FakeCloudConnexa

from ._common import TOKEN_PATH, Section

__all__ = ["run"]

GO_PAGE_SIZE = 100  # what the official Go client asks for


def _data_requests(server: FakeCloudConnexa) -> int:
    """Requests since the last clear, the token request left out."""
    count = sum(1 for record in server.requests if record.path != TOKEN_PATH)
    server.requests.clear()
    return count


def _client(server: FakeCloudConnexa) -> cloudconnexa.Client:
    return cloudconnexa.Client(
        server.base_url,
        client_id=server.client_id,
        client_secret=server.client_secret,
        api_version=server.api_version,
        http_client=httpx.Client(transport=server.transport()),
    )


def _listing(section: Section, total: int) -> None:
    server = FakeCloudConnexa("1.1.0", validate_responses=False)  # in process: never started
    server.seed.dns_records(total)
    with _client(server) as client:
        for label, size in (("SDK default page size", None), ("Go client (100)", GO_PAGE_SIZE)):
            records = sum(1 for _ in (client.dns.list(page_size=size) if size else client.dns.list()))
            used = _data_requests(server)
            expected = math.ceil(total / (size or 1000))
            section.check(records == total, f"list: {label} saw {records} of {total}")
            section.check(used == expected, f"list: {label} used {used}, want {expected}")
            section.add(f"list {total:,} records: {label}", used, "requests", f"= {expected}", used == expected)


def _v1_0_get(section: Section, positions: list[int], k_values: list[int]) -> None:
    total = max(positions)
    server = FakeCloudConnexa("1.0", validate_responses=False)
    ids = [record["id"] for record in server.seed.dns_records(total)]
    with _client(server) as client:
        for position in positions:
            record = client.dns.get(ids[position - 1])
            used = _data_requests(server)
            expected = math.ceil(position / 1000)
            section.check(str(record.id) == ids[position - 1], f"v1.0 get at {position}: wrong record")
            section.check(used == expected, f"v1.0 get at {position}: {used} requests, want {expected}")
            section.add(f"v1.0 dns.get at position {position:,}", used, "requests", f"= {expected}", used == expected)
        for k in k_values:
            # Spread over the listing; the last id sits at the end, so one full scan.
            wanted = [ids[(i + 1) * total // k - 1] for i in range(k)]
            records = client.dns.get_many(wanted)
            used = _data_requests(server)
            expected = math.ceil(total / 1000)
            section.check([str(r.id) for r in records] == wanted, f"v1.0 get_many({k}): wrong records")
            section.check(used == expected, f"v1.0 get_many({k}): {used} requests, want {expected}")
            section.add(
                f"v1.0 dns.get_many({k} ids, last at {total:,})",
                used,
                "requests",
                f"= {expected} (one scan)",
                used == expected,
            )


def _v1_1_get(section: Section, k_values: list[int]) -> None:
    server = FakeCloudConnexa("1.1.0", validate_responses=False)  # in process: never started
    ids = [record["id"] for record in server.seed.dns_records(max(k_values))]
    with _client(server) as client:
        client.dns.get(ids[0])
        used = _data_requests(server)
        section.check(used == 1, f"v1.1.0 get: {used} requests, want 1")
        section.add("v1.1.0 dns.get (any position)", used, "requests", "= 1", used == 1)
        for k in k_values:
            client.dns.get_many(ids[:k])
            used = _data_requests(server)
            section.check(used == k, f"v1.1.0 get_many({k}): {used} requests, want {k}")
            section.add(f"v1.1.0 dns.get_many({k} ids)", used, "requests", f"= {k}", used == k)


def run(quick: bool = False) -> Section:
    section = Section("3. requests saved")
    _listing(section, 2_500 if quick else 5_000)
    _v1_0_get(
        section, [1, 1_000, 1_001, 2_500] if quick else [1, 1_000, 10_000, 50_000], [1, 10] if quick else [1, 10, 100]
    )
    _v1_1_get(section, [1, 10] if quick else [1, 10, 100])
    return section
