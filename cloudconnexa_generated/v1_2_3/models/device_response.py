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
    id: str | None = None
    user_id: str | None = None
    client_uuid: str | None = None
    name: str | None = None
    description: str | None = None
    ip_v4_address: str | None = None
    ip_v6_address: str | None = None
    platform: PlatformResponse | str | None = None
    connection_status: DeviceResponseConnectionStatus | None = None
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

        platform: dict[str, Any] | str | None = None
        if self.platform is not None:
            if isinstance(self.platform, PlatformResponse):
                platform = self.platform.to_dict()
            else:
                platform = self.platform

        connection_status: str | None = None
        if self.connection_status is not None:
            connection_status = self.connection_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if user_id is not None:
            field_dict["userId"] = user_id
        if client_uuid is not None:
            field_dict["clientUUID"] = client_uuid
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if ip_v4_address is not None:
            field_dict["ipV4Address"] = ip_v4_address
        if ip_v6_address is not None:
            field_dict["ipV6Address"] = ip_v6_address
        if platform is not None:
            field_dict["platform"] = platform
        if connection_status is not None:
            field_dict["connectionStatus"] = connection_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_response import PlatformResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        user_id = d.pop("userId", None)

        client_uuid = d.pop("clientUUID", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        ip_v4_address = d.pop("ipV4Address", None)

        ip_v6_address = d.pop("ipV6Address", None)

        _platform_value = d.pop("platform", None)
        platform: PlatformResponse | str | None = None
        if _platform_value is not None:

            def _parse_platform(data: object) -> PlatformResponse | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    platform_type_0 = PlatformResponse.from_dict(data)

                    return platform_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PlatformResponse | str, data)

            platform = _parse_platform(_platform_value)

        _connection_status_value = d.pop("connectionStatus", None)
        connection_status: DeviceResponseConnectionStatus | None = None
        if _connection_status_value is not None:
            connection_status = DeviceResponseConnectionStatus(_connection_status_value)

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
