#!/usr/bin/env python3
"""Update many DNS records concurrently with AsyncClient: set a description on every
record under a domain suffix.

    python examples/async_bulk_update.py --suffix .example.com --description "managed by sdk"
    python examples/async_bulk_update.py ... --yes     # against a real tenant

All updates are started at once; the client keeps at most `max_concurrency` (10 by default)
requests in flight and waits out the API's rate limit, so nothing here throttles by hand.
Update is a PUT: every field is sent again, or it would be cleared. Without
CLOUDCONNEXA_CLIENT_ID it runs against the bundled fake server, seeded with 25 records.
Against a real tenant it refuses to write unless --yes is passed.
"""

from __future__ import annotations

import sys

import anyio
from _connect import aconnect, example_parser, refuse_real_writes

import cloudconnexa
from cloudconnexa.types import DnsRecordResponse


def _list(value: list[str] | None) -> list[str]:
    return [] if value is None else list(value)


async def update_all(
    client: cloudconnexa.AsyncClient, records: list[DnsRecordResponse], description: str
) -> list[DnsRecordResponse]:
    """Update every record concurrently; results in the order of `records`."""
    results: list[DnsRecordResponse | None] = [None] * len(records)

    async def update(index: int, record: DnsRecordResponse) -> None:
        results[index] = await client.dns.update(
            str(record.id),
            domain=record.domain,
            description=description,
            ipv4_addresses=_list(record.ipv_4_addresses),
            ipv6_addresses=_list(record.ipv_6_addresses),
        )

    # A task group: the first failure cancels the other updates and is raised here.
    async with anyio.create_task_group() as group:
        for index, record in enumerate(records):
            group.start_soon(update, index, record)
    return [record for record in results if record is not None]


async def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=True)
    parser.add_argument("--suffix", default=".example.com", help="domain suffix to match")
    parser.add_argument("--description", default="managed by cloudconnexa-python")
    args = parser.parse_args()
    refuse_real_writes(args)

    async with aconnect(api_version=args.api_version, seed=lambda server: server.seed.dns_records(25)) as session:
        client = session.client
        matching = [
            record
            async for record in client.dns.list()
            if isinstance(record.domain, str) and record.domain.endswith(args.suffix)
        ]
        updated = await update_all(client, matching, args.description)
    unchanged = sum(1 for record in updated if record.description != args.description)
    print(f"updated {len(updated)} DNS records under {args.suffix} ({unchanged} unexpected)")
    return 0 if unchanged == 0 else 1


if __name__ == "__main__":
    sys.exit(anyio.run(main))
