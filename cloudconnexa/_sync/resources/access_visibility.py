# Generated from cloudconnexa/_async/resources/access_visibility.py by scripts/unasync.py. Do not edit.
"""`client.access_visibility`: the Access Visibility feature switch (API v1.1.1+)."""

from __future__ import annotations

from .._resource import FeatureSwitch, SwitchOperations

__all__ = ["AccessVisibility"]


class AccessVisibility(FeatureSwitch):
    """Access Visibility (which users reach which resources): read the state, switch it.

    Example:
        if not client.access_visibility.get_enabled():
            client.access_visibility.enable()
    """

    _switch = SwitchOperations(
        get_enabled="access_visibility.get_access_visibility_enabled",
        enable="access_visibility.enable_access_visibility",
        disable="access_visibility.disable_access_visibility",
    )
