"""`client.access_visibility`: the Access Visibility feature switch (API v1.1.1+)."""

from __future__ import annotations

from .._resource import AsyncFeatureSwitch, SwitchOperations

__all__ = ["AsyncAccessVisibility"]


class AsyncAccessVisibility(AsyncFeatureSwitch):
    """Access Visibility (which users reach which resources): read the state, switch it.

    Example:
        if not await aclient.access_visibility.get_enabled():
            await aclient.access_visibility.enable()
    """

    _switch = SwitchOperations(
        get_enabled="access_visibility.get_access_visibility_enabled",
        enable="access_visibility.enable_access_visibility",
        disable="access_visibility.disable_access_visibility",
    )
