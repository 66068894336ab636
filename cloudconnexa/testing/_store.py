"""The fake server's in-memory state: resource collections, settings, feeds, lists.

Collections are keyed by their collection path (`/api/v1/dns-records`) and keep
insertion order, so pages are stable. Each stored record may carry a `_parent` link
(the `networkId`/`hostId`/`userId` it was created under); projection drops it. Feeds
(sessions, audit logs) are append-only lists served in cursor batches, keyed by path.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["Store", "PARENT", "SESSIONS"]

PARENT = "_parent"
"""Key of the parent link inside stored records (never part of a reply)."""

SESSIONS = "/api/v1/sessions"
"""The feed `server.seed.sessions()` fills."""


class Store:
    """All mutable state of one fake server; every method holds one lock."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.collections: dict[str, dict[str, dict[str, Any]]] = {}
        self.settings: dict[str, Any] = {}
        self.domain_lists: dict[str, dict[str, str]] = {"allow": {}, "block": {}}
        self.feeds: dict[str, list[dict[str, Any]]] = {}

    def clear(self) -> None:
        with self.lock:
            self.collections.clear()
            self.settings.clear()
            self.domain_lists = {"allow": {}, "block": {}}
            self.feeds.clear()

    def feed(self, path: str) -> list[dict[str, Any]]:
        """The feed served at `path` (created empty on first use)."""
        with self.lock:
            return self.feeds.setdefault(path, [])

    @property
    def sessions(self) -> list[dict[str, Any]]:
        return self.feed(SESSIONS)

    def collection(self, path: str) -> dict[str, dict[str, Any]]:
        with self.lock:
            return self.collections.setdefault(path, {})

    def get(self, path: str, item_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.collections.get(path, {}).get(item_id)

    def put(self, path: str, record: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.collection(path)[str(record["id"])] = record
            return record

    def delete(self, path: str, item_id: str) -> bool:
        """Remove a record and, recursively, every record linked to it as parent."""
        with self.lock:
            if self.collections.get(path, {}).pop(item_id, None) is None:
                return False
            for child_path, items in self.collections.items():
                orphans = [k for k, v in items.items() if v.get(PARENT) == (path, item_id)]
                for orphan in orphans:
                    self.delete(child_path, orphan)
            return True

    def children(self, path: str, parent: tuple[str, str] | None) -> list[dict[str, Any]]:
        """Records of `path`, optionally only those linked to `parent`."""
        with self.lock:
            items = list(self.collections.get(path, {}).values())
        if parent is None:
            return items
        return [item for item in items if item.get(PARENT) == parent]
