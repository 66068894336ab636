"""A guided tour of the SDK against the bundled fake CloudConnexa server (the README's main job).

    cloudconnexa-demo            # or: python -m cloudconnexa.demo
    cloudconnexa-demo --live     # read-only tour of a real tenant (CLOUDCONNEXA_* env vars)

Without `--live` it needs no credentials and no network: it starts fake v1.1.0 and v1.0
servers on 127.0.0.1, walks through what a user does, and prints what each step cost in
requests. It needs the `cloudconnexa[testing]` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from . import Client
from ._constants import DEFAULT_API_VERSION, ENV_CLIENT_ID

__all__ = ["main"]

SEEDED_DNS_RECORDS = 2_500
RECORD_POSITION = 2_101  # 1-based position of the record read through the v1.0 shim


def _line(label: str, text: str) -> None:
    print(f"  {label:<22} {text}")


@contextmanager
def _fake_servers() -> Iterator[tuple[Any, Any]]:
    from .testing import FakeCloudConnexa

    with FakeCloudConnexa(DEFAULT_API_VERSION) as current, FakeCloudConnexa("1.0") as v1_0:
        yield current, v1_0


def _client_for(server: Any, **options: Any) -> Client:
    client: Client = server.client(**options)
    return client


def _requests_during(server: Any, step: Callable[[], Any]) -> tuple[Any, int]:
    """Run `step`; return its result and how many API requests it sent (token excluded)."""
    before = len(server.requests)
    result = step()
    sent = [r for r in server.requests[before:] if not r.path.endswith("/oauth/token")]
    return result, len(sent)


def tour_basics(server: Any) -> None:
    print(f"\nAPI v{server.api_version} at {server.base_url}")
    with _client_for(server) as client:
        regions, _ = _requests_during(server, client.vpn_regions.list)
        _line("authentication", f"token fetched on the first call: {server.token_requests} token request")
        _line("regions", f"{len(regions)} VPN regions, e.g. {regions[0].id if regions else '-'}")

        network = client.networks.create(name="demo-network", description="made by cloudconnexa-demo")
        region_id = regions[0].id if regions else "us-east-1"
        connector = client.networks.connectors.create(
            network_id=str(network.id), name="demo-connector", vpn_region_id=region_id
        )
        route = client.networks.routes.create(network_id=str(network.id), value="10.10.0.0/24",
                                              description="office LAN")  # fmt: skip
        _line("network", f"{network.name!r} with connector {connector.name!r} and route {route.subnet}")

        created = [client.dns.create(domain=f"app{i}.demo.internal", ipv4_addresses=[f"10.10.0.{10 + i}"])
                   for i in range(3)]  # fmt: skip
        server.seed.dns_records(SEEDED_DNS_RECORDS)
        _line("DNS records", f"created {len(created)} with the SDK, seeded {SEEDED_DNS_RECORDS:,} more")

        groups = [client.user_groups.create(name=name, internet_access="SPLIT_TUNNEL_ON")
                  for name in ("engineering", "support")]  # fmt: skip
        _line("user groups", ", ".join(repr(g.name) for g in groups))

        count, sent = _requests_during(server, lambda: sum(1 for _ in client.dns.list()))
        _line("auto-pagination", f"listed {count:,} DNS records in {sent} requests (page size 1000)")

        record, sent = _requests_during(server, lambda: client.dns.get(str(created[0].id)))
        _line("dns.get(id)", f"{record.domain} in {sent} request (v1.1.0 has a single-record GET)")


def tour_v1_0_shim(server: Any) -> None:
    print(f"\nAPI v{server.api_version} at {server.base_url} (the compatibility shim)")
    with _client_for(server) as client:
        for i in range(3):
            client.dns.create(domain=f"legacy{i}.demo.internal")
        server.seed.dns_records(SEEDED_DNS_RECORDS)
        records = [r for page in client.dns.list().pages() for r in page.items]
        target = records[RECORD_POSITION - 1]
        record, sent = _requests_during(server, lambda: client.dns.get(str(target.id)))
        _line("dns.get(id)", f"record #{RECORD_POSITION:,} {record.domain}: {sent} requests "
                             f"(v1.0 has no single GET; the SDK scans 1000 per page, stops at the match)")  # fmt: skip
        wanted = [str(records[i].id) for i in (5, 1_200, 2_400)]
        found, sent = _requests_during(server, lambda: client.dns.get_many(wanted))
        _line("dns.get_many(3 ids)", f"{len(found)} records in {sent} requests (one scan for all ids)")
        group = client.user_groups.create(name="legacy-group")
        same, sent = _requests_during(server, lambda: client.user_groups.get(str(group.id)))
        _line("user_groups.get(id)", f"{same.name!r} in {sent} request(s) through the same shim")


def _capture_ip_service_bodies(bodies: list[dict[str, Any]]) -> Callable[[httpx.Request], None]:
    def capture(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/hosts/ip-services"):
            bodies.append(json.loads(request.content))

    return capture


def tour_host_ip_services(current: Any, v1_0: Any) -> None:
    print("\nHost IP services: one call, both DTO versions")
    for server in (current, v1_0):
        bodies: list[dict[str, Any]] = []
        http = httpx.Client(event_hooks={"request": [_capture_ip_service_bodies(bodies)]})
        with _client_for(server, http_client=http) as client:
            host = client.hosts.create(name=f"demo-host-v{server.api_version}")
            service = client.hosts.ip_services.create(host_id=str(host.id), name="ssh",
                                                      description="SSH to the host")  # fmt: skip
            extra = sorted(service.additional_properties)
            _line(f"v{server.api_version} sent", json.dumps(bodies[-1], sort_keys=True))
            kept = f", v1.0-only fields kept: {extra}" if extra else ""
            _line(f"v{server.api_version} returned", f"{type(service).__name__} name={service.name!r}{kept}")
        http.close()


def tour_rate_limits() -> None:
    from .testing import FakeCloudConnexa, ManualClock

    print("\nRate limits, in simulated time (realistic preset: burst 20, then 1 request / 15 s)")
    clock = ManualClock()
    server = FakeCloudConnexa(DEFAULT_API_VERSION, rate_limit="realistic", clock=clock)
    with server.client() as client:  # in process, waiting on the simulated clock
        for i in range(30):
            client.dns.create(domain=f"bulk{i}.demo.internal")
        requests = len(server.requests)
        floor = max(0, requests - 20) * 15
        rejected = server.count(status=429)
        _line("30 creates", f"{clock.now():.0f} s simulated for {requests} requests (floor {floor} s), "
                            f"429s received: {rejected}, failures: 0")  # fmt: skip

        server.limiter.limit = None
        server.faults.add(429, times=3, headers={"Retry-After": "20"})
        start = clock.now()
        client.dns.create(domain="after-a-storm.demo.internal")
        _line("429 storm", f"3 x 429 (Retry-After: 20) absorbed by the retry policy; "
                           f"the call succeeded after {clock.now() - start:.0f} s simulated")  # fmt: skip


def tour_live() -> None:
    print("Read-only tour of the tenant in CLOUDCONNEXA_BASE_URL")
    with Client() as client:
        _line("networks", str(sum(1 for _ in client.networks.list())))
        _line("hosts", str(sum(1 for _ in client.hosts.list())))
        _line("DNS records", str(sum(1 for _ in client.dns.list())))
        _line("user groups", str(sum(1 for _ in client.user_groups.list())))
        _line("VPN regions", str(len(client.vpn_regions.list())))


def main(argv: list[str] | None = None) -> int:
    """Entry point of `cloudconnexa-demo`."""
    parser = argparse.ArgumentParser(prog="cloudconnexa-demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--live", action="store_true", help="read-only tour of a real tenant")
    args = parser.parse_args(argv)
    if args.live:
        if not os.environ.get(ENV_CLIENT_ID):
            parser.error("--live needs CLOUDCONNEXA_BASE_URL, CLOUDCONNEXA_CLIENT_ID, CLOUDCONNEXA_CLIENT_SECRET")
        tour_live()
        return 0
    print("cloudconnexa-python demo: the SDK against the bundled fake CloudConnexa (no credentials)")
    with _fake_servers() as (current, v1_0):
        tour_basics(current)
        tour_v1_0_shim(v1_0)
        tour_host_ip_services(current, v1_0)
        violations = current.spec_violations + v1_0.spec_violations
    tour_rate_limits()
    print(f"\nDone. Spec violations seen by the fake servers: {len(violations)}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
