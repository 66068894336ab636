from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_create_request_role import UserCreateRequestRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_request import DeviceRequest


T = TypeVar("T", bound="UserCreateRequest")


@_attrs_define
class UserCreateRequest:
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    group_id: str | Unset = UNSET
    role: UserCreateRequestRole | Unset = UNSET
    devices: list[DeviceRequest] | Unset = UNSET
    secondary_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_request import DeviceRequest  # noqa: PLC0415

        first_name = self.first_name

        last_name = self.last_name

        username = self.username

        email = self.email

        group_id = self.group_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        secondary_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.secondary_group_ids, Unset):
            secondary_group_ids = self.secondary_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if role is not UNSET:
            field_dict["role"] = role
        if devices is not UNSET:
            field_dict["devices"] = devices
        if secondary_group_ids is not UNSET:
            field_dict["secondaryGroupIds"] = secondary_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_request import DeviceRequest  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        group_id = d.pop("groupId", UNSET)

        _role = d.pop("role", UNSET)
        role: UserCreateRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserCreateRequestRole(_role)

        _devices = d.pop("devices", UNSET)
        devices: list[DeviceRequest] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = DeviceRequest.from_dict(devices_item_data)

                devices.append(devices_item)

        secondary_group_ids = cast(list[str], d.pop("secondaryGroupIds", UNSET))

        user_create_request = cls(
            first_name=first_name,
            last_name=last_name,
            username=username,
            email=email,
            group_id=group_id,
            role=role,
            devices=devices,
            secondary_group_ids=secondary_group_ids,
        )

        user_create_request.additional_properties = d
        return user_create_request

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
