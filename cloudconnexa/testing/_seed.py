"""Seeding helpers: fill the fake's store directly, fast (no HTTP, no validation).

    server.seed.dns_records(5000)
    net = server.seed.networks(1)[0]
    server.seed.network_connectors(3, network_id=net["id"])

Records are built like a create would build them (every schema property filled), so
they project onto replies exactly like records created through the API.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Callable
from typing import Any

from ._shapes import fill
from ._spec import Spec
from ._store import PARENT, Store

__all__ = ["Seeder"]


class Seeder:
    """`server.seed`: one method per collection, each returning the stored records."""

    def __init__(self, spec: Spec, store: Store) -> None:
        self._spec = spec
        self._store = store
        self._schemas = {
            op.path: op.response_schema
            for op in spec.operations
            if op.method == "POST" and "{" not in op.path and op.response_schema
        }

    def records(
        self,
        collection: str,
        n: int,
        make: Callable[[int], dict[str, Any]] | None = None,
        parent: tuple[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Store `n` records in `collection` (a path such as `/api/v1/dns-records`)."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n!r}")
        schema = self._schemas.get(collection)
        if schema is None:
            raise ValueError(f"collection {collection!r} is not a collection of this spec")
        out = []
        with self._store.lock:
            start = len(self._store.collection(collection))
            for i in range(start, start + n):
                record = {"id": str(uuid.uuid4()), **(make(i) if make else {})}
                if parent is not None:
                    record[PARENT] = parent
                    props = schema.get("properties", {})
                    if "networkItemId" in props:
                        record["networkItemId"] = parent[1]
                        record["networkItemType"] = "HOST" if parent[0].endswith("/hosts") else "NETWORK"
                    if "userId" in props:
                        record["userId"] = parent[1]
                out.append(self._store.put(collection, fill(record, schema)))
        return out

    def dns_records(self, n: int) -> list[dict[str, Any]]:
        return self.records(
            "/api/v1/dns-records",
            n,
            lambda i: {
                "domain": f"host{i}.example.com",
                "description": f"record {i}",
                "ipv4Addresses": [f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"],
            },
        )

    def user_groups(self, n: int) -> list[dict[str, Any]]:
        return self.records(
            "/api/v1/user-groups", n, lambda i: {"name": f"group-{i}", "vpnRegionIds": ["us-east-1"], "maxDevice": 3}
        )

    def networks(self, n: int) -> list[dict[str, Any]]:
        return self.records(
            "/api/v1/networks", n, lambda i: {"name": f"network-{i}", "description": f"network {i}", "egress": False}
        )

    def hosts(self, n: int) -> list[dict[str, Any]]:
        return self.records("/api/v1/hosts", n, lambda i: {"name": f"host-{i}", "domain": f"host{i}.internal"})

    def users(self, n: int) -> list[dict[str, Any]]:
        return self.records(
            "/api/v1/users",
            n,
            lambda i: {
                "username": f"user{i}",
                "email": f"user{i}@example.com",
                "firstName": "User",
                "lastName": str(i),
            },
        )

    def access_groups(self, n: int) -> list[dict[str, Any]]:
        return self.records("/api/v1/access-groups", n, lambda i: {"name": f"access-{i}"})

    def device_postures(self, n: int) -> list[dict[str, Any]]:
        return self.records("/api/v1/device-postures", n, lambda i: {"name": f"posture-{i}"})

    def location_contexts(self, n: int) -> list[dict[str, Any]]:
        return self.records("/api/v1/location-contexts", n, lambda i: {"name": f"ctx-{i}"})

    def network_connectors(self, n: int, network_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/networks", network_id, "/api/v1/networks/connectors", n)

    def network_routes(self, n: int, network_id: str) -> list[dict[str, Any]]:
        return self.records(
            "/api/v1/networks/routes",
            n,
            lambda i: {"subnet": f"10.{i % 256}.0.0/16", "type": "IP_V4"},
            parent=("/api/v1/networks", network_id),
        )

    def network_ip_services(self, n: int, network_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/networks", network_id, "/api/v1/networks/ip-services", n)

    def network_applications(self, n: int, network_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/networks", network_id, "/api/v1/networks/applications", n)

    def host_connectors(self, n: int, host_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/hosts", host_id, "/api/v1/hosts/connectors", n)

    def host_ip_services(self, n: int, host_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/hosts", host_id, "/api/v1/hosts/ip-services", n)

    def host_applications(self, n: int, host_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/hosts", host_id, "/api/v1/hosts/applications", n)

    def devices(self, n: int, user_id: str) -> list[dict[str, Any]]:
        return self._children("/api/v1/users", user_id, "/api/v1/devices", n)

    def sessions(self, n: int, *, start: _dt.datetime | None = None) -> list[dict[str, Any]]:
        """Store `n` sessions (served by cursor batches from `GET /api/v1/sessions`), one a
        minute from `start` (default 2024-01-01T00:00Z; an aware datetime)."""
        schema = self._schemas_by_op("listSessions")
        item_schema = schema.get("properties", {}).get("sessions", {}).get("items", {})
        start = start if start is not None else _dt.datetime(2024, 1, 1, tzinfo=_dt.UTC)
        out = []
        with self._store.lock:
            for i in range(n):
                at = (start + _dt.timedelta(minutes=i)).isoformat().replace("+00:00", "Z")
                record = fill(
                    {
                        "id": uuid.uuid4().hex,
                        "userName": f"user{i}",
                        "status": "ACTIVE",
                        "sessionStartTime": at,
                        "sessionEndTime": at,
                    },
                    item_schema,
                )
                self._store.sessions.append(record)
                out.append(record)
        return out

    def _children(self, parent: str, parent_id: str, child: str, n: int) -> list[dict[str, Any]]:
        if self._store.get(parent, parent_id) is None:
            raise ValueError(f"no record {parent_id!r} in {parent}")
        return self.records(child, n, lambda i: {"name": f"{child.rsplit('/', 1)[-1]}-{i}"}, parent=(parent, parent_id))

    def _schemas_by_op(self, operation_id: str) -> dict[str, Any]:
        for op in self._spec.operations:
            if op.operation_id == operation_id:
                schema = op.response_schema
                return schema if isinstance(schema, dict) else {}
        return {}
