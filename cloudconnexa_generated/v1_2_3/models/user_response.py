from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_response_auth_type import UserResponseAuthType
from ..models.user_response_connection_status import UserResponseConnectionStatus
from ..models.user_response_role import UserResponseRole
from ..models.user_response_status import UserResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_response import DeviceResponse


T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    group_id: str | Unset = UNSET
    status: UserResponseStatus | Unset = UNSET
    auth_type: UserResponseAuthType | Unset = UNSET
    role: UserResponseRole | Unset = UNSET
    devices: list[DeviceResponse] | Unset = UNSET
    connection_status: UserResponseConnectionStatus | Unset = UNSET
    secondary_group_ids: list[str] | Unset = UNSET
    licensed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_response import DeviceResponse  # noqa: PLC0415

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        username = self.username

        email = self.email

        group_id = self.group_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        connection_status: str | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.value

        secondary_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.secondary_group_ids, Unset):
            secondary_group_ids = self.secondary_group_ids

        licensed = self.licensed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if status is not UNSET:
            field_dict["status"] = status
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if role is not UNSET:
            field_dict["role"] = role
        if devices is not UNSET:
            field_dict["devices"] = devices
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if secondary_group_ids is not UNSET:
            field_dict["secondaryGroupIds"] = secondary_group_ids
        if licensed is not UNSET:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_response import DeviceResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        group_id = d.pop("groupId", UNSET)

        _status = d.pop("status", UNSET)
        status: UserResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserResponseStatus(_status)

        _auth_type = d.pop("authType", UNSET)
        auth_type: UserResponseAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = UserResponseAuthType(_auth_type)

        _role = d.pop("role", UNSET)
        role: UserResponseRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserResponseRole(_role)

        _devices = d.pop("devices", UNSET)
        devices: list[DeviceResponse] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = DeviceResponse.from_dict(devices_item_data)

                devices.append(devices_item)

        _connection_status = d.pop("connectionStatus", UNSET)
        connection_status: UserResponseConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = UserResponseConnectionStatus(_connection_status)

        secondary_group_ids = cast(list[str], d.pop("secondaryGroupIds", UNSET))

        licensed = d.pop("licensed", UNSET)

        user_response = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            email=email,
            group_id=group_id,
            status=status,
            auth_type=auth_type,
            role=role,
            devices=devices,
            connection_status=connection_status,
            secondary_group_ids=secondary_group_ids,
            licensed=licensed,
        )

        user_response.additional_properties = d
        return user_response

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
