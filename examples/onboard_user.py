#!/usr/bin/env python3
"""Onboard a user into a user group: create the group if it is missing, then the user in it.

    python examples/onboard_user.py alice alice@example.com --group engineering
    python examples/onboard_user.py alice alice@example.com --group engineering --yes  # real

Without CLOUDCONNEXA_CLIENT_ID it runs against the bundled fake server (seeded with two
groups). Against a real tenant it refuses to write unless --yes is passed.
"""

from __future__ import annotations

from _connect import connect, example_parser, refuse_real_writes

import cloudconnexa
from cloudconnexa.types import UserGroupResponse


def find_group(client: cloudconnexa.Client, name: str) -> UserGroupResponse | None:
    """The first user group called `name` (one listing scan, 1000 groups per request)."""
    for group in client.user_groups.list():
        if group.name == name:
            return group
    return None


def main() -> int:
    parser = example_parser(__doc__.splitlines()[0], writes=True)
    parser.add_argument("username")
    parser.add_argument("email")
    parser.add_argument("--group", default="engineering", help="user group name")
    parser.add_argument("--first-name", default="New")
    parser.add_argument("--last-name", default="User")
    args = parser.parse_args()
    refuse_real_writes(args)

    with connect(api_version=args.api_version, seed=lambda server: server.seed.user_groups(2)) as session:
        client = session.client
        group = find_group(client, args.group)
        if group is None:
            regions = [region.id for region in client.vpn_regions.list()][:1]
            group = client.user_groups.create(name=args.group, vpn_region_ids=regions)
            print(f"created group {group.name} ({group.id})")
        else:
            print(f"found group {group.name} ({group.id})")
        try:
            user = client.users.create(
                username=args.username,
                email=args.email,
                first_name=args.first_name,
                last_name=args.last_name,
                group_id=str(group.id),
            )
        except cloudconnexa.ConflictError as exc:
            print(f"user {args.username} already exists: {exc.message}")
            return 1
        print(f"created user {user.username} ({user.id}) in group {group.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
