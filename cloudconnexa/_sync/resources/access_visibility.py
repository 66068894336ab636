# Generated from cloudconnexa/_async/resources/access_visibility.py by scripts/unasync.py. Do not edit.
"""`client.access_visibility`: the Access Visibility feature switch (API v1.1.1+)."""

from __future__ import annotations

from ..._parsing import parse_bool
from .._resource import APIResource

__all__ = ["AccessVisibility"]


class AccessVisibility(APIResource):
    """Access Visibility (which users reach which resources): read the state, switch it.

    Example:
        if not client.access_visibility.get_enabled():
            client.access_visibility.enable()
    """

    def get_enabled(self) -> bool:
        """Whether Access Visibility is on."""
        return parse_bool(self._send("access_visibility.get_access_visibility_enabled"))

    def enable(self) -> None:
        """Turn Access Visibility on."""
        self._send("access_visibility.enable_access_visibility")

    def disable(self) -> None:
        """Turn Access Visibility off."""
        self._send("access_visibility.disable_access_visibility")
