from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_response import AndroidResponse
    from ..models.ios_response import IOSResponse
    from ..models.linux_response import LinuxResponse
    from ..models.mac_os_response import MacOSResponse
    from ..models.windows_response import WindowsResponse


T = TypeVar("T", bound="DevicePostureResponse")


@_attrs_define
class DevicePostureResponse:
    id: str | None = None
    name: str | None = None
    description: str | None = None
    user_groups_ids: list[str] | None = None
    windows: WindowsResponse | None = None
    macos: MacOSResponse | None = None
    linux: LinuxResponse | None = None
    android: AndroidResponse | None = None
    ios: IOSResponse | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.android_response import AndroidResponse  # noqa: PLC0415
        from ..models.ios_response import IOSResponse  # noqa: PLC0415
        from ..models.linux_response import LinuxResponse  # noqa: PLC0415
        from ..models.mac_os_response import MacOSResponse  # noqa: PLC0415
        from ..models.windows_response import WindowsResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        user_groups_ids: list[str] | None = None
        if self.user_groups_ids is not None:
            user_groups_ids = self.user_groups_ids

        windows: dict[str, Any] | None = None
        if self.windows is not None:
            windows = self.windows.to_dict()

        macos: dict[str, Any] | None = None
        if self.macos is not None:
            macos = self.macos.to_dict()

        linux: dict[str, Any] | None = None
        if self.linux is not None:
            linux = self.linux.to_dict()

        android: dict[str, Any] | None = None
        if self.android is not None:
            android = self.android.to_dict()

        ios: dict[str, Any] | None = None
        if self.ios is not None:
            ios = self.ios.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if user_groups_ids is not None:
            field_dict["userGroupsIds"] = user_groups_ids
        if windows is not None:
            field_dict["windows"] = windows
        if macos is not None:
            field_dict["macos"] = macos
        if linux is not None:
            field_dict["linux"] = linux
        if android is not None:
            field_dict["android"] = android
        if ios is not None:
            field_dict["ios"] = ios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.android_response import AndroidResponse  # noqa: PLC0415
        from ..models.ios_response import IOSResponse  # noqa: PLC0415
        from ..models.linux_response import LinuxResponse  # noqa: PLC0415
        from ..models.mac_os_response import MacOSResponse  # noqa: PLC0415
        from ..models.windows_response import WindowsResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _user_groups_ids_value = d.pop("userGroupsIds", None)
        user_groups_ids: list[str] | None = None
        if _user_groups_ids_value is not None:
            user_groups_ids = cast(list[str], _user_groups_ids_value)

        _windows_value = d.pop("windows", None)
        windows: WindowsResponse | None = None
        if _windows_value is not None:
            windows = WindowsResponse.from_dict(_windows_value)

        _macos_value = d.pop("macos", None)
        macos: MacOSResponse | None = None
        if _macos_value is not None:
            macos = MacOSResponse.from_dict(_macos_value)

        _linux_value = d.pop("linux", None)
        linux: LinuxResponse | None = None
        if _linux_value is not None:
            linux = LinuxResponse.from_dict(_linux_value)

        _android_value = d.pop("android", None)
        android: AndroidResponse | None = None
        if _android_value is not None:
            android = AndroidResponse.from_dict(_android_value)

        _ios_value = d.pop("ios", None)
        ios: IOSResponse | None = None
        if _ios_value is not None:
            ios = IOSResponse.from_dict(_ios_value)

        device_posture_response = cls(
            id=id,
            name=name,
            description=description,
            user_groups_ids=user_groups_ids,
            windows=windows,
            macos=macos,
            linux=linux,
            android=android,
            ios=ios,
        )

        device_posture_response.additional_properties = d
        return device_posture_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
