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
    id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    email: str | None = None
    group_id: str | None = None
    status: UserResponseStatus | None = None
    auth_type: UserResponseAuthType | None = None
    role: UserResponseRole | None = None
    devices: list[DeviceResponse] | None = None
    connection_status: UserResponseConnectionStatus | None = None
    secondary_group_ids: list[str] | None = None
    licensed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_response import DeviceResponse  # noqa: PLC0415

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        username = self.username

        email = self.email

        group_id = self.group_id

        status: str | None = None
        if self.status is not None:
            status = self.status.value

        auth_type: str | None = None
        if self.auth_type is not None:
            auth_type = self.auth_type.value

        role: str | None = None
        if self.role is not None:
            role = self.role.value

        devices: list[dict[str, Any]] | None = None
        if self.devices is not None:
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        connection_status: str | None = None
        if self.connection_status is not None:
            connection_status = self.connection_status.value

        secondary_group_ids: list[str] | None = None
        if self.secondary_group_ids is not None:
            secondary_group_ids = self.secondary_group_ids

        licensed = self.licensed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if username is not None:
            field_dict["username"] = username
        if email is not None:
            field_dict["email"] = email
        if group_id is not None:
            field_dict["groupId"] = group_id
        if status is not None:
            field_dict["status"] = status
        if auth_type is not None:
            field_dict["authType"] = auth_type
        if role is not None:
            field_dict["role"] = role
        if devices is not None:
            field_dict["devices"] = devices
        if connection_status is not None:
            field_dict["connectionStatus"] = connection_status
        if secondary_group_ids is not None:
            field_dict["secondaryGroupIds"] = secondary_group_ids
        if licensed is not None:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_response import DeviceResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        username = d.pop("username", None)

        email = d.pop("email", None)

        group_id = d.pop("groupId", None)

        _status_value = d.pop("status", None)
        status: UserResponseStatus | None = None
        if _status_value is not None:
            status = UserResponseStatus(_status_value)

        _auth_type_value = d.pop("authType", None)
        auth_type: UserResponseAuthType | None = None
        if _auth_type_value is not None:
            auth_type = UserResponseAuthType(_auth_type_value)

        _role_value = d.pop("role", None)
        role: UserResponseRole | None = None
        if _role_value is not None:
            role = UserResponseRole(_role_value)

        _devices_value = d.pop("devices", None)
        devices: list[DeviceResponse] | None = None
        if _devices_value is not None:
            devices = []
            _devices = _devices_value
            for devices_item_data in _devices:
                devices_item = DeviceResponse.from_dict(devices_item_data)

                devices.append(devices_item)

        _connection_status_value = d.pop("connectionStatus", None)
        connection_status: UserResponseConnectionStatus | None = None
        if _connection_status_value is not None:
            connection_status = UserResponseConnectionStatus(_connection_status_value)

        _secondary_group_ids_value = d.pop("secondaryGroupIds", None)
        secondary_group_ids: list[str] | None = None
        if _secondary_group_ids_value is not None:
            secondary_group_ids = cast(list[str], _secondary_group_ids_value)

        licensed = d.pop("licensed", None)

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
