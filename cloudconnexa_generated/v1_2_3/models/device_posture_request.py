from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_request import AndroidRequest
    from ..models.ios_request import IOSRequest
    from ..models.linux_request import LinuxRequest
    from ..models.mac_os_request import MacOSRequest
    from ..models.windows_request import WindowsRequest


T = TypeVar("T", bound="DevicePostureRequest")


@_attrs_define
class DevicePostureRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    user_groups_ids: list[str] | Unset = UNSET
    windows: WindowsRequest | Unset = UNSET
    macos: MacOSRequest | Unset = UNSET
    linux: LinuxRequest | Unset = UNSET
    android: AndroidRequest | Unset = UNSET
    ios: IOSRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.android_request import AndroidRequest  # noqa: PLC0415
        from ..models.ios_request import IOSRequest  # noqa: PLC0415
        from ..models.linux_request import LinuxRequest  # noqa: PLC0415
        from ..models.mac_os_request import MacOSRequest  # noqa: PLC0415
        from ..models.windows_request import WindowsRequest  # noqa: PLC0415

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
        from ..models.android_request import AndroidRequest  # noqa: PLC0415
        from ..models.ios_request import IOSRequest  # noqa: PLC0415
        from ..models.linux_request import LinuxRequest  # noqa: PLC0415
        from ..models.mac_os_request import MacOSRequest  # noqa: PLC0415
        from ..models.windows_request import WindowsRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        user_groups_ids = cast(list[str], d.pop("userGroupsIds", UNSET))

        _windows = d.pop("windows", UNSET)
        windows: WindowsRequest | Unset
        if isinstance(_windows, Unset):
            windows = UNSET
        else:
            windows = WindowsRequest.from_dict(_windows)

        _macos = d.pop("macos", UNSET)
        macos: MacOSRequest | Unset
        if isinstance(_macos, Unset):
            macos = UNSET
        else:
            macos = MacOSRequest.from_dict(_macos)

        _linux = d.pop("linux", UNSET)
        linux: LinuxRequest | Unset
        if isinstance(_linux, Unset):
            linux = UNSET
        else:
            linux = LinuxRequest.from_dict(_linux)

        _android = d.pop("android", UNSET)
        android: AndroidRequest | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = AndroidRequest.from_dict(_android)

        _ios = d.pop("ios", UNSET)
        ios: IOSRequest | Unset
        if isinstance(_ios, Unset):
            ios = UNSET
        else:
            ios = IOSRequest.from_dict(_ios)

        device_posture_request = cls(
            name=name,
            description=description,
            user_groups_ids=user_groups_ids,
            windows=windows,
            macos=macos,
            linux=linux,
            android=android,
            ios=ios,
        )

        device_posture_request.additional_properties = d
        return device_posture_request

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
