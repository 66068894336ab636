#!/usr/bin/env python3
"""Export every network, with its routes and connectors, as JSON (stdout or a file).

    python examples/export_networks.py                 # JSON on stdout
    python examples/export_networks.py networks.json   # JSON in a file

Read-only. One listing of networks (which already embeds routes and connectors), 1000
networks per request. Without CLOUDCONNEXA_CLIENT_ID it runs against the bundled fake
server, seeded with three networks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from _connect import connect, example_parser


def seed(server: Any) -> None:
    """Three networks with one route each."""
    for network in server.seed.networks(3):
        server.seed.network_routes(1, network_id=network["id"])


def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=False)
    parser.add_argument("output", nargs="?", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args()

    with connect(api_version=args.api_version, seed=seed) as session:
        # to_dict() gives the API's own field names (camelCase), ready for JSON.
        networks = [network.to_dict() for network in session.client.networks.list()]

    document = json.dumps({"networks": networks}, indent=2, sort_keys=True)
    if args.output is None:
        print(document)
    else:
        args.output.write_text(document + "\n", encoding="utf-8")
    print(f"exported {len(networks)} networks to {args.output or 'stdout'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
