# Generated from cloudconnexa/_async/resources/device_postures.py by scripts/unasync.py. Do not edit.
"""`client.device_postures`: device posture policies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.android_request import AndroidRequest
from cloudconnexa_generated.v1_2_3.models.device_posture_request import DevicePostureRequest
from cloudconnexa_generated.v1_2_3.models.device_posture_response import DevicePostureResponse
from cloudconnexa_generated.v1_2_3.models.ios_request import IOSRequest
from cloudconnexa_generated.v1_2_3.models.linux_request import LinuxRequest
from cloudconnexa_generated.v1_2_3.models.mac_os_request import MacOSRequest
from cloudconnexa_generated.v1_2_3.models.page_device_posture_response import (
    PageDevicePostureResponse,
)
from cloudconnexa_generated.v1_2_3.models.windows_request import WindowsRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import CrudResource, CrudOperations

__all__ = ["DevicePostures"]


class DevicePostures(CrudResource[DevicePostureResponse]):
    """Device posture policies: `list`, `get`, `create`, `update`, `delete`.

    Per-OS checks (`windows`, `macos`, `linux`, `android`, `ios`) take a request model or a
    mapping in the API's field names.

    Example:
        posture = client.device_postures.create(
            name="Managed laptops", user_groups_ids=[group.id],
            windows={"allowed": True, "antiviruses": ["WINDOWS_DEFENDER"]},
        )
    """

    _operations = CrudOperations(
        list="device_posture.list_device_postures",
        get="device_posture.get_device_posture",
        create="device_posture.create_device_posture",
        update="device_posture.update_device_posture",
        delete="device_posture.delete_device_posture",
    )
    _model = DevicePostureResponse
    _page_model = PageDevicePostureResponse
    _request_model = DevicePostureRequest
    _noun = "device posture"

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        user_groups_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        windows: WindowsRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        macos: MacOSRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        linux: LinuxRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        android: AndroidRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        ios: IOSRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: DevicePostureRequest | Any | None = None,
    ) -> DevicePostureResponse:
        """Create a device posture policy from keyword fields, or from `body` (a model of
        either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "userGroupsIds": user_groups_ids,
                  "windows": windows, "macos": macos, "linux": linux, "android": android,
                  "ios": ios}  # fmt: skip
        return self._create(body, fields)

    def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        user_groups_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        windows: WindowsRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        macos: MacOSRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        linux: LinuxRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        android: AndroidRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        ios: IOSRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: DevicePostureRequest | Any | None = None,
    ) -> DevicePostureResponse:
        """Replace a device posture policy (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "userGroupsIds": user_groups_ids,
                  "windows": windows, "macos": macos, "linux": linux, "android": android,
                  "ios": ios}  # fmt: skip
        return self._update(id, body, fields)
