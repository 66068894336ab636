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
from .testing._extra import TestingExtraMissing, require_testing_extra

__all__ = ["main"]

SEEDED_DNS_RECORDS = 2_500
RECORD_POSITION = 2_101  # 1-based position of the record read through the v1.0 shim


def _step(call: str, *results: str) -> None:
    """One step of the tour: the SDK call (`> ...`), then what it produced, indented."""
    print(f"  > {call}")
    for result in results:
        print(f"      {result}")


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
        example = regions[0].id if regions else "-"
        _step("client.vpn_regions.list()", f"{len(regions)} VPN regions, e.g. {example}",
              f"the access token was fetched on this first call ({server.token_requests} token request)")  # fmt: skip

        network = client.networks.create(name="demo-network", description="made by cloudconnexa-demo")
        region_id = regions[0].id if regions else "us-east-1"
        connector = client.networks.connectors.create(
            network_id=str(network.id), name="demo-connector", vpn_region_id=region_id
        )
        route = client.networks.routes.create(network_id=str(network.id), value="10.10.0.0/24",
                                              description="office LAN")  # fmt: skip
        _step('client.networks.create(name="demo-network", ...)', f"network {network.name!r}")
        _step('client.networks.connectors.create(network_id=..., name="demo-connector", vpn_region_id=...)',
              f"connector {connector.name!r} in region {region_id}")  # fmt: skip
        _step('client.networks.routes.create(network_id=..., value="10.10.0.0/24")', f"route {route.subnet}")

        created = [client.dns.create(domain=f"app{i}.demo.internal", ipv4_addresses=[f"10.10.0.{10 + i}"])
                   for i in range(3)]  # fmt: skip
        _step('client.dns.create(domain="app0.demo.internal", ipv4_addresses=["10.10.0.10"])  # x3',
              f"created {len(created)} DNS records")  # fmt: skip
        server.seed.dns_records(SEEDED_DNS_RECORDS)
        _step(f"server.seed.dns_records({SEEDED_DNS_RECORDS})",
              f"the fake now holds {SEEDED_DNS_RECORDS:,} more (seeded directly, no HTTP)")  # fmt: skip

        groups = [client.user_groups.create(name=name, internet_access="SPLIT_TUNNEL_ON")
                  for name in ("engineering", "support")]  # fmt: skip
        _step('client.user_groups.create(name="engineering", internet_access="SPLIT_TUNNEL_ON")  # x2',
              "user groups " + ", ".join(repr(g.name) for g in groups))  # fmt: skip

        count, sent = _requests_during(server, lambda: sum(1 for _ in client.dns.list()))
        _step("for record in client.dns.list(): ...",
              f"{count:,} DNS records in {sent} requests: auto-pagination, 1000 per page")  # fmt: skip

        record, sent = _requests_during(server, lambda: client.dns.get(str(created[0].id)))
        _step("client.dns.get(id)", f"{record.domain} in {sent} request (v1.1.0 has a single-record GET)")


def tour_v1_0_shim(server: Any) -> None:
    print(f"\nAPI v{server.api_version} at {server.base_url} (the compatibility shim)")
    with _client_for(server) as client:
        for i in range(3):
            client.dns.create(domain=f"legacy{i}.demo.internal")
        server.seed.dns_records(SEEDED_DNS_RECORDS)
        records = [r for page in client.dns.list().pages() for r in page.items]
        target = records[RECORD_POSITION - 1]
        record, sent = _requests_during(server, lambda: client.dns.get(str(target.id)))
        _step("client.dns.get(id)", f"record #{RECORD_POSITION:,} {record.domain} in {sent} requests: v1.0 has no "
              "single-record GET, so the SDK scans the listing 1000 per page and stops at the match")  # fmt: skip
        wanted = [str(records[i].id) for i in (5, 1_200, 2_400)]
        found, sent = _requests_during(server, lambda: client.dns.get_many(wanted))
        _step("client.dns.get_many([id1, id2, id3])", f"{len(found)} records in {sent} requests (one scan for all ids)")
        group = client.user_groups.create(name="legacy-group")
        same, sent = _requests_during(server, lambda: client.user_groups.get(str(group.id)))
        _step("client.user_groups.get(id)", f"{same.name!r} in {sent} request(s), through the same shim")


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
            kept = f", v1.0-only fields kept: {extra}" if extra else ""
            _step(f'client.hosts.ip_services.create(host_id=..., name="ssh", ...)  # API v{server.api_version}',
                  f"sent {json.dumps(bodies[-1], sort_keys=True)}",
                  f"returned {type(service).__name__} name={service.name!r}{kept}")  # fmt: skip
        http.close()


