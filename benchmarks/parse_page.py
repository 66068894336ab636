"""CPU to parse one 1000-record listing page into models (the model layer alone, no HTTP).

    python benchmarks/parse_page.py            # best of 7 rounds, CPU milliseconds per page

Pages of networks (ids on the network, its connectors, routes and egress ids) and of users
(with devices) as the API returns them. Point PYTHONPATH at another `cloudconnexa_generated`
to compare generator outputs. Measured that way when ids became `str` (best of 3 runs):
networks 18.0 -> 11.5 ms per page (UUID parsing was a third of it), users 12.6 -> 13.1 ms
(their schema declares no uuid ids; the None checks of read models cost about as much).
"""

from __future__ import annotations

import time
import timeit
import uuid
from functools import partial
from typing import Any

from cloudconnexa_generated.v1_1_0.models import PageNetworkResponse, PageUserResponse

RECORDS = 1000


def _id(n: int) -> str:
    return str(uuid.UUID(int=n + 1))


def network_page() -> dict[str, Any]:
    content = [
        {
            "id": _id(i),
            "name": f"net-{i}",
            "description": "office",
            "egress": True,
            "internetAccess": "SPLIT_TUNNEL_ON",
            "systemSubnets": ["10.0.0.0/24"],
            "routes": [{"id": _id(10_000 + i), "type": "IP_V4", "subnet": "10.1.0.0/16", "description": "lan"}],
            "connectors": [
                {
                    "id": _id(20_000 + i),
                    "name": f"conn-{i}",
                    "networkItemId": _id(i),
                    "networkItemType": "NETWORK",
                    "vpnRegionId": "us-east-1",
                    "ipV4Address": "100.96.1.2",
                    "ipV6Address": "fd:0:0:8000::2",
                    "connectionStatus": "ONLINE",
                }
            ],
            "tunnelingProtocol": "OPENVPN",
            "gatewaysIds": [_id(30_000 + i)],
        }
        for i in range(RECORDS)
    ]
    return {"content": content, "page": 0, "size": RECORDS, "numberOfElements": RECORDS,
            "totalElements": RECORDS, "totalPages": 1, "success": True}  # fmt: skip


def user_page() -> dict[str, Any]:
    content = [
        {
            "id": _id(i),
            "firstName": "Ada",
            "lastName": "Lovelace",
            "username": f"user{i}",
            "email": f"user{i}@example.com",
            "groupId": _id(40_000),
            "status": "ACTIVE",
            "authType": "LOCAL",
            "role": "MEMBER",
            "devices": [
                {
                    "id": _id(50_000 + i),
                    "userId": _id(i),
                    "name": "laptop",
                    "clientUUID": _id(60_000 + i),
                    "ipV4Address": "100.96.0.2",
                    "platform": {"os": "linux", "version": "6.1", "clientVersion": "3.4.2"},
                    "connectionStatus": "OFFLINE",
                }
            ],
            "connectionStatus": "OFFLINE",
        }
        for i in range(RECORDS)
    ]
    return {"content": content, "page": 0, "size": RECORDS, "numberOfElements": RECORDS,
            "totalElements": RECORDS, "totalPages": 1}  # fmt: skip


def main() -> None:
    for name, model, page in (
        ("networks", PageNetworkResponse, network_page()),
        ("users", PageUserResponse, user_page()),
    ):
        # CPU time of this process: other processes on a shared machine do not count.
        runs = timeit.repeat(partial(model.from_dict, page), number=5, repeat=7, timer=time.process_time)
        best = min(runs) / 5
        print(f"{name}: {best * 1000:.2f} ms per {RECORDS}-record page")  # noqa: T201


if __name__ == "__main__":
    main()
