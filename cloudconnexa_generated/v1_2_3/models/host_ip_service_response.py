from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_ip_service_response_network_item_type import HostIpServiceResponseNetworkItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config_response import ServiceConfigResponse


T = TypeVar("T", bound="HostIpServiceResponse")


@_attrs_define
class HostIpServiceResponse:
    """Host IP service (v1.1.0+); unlike IpServiceResponse it has no routes and no type."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    network_item_id: str | None = None
    network_item_type: HostIpServiceResponseNetworkItemType | None = None
    config: ServiceConfigResponse | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        network_item_id = self.network_item_id

        network_item_type: str | None = None
        if self.network_item_type is not None:
            network_item_type = self.network_item_type.value

        config: dict[str, Any] | None = None
        if self.config is not None:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if network_item_id is not None:
            field_dict["networkItemId"] = network_item_id
        if network_item_type is not None:
            field_dict["networkItemType"] = network_item_type
        if config is not None:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        network_item_id = d.pop("networkItemId", None)

        _network_item_type_value = d.pop("networkItemType", None)
        network_item_type: HostIpServiceResponseNetworkItemType | None = None
        if _network_item_type_value is not None:
            network_item_type = HostIpServiceResponseNetworkItemType(_network_item_type_value)

        _config_value = d.pop("config", None)
        config: ServiceConfigResponse | None = None
        if _config_value is not None:
            config = ServiceConfigResponse.from_dict(_config_value)

        host_ip_service_response = cls(
            id=id,
            name=name,
            description=description,
            network_item_id=network_item_id,
            network_item_type=network_item_type,
            config=config,
        )

        host_ip_service_response.additional_properties = d
        return host_ip_service_response

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
