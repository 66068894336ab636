from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_sec_config_response import IpSecConfigResponse


T = TypeVar("T", bound="NetworkConnectorResponse")


@_attrs_define
class NetworkConnectorResponse:
    id: str | None = None
    network_item_id: str | None = None
    network_item_type: str | None = None
    name: str | None = None
    description: str | None = None
    vpn_region_id: str | None = None
    ip_v4_address: str | None = None
    ip_v6_address: str | None = None
    tunneling_protocol: str | None = None
    ip_sec_config: IpSecConfigResponse | None = None
    connection_status: str | None = None
    licensed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_sec_config_response import IpSecConfigResponse  # noqa: PLC0415

        id = self.id

        network_item_id = self.network_item_id

        network_item_type = self.network_item_type

        name = self.name

        description = self.description

        vpn_region_id = self.vpn_region_id

        ip_v4_address = self.ip_v4_address

        ip_v6_address = self.ip_v6_address

        tunneling_protocol = self.tunneling_protocol

        ip_sec_config: dict[str, Any] | None = None
        if self.ip_sec_config is not None:
            ip_sec_config = self.ip_sec_config.to_dict()

        connection_status = self.connection_status

        licensed = self.licensed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if network_item_id is not None:
            field_dict["networkItemId"] = network_item_id
        if network_item_type is not None:
            field_dict["networkItemType"] = network_item_type
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if vpn_region_id is not None:
            field_dict["vpnRegionId"] = vpn_region_id
        if ip_v4_address is not None:
            field_dict["ipV4Address"] = ip_v4_address
        if ip_v6_address is not None:
            field_dict["ipV6Address"] = ip_v6_address
        if tunneling_protocol is not None:
            field_dict["tunnelingProtocol"] = tunneling_protocol
        if ip_sec_config is not None:
            field_dict["ipSecConfig"] = ip_sec_config
        if connection_status is not None:
            field_dict["connectionStatus"] = connection_status
        if licensed is not None:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_sec_config_response import IpSecConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        network_item_id = d.pop("networkItemId", None)

        network_item_type = d.pop("networkItemType", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        vpn_region_id = d.pop("vpnRegionId", None)

        ip_v4_address = d.pop("ipV4Address", None)

        ip_v6_address = d.pop("ipV6Address", None)

        tunneling_protocol = d.pop("tunnelingProtocol", None)

        _ip_sec_config_value = d.pop("ipSecConfig", None)
        ip_sec_config: IpSecConfigResponse | None = None
        if _ip_sec_config_value is not None:
            ip_sec_config = IpSecConfigResponse.from_dict(_ip_sec_config_value)

        connection_status = d.pop("connectionStatus", None)

        licensed = d.pop("licensed", None)

        network_connector_response = cls(
            id=id,
            network_item_id=network_item_id,
            network_item_type=network_item_type,
            name=name,
            description=description,
            vpn_region_id=vpn_region_id,
            ip_v4_address=ip_v4_address,
            ip_v6_address=ip_v6_address,
            tunneling_protocol=tunneling_protocol,
            ip_sec_config=ip_sec_config,
            connection_status=connection_status,
            licensed=licensed,
        )

        network_connector_response.additional_properties = d
        return network_connector_response

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