def tour_rate_limits() -> None:
    from .testing import REALISTIC, FakeCloudConnexa, ManualClock

    burst, interval = REALISTIC.burst, REALISTIC.per_seconds / REALISTIC.tokens
    print(f"\nRate limits, in simulated time (the fake's realistic preset: a burst of {burst} requests,"
          f" then 1 request every {interval:.0f} s)")  # fmt: skip
    clock = ManualClock()
    server = FakeCloudConnexa(DEFAULT_API_VERSION, rate_limit="realistic", clock=clock)
    with server.client() as client:  # in process, waiting on the simulated clock
        for i in range(30):
            client.dns.create(domain=f"bulk{i}.demo.internal")
        requests = len(server.requests)
        floor = max(0, requests - burst) * interval
        rejected = server.count(status=429)
        _step('for i in range(30): client.dns.create(domain=f"bulk{i}.demo.internal")',
              f"{requests} requests (30 creates + the token) took {clock.now():.0f} s of simulated time;"
              f" 429s received: {rejected}, failures: 0",
              f"floor: {floor:.0f} s, the least time the rate limit allows for {requests} requests"
              f" (({requests} - {burst} burst) x {interval:.0f} s);",
              "the client paced itself from the X-RateLimit-* headers instead of collecting 429s")  # fmt: skip

        server.limiter.limit = None
        server.faults.add(429, times=3, headers={"Retry-After": "20"})
        start = clock.now()
        client.dns.create(domain="after-a-storm.demo.internal")
        _step('client.dns.create(domain="after-a-storm.demo.internal")  # the fake answers 429 three times',
              f"3 x 429 (Retry-After: 20) absorbed by the retry policy; the call succeeded after"
              f" {clock.now() - start:.0f} s simulated")  # fmt: skip


def tour_live() -> None:
    print("Read-only tour of the tenant in CLOUDCONNEXA_BASE_URL")
    with Client() as client:
        _step("client.networks.list()", f"{sum(1 for _ in client.networks.list())} networks")
        _step("client.hosts.list()", f"{sum(1 for _ in client.hosts.list())} hosts")
        _step("client.dns.list()", f"{sum(1 for _ in client.dns.list())} DNS records")
        _step("client.user_groups.list()", f"{sum(1 for _ in client.user_groups.list())} user groups")
        _step("client.vpn_regions.list()", f"{len(client.vpn_regions.list())} VPN regions")


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
    try:
        require_testing_extra("cloudconnexa-demo")
    except TestingExtraMissing as exc:
        print(f"{exc} (or run `cloudconnexa-demo --live` against a real tenant)", file=sys.stderr)
        return 2
    print("cloudconnexa-python demo: the SDK against the bundled fake CloudConnexa (no credentials)")
    print("Each step shows the SDK call (> ...) and what it produced.")
    with _fake_servers() as (current, v1_0):
        tour_basics(current)
        tour_v1_0_shim(v1_0)
        tour_host_ip_services(current, v1_0)
        violations = current.spec_violations + v1_0.spec_violations
    tour_rate_limits()
    print("\nFrom the shell: `cloudconnexa --help` (pip install 'cloudconnexa[cli]'; see docs/cli.md)")
    print(f"\nDone. Spec violations seen by the fake servers: {len(violations)}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
