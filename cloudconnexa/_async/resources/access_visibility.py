"""`client.access_visibility`: the Access Visibility feature switch (API v1.1.1+)."""

from __future__ import annotations

from ..._parsing import parse_bool
from .._resource import AsyncAPIResource

__all__ = ["AsyncAccessVisibility"]


class AsyncAccessVisibility(AsyncAPIResource):
    """Access Visibility (which users reach which resources): read the state, switch it.

    Example:
        if not await aclient.access_visibility.get_enabled():
            await aclient.access_visibility.enable()
    """

    async def get_enabled(self) -> bool:
        """Whether Access Visibility is on."""
        return parse_bool(await self._send("access_visibility.get_access_visibility_enabled"))

    async def enable(self) -> None:
        """Turn Access Visibility on."""
        await self._send("access_visibility.enable_access_visibility")

    async def disable(self) -> None:
        """Turn Access Visibility off."""
        await self._send("access_visibility.disable_access_visibility")
