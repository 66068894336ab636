"""cProfile of sync `client.dns.get(id)` over a canned MockTransport (benchmark 1).

    python -m benchmarks.profile_overhead [calls]

Prints the cumulative time of the SDK's own layers and of what httpx does for both the SDK
and the raw baseline, to show where the SDK's extra cost per call goes.
"""

from __future__ import annotations

import cProfile
import pstats
import sys

import httpx

import cloudconnexa

from ._common import canned_handler, dns_record

__all__ = ["main"]


def main(calls: int = 5000) -> None:
    record = dns_record(7)
    http = httpx.Client(transport=httpx.MockTransport(canned_handler(record)))
    with cloudconnexa.Client(
        "https://acme.api.openvpn.com", client_id="id", client_secret="secret", http_client=http
    ) as client:
        client.dns.get(record["id"])  # token, imports
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(calls):
            client.dns.get(record["id"])
        profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(r"cloudconnexa/|_auth|tenacity|threading|_send_handling_auth", 25)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
