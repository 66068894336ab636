#!/usr/bin/env python3
"""Audit connectors: every network and host connector, its status, and a summary.

    python examples/audit_connectors.py
    python examples/audit_connectors.py --only-problems

Read-only. Two listings of networks and hosts (for names), two of connectors: four
requests for a tenant of up to 1000 of each. Without CLOUDCONNEXA_CLIENT_ID it runs
against the bundled fake server, seeded with two networks and a host with connectors.
Exit status 0; the summary line says how many connectors are not online.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from _connect import connect, example_parser


def seed(server: Any) -> None:
    """Two networks with two connectors each, and one host with one connector."""
    for network in server.seed.networks(2):
        server.seed.network_connectors(2, network_id=network["id"])
    host = server.seed.hosts(1)[0]
    server.seed.host_connectors(1, host_id=host["id"])


def status_of(connector: Any) -> str:
    """The connector's connection status as text (network and host models differ in type)."""
    value = getattr(connector, "connection_status", None)
    if value is None:
        return "UNKNOWN"
    return str(getattr(value, "value", value))


def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=False)
    parser.add_argument("--only-problems", action="store_true", help="list only connectors that are not online")
    args = parser.parse_args()

    with connect(api_version=args.api_version, seed=seed) as session:
        client = session.client
        names = {str(n.id): f"network {n.name}" for n in client.networks.list()}
        names.update({str(h.id): f"host {h.name}" for h in client.hosts.list()})
        rows = [("network", c) for c in client.networks.connectors.list()]
        rows += [("host", c) for c in client.hosts.connectors.list()]

        statuses: Counter[str] = Counter()
        for kind, connector in rows:
            status = status_of(connector)
            statuses[status] += 1
            if args.only_problems and status in {"ONLINE", "CONNECTED"}:
                continue
            owner = names.get(str(connector.network_item_id), f"{kind} {connector.network_item_id}")
            print(f"{status:<12} {connector.name:<30} {owner} (region {connector.vpn_region_id})")

    online = statuses["ONLINE"] + statuses["CONNECTED"]
    summary = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    print(f"{len(rows)} connectors ({summary or 'none'}); {len(rows) - online} not online")
    return 0


if __name__ == "__main__":
    sys.exit(main())
