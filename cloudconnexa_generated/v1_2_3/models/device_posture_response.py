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
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    user_groups_ids: list[str] | Unset = UNSET
    windows: WindowsResponse | Unset = UNSET
    macos: MacOSResponse | Unset = UNSET
    linux: LinuxResponse | Unset = UNSET
    android: AndroidResponse | Unset = UNSET
    ios: IOSResponse | Unset = UNSET
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

        user_groups_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_groups_ids, Unset):
            user_groups_ids = self.user_groups_ids

        windows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = self.windows.to_dict()

        macos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.macos, Unset):
            macos = self.macos.to_dict()

        linux: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linux, Unset):
            linux = self.linux.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        ios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = self.ios.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_groups_ids is not UNSET:
            field_dict["userGroupsIds"] = user_groups_ids
        if windows is not UNSET:
            field_dict["windows"] = windows
        if macos is not UNSET:
            field_dict["macos"] = macos
        if linux is not UNSET:
            field_dict["linux"] = linux
        if android is not UNSET:
            field_dict["android"] = android
        if ios is not UNSET:
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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        user_groups_ids = cast(list[str], d.pop("userGroupsIds", UNSET))

        _windows = d.pop("windows", UNSET)
        windows: WindowsResponse | Unset
        if isinstance(_windows, Unset):
            windows = UNSET
        else:
            windows = WindowsResponse.from_dict(_windows)

        _macos = d.pop("macos", UNSET)
        macos: MacOSResponse | Unset
        if isinstance(_macos, Unset):
            macos = UNSET
        else:
            macos = MacOSResponse.from_dict(_macos)

        _linux = d.pop("linux", UNSET)
        linux: LinuxResponse | Unset
        if isinstance(_linux, Unset):
            linux = UNSET
        else:
            linux = LinuxResponse.from_dict(_linux)

        _android = d.pop("android", UNSET)
        android: AndroidResponse | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = AndroidResponse.from_dict(_android)

        _ios = d.pop("ios", UNSET)
        ios: IOSResponse | Unset
        if isinstance(_ios, Unset):
            ios = UNSET
        else:
            ios = IOSResponse.from_dict(_ios)

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
