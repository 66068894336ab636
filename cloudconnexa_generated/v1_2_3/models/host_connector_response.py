from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_connector_response_connection_status import HostConnectorResponseConnectionStatus
from ..models.host_connector_response_network_item_type import HostConnectorResponseNetworkItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostConnectorResponse")


@_attrs_define
class HostConnectorResponse:
    id: UUID | Unset = UNSET
    network_item_id: UUID | Unset = UNSET
    network_item_type: HostConnectorResponseNetworkItemType | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    vpn_region_id: str | Unset = UNSET
    ip_v4_address: str | Unset = UNSET
    ip_v6_address: str | Unset = UNSET
    connection_status: HostConnectorResponseConnectionStatus | Unset = UNSET
    licensed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        network_item_id: str | Unset = UNSET
        if not isinstance(self.network_item_id, Unset):
            network_item_id = str(self.network_item_id)

        network_item_type: str | Unset = UNSET
        if not isinstance(self.network_item_type, Unset):
            network_item_type = self.network_item_type.value

        name = self.name

        description = self.description

        vpn_region_id = self.vpn_region_id

        ip_v4_address = self.ip_v4_address

        ip_v6_address = self.ip_v6_address

        connection_status: str | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.value

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
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if licensed is not UNSET:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _network_item_type = d.pop("networkItemType", UNSET)
        network_item_type: HostConnectorResponseNetworkItemType | Unset
        if isinstance(_network_item_type, Unset):
            network_item_type = UNSET
        else:
            network_item_type = HostConnectorResponseNetworkItemType(_network_item_type)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        vpn_region_id = d.pop("vpnRegionId", UNSET)

        ip_v4_address = d.pop("ipV4Address", UNSET)

        ip_v6_address = d.pop("ipV6Address", UNSET)

        _connection_status = d.pop("connectionStatus", UNSET)
        connection_status: HostConnectorResponseConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = HostConnectorResponseConnectionStatus(_connection_status)

        licensed = d.pop("licensed", UNSET)

        host_connector_response = cls(
            id=id,
            network_item_id=network_item_id,
            network_item_type=network_item_type,
            name=name,
            description=description,
            vpn_region_id=vpn_region_id,
            ip_v4_address=ip_v4_address,
            ip_v6_address=ip_v6_address,
            connection_status=connection_status,
            licensed=licensed,
        )

        host_connector_response.additional_properties = d
        return host_connector_response

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
