from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_sec_config_request import IpSecConfigRequest


T = TypeVar("T", bound="NetworkConnectorRequest")


@_attrs_define
class NetworkConnectorRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    vpn_region_id: str | Unset = UNSET
    ip_sec_config: IpSecConfigRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_sec_config_request import IpSecConfigRequest  # noqa: PLC0415

        name = self.name

        description = self.description

        vpn_region_id = self.vpn_region_id

        ip_sec_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_sec_config, Unset):
            ip_sec_config = self.ip_sec_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if vpn_region_id is not UNSET:
            field_dict["vpnRegionId"] = vpn_region_id
        if ip_sec_config is not UNSET:
            field_dict["ipSecConfig"] = ip_sec_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_sec_config_request import IpSecConfigRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        vpn_region_id = d.pop("vpnRegionId", UNSET)

        _ip_sec_config = d.pop("ipSecConfig", UNSET)
        ip_sec_config: IpSecConfigRequest | Unset
        if isinstance(_ip_sec_config, Unset):
            ip_sec_config = UNSET
        else:
            ip_sec_config = IpSecConfigRequest.from_dict(_ip_sec_config)

        network_connector_request = cls(
            name=name,
            description=description,
            vpn_region_id=vpn_region_id,
            ip_sec_config=ip_sec_config,
        )

        network_connector_request.additional_properties = d
        return network_connector_request

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
