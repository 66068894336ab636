#!/usr/bin/env python3
"""Add DNS records in bulk from a CSV file (domain,ipv4[,ipv4...]), skipping existing domains.

    python examples/bulk_dns.py records.csv
    python examples/bulk_dns.py records.csv --yes        # against a real tenant
    python examples/bulk_dns.py                          # a built-in sample of 5 records

One listing of the existing records (1000 per request), then one create per new domain.
Without CLOUDCONNEXA_CLIENT_ID it runs against the bundled fake server (seeded with three
records, one of which is also in the sample). Against a real tenant it refuses to write
unless --yes is passed.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from _connect import connect, example_parser, refuse_real_writes

SAMPLE = [
    ("host0.example.com", ["10.0.0.0"]),  # already on the seeded fake: skipped
    ("db.internal.example.com", ["10.10.0.5"]),
    ("cache.internal.example.com", ["10.10.0.6"]),
    ("queue.internal.example.com", ["10.10.0.7", "10.10.0.8"]),
    ("wiki.internal.example.com", ["10.10.0.9"]),
]


def read_records(path: Path) -> list[tuple[str, list[str]]]:
    """Rows of `domain,ipv4[,ipv4...]`; blank lines and lines starting with # are skipped."""
    records = []
    with path.open(newline="") as handle:
        for row in csv.reader(handle):
            cells = [cell.strip() for cell in row if cell.strip()]
            if not cells or cells[0].startswith("#"):
                continue
            if len(cells) < 2:
                raise SystemExit(f"{path}: {cells[0]!r} has no IPv4 address")
            records.append((cells[0].lower(), cells[1:]))
    return records


def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=True)
    parser.add_argument("csv", nargs="?", type=Path, help="CSV file (default: a built-in sample)")
    args = parser.parse_args()
    wanted = read_records(args.csv) if args.csv else SAMPLE
    refuse_real_writes(args)

    with connect(api_version=args.api_version, seed=lambda server: server.seed.dns_records(3)) as session:
        client = session.client
        existing = {record.domain for record in client.dns.list()}
        created = skipped = 0
        for domain, addresses in wanted:
            if domain in existing:
                skipped += 1
                print(f"skip   {domain} (exists)")
                continue
            record = client.dns.create(domain=domain, ipv4_addresses=addresses)
            existing.add(domain)
            created += 1
            print(f"create {record.domain} -> {', '.join(record.ipv_4_addresses)}")
    print(f"created {created}, skipped {skipped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
