from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_sec_config_response import IpSecConfigResponse


T = TypeVar("T", bound="NetworkConnectorResponse")


@_attrs_define
class NetworkConnectorResponse:
    id: UUID | Unset = UNSET
    network_item_id: UUID | Unset = UNSET
    network_item_type: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    vpn_region_id: str | Unset = UNSET
    ip_v4_address: str | Unset = UNSET
    ip_v6_address: str | Unset = UNSET
    tunneling_protocol: str | Unset = UNSET
    ip_sec_config: IpSecConfigResponse | Unset = UNSET
    connection_status: str | Unset = UNSET
    licensed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_sec_config_response import IpSecConfigResponse  # noqa: PLC0415

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        network_item_id: str | Unset = UNSET
        if not isinstance(self.network_item_id, Unset):
            network_item_id = str(self.network_item_id)

        network_item_type = self.network_item_type

        name = self.name

        description = self.description

        vpn_region_id = self.vpn_region_id

        ip_v4_address = self.ip_v4_address

        ip_v6_address = self.ip_v6_address

        tunneling_protocol = self.tunneling_protocol

        ip_sec_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_sec_config, Unset):
            ip_sec_config = self.ip_sec_config.to_dict()

        connection_status = self.connection_status

        licensed = self.licensed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if network_item_id is not UNSET:
            field_dict["networkItemId"] = network_item_id
        if network_item_type is not UNSET:
            field_dict["networkItemType"] = network_item_type
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if vpn_region_id is not UNSET:
            field_dict["vpnRegionId"] = vpn_region_id
        if ip_v4_address is not UNSET:
            field_dict["ipV4Address"] = ip_v4_address
        if ip_v6_address is not UNSET:
            field_dict["ipV6Address"] = ip_v6_address
        if tunneling_protocol is not UNSET:
            field_dict["tunnelingProtocol"] = tunneling_protocol
        if ip_sec_config is not UNSET:
            field_dict["ipSecConfig"] = ip_sec_config
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if licensed is not UNSET:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_sec_config_response import IpSecConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _network_item_id = d.pop("networkItemId", UNSET)
        network_item_id: UUID | Unset
        if isinstance(_network_item_id, Unset):
            network_item_id = UNSET
        else:
            network_item_id = UUID(_network_item_id)

        network_item_type = d.pop("networkItemType", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        vpn_region_id = d.pop("vpnRegionId", UNSET)

        ip_v4_address = d.pop("ipV4Address", UNSET)

        ip_v6_address = d.pop("ipV6Address", UNSET)

        tunneling_protocol = d.pop("tunnelingProtocol", UNSET)

        _ip_sec_config = d.pop("ipSecConfig", UNSET)
        ip_sec_config: IpSecConfigResponse | Unset
        if isinstance(_ip_sec_config, Unset):
            ip_sec_config = UNSET
        else:
            ip_sec_config = IpSecConfigResponse.from_dict(_ip_sec_config)

        connection_status = d.pop("connectionStatus", UNSET)

        licensed = d.pop("licensed", UNSET)

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
