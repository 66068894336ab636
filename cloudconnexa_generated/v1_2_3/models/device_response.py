from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_response_connection_status import DeviceResponseConnectionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_response import PlatformResponse


T = TypeVar("T", bound="DeviceResponse")


@_attrs_define
class DeviceResponse:
    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    client_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    ip_v4_address: str | Unset = UNSET
    ip_v6_address: str | Unset = UNSET
    platform: PlatformResponse | Unset = UNSET
    connection_status: DeviceResponseConnectionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.platform_response import PlatformResponse  # noqa: PLC0415

        id = self.id

        user_id = self.user_id

        client_uuid = self.client_uuid

        name = self.name

        description = self.description

        ip_v4_address = self.ip_v4_address

        ip_v6_address = self.ip_v6_address

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        connection_status: str | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if client_uuid is not UNSET:
            field_dict["clientUUID"] = client_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if ip_v4_address is not UNSET:
            field_dict["ipV4Address"] = ip_v4_address
        if ip_v6_address is not UNSET:
            field_dict["ipV6Address"] = ip_v6_address
        if platform is not UNSET:
            field_dict["platform"] = platform
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_response import PlatformResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("userId", UNSET)

        client_uuid = d.pop("clientUUID", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        ip_v4_address = d.pop("ipV4Address", UNSET)

        ip_v6_address = d.pop("ipV6Address", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: PlatformResponse | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = PlatformResponse.from_dict(_platform)

        _connection_status = d.pop("connectionStatus", UNSET)
        connection_status: DeviceResponseConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = DeviceResponseConnectionStatus(_connection_status)

        device_response = cls(
            id=id,
            user_id=user_id,
            client_uuid=client_uuid,
            name=name,
            description=description,
            ip_v4_address=ip_v4_address,
            ip_v6_address=ip_v6_address,
            platform=platform,
            connection_status=connection_status,
        )

        device_response.additional_properties = d
        return device_response

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
