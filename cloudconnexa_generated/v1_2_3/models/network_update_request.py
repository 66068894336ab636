from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_update_request_internet_access import NetworkUpdateRequestInternetAccess
from ..models.network_update_request_tunneling_protocol import NetworkUpdateRequestTunnelingProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkUpdateRequest")


@_attrs_define
class NetworkUpdateRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    egress: bool | Unset = UNSET
    internet_access: NetworkUpdateRequestInternetAccess | Unset = UNSET
    gateways_ids: list[str] | Unset = UNSET
    tunneling_protocol: NetworkUpdateRequestTunnelingProtocol | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        egress = self.egress

        internet_access: str | Unset = UNSET
        if not isinstance(self.internet_access, Unset):
            internet_access = self.internet_access.value

        gateways_ids: list[str] | Unset = UNSET
        if not isinstance(self.gateways_ids, Unset):
            gateways_ids = self.gateways_ids

        tunneling_protocol: str | Unset = UNSET
        if not isinstance(self.tunneling_protocol, Unset):
            tunneling_protocol = self.tunneling_protocol.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if egress is not UNSET:
            field_dict["egress"] = egress
        if internet_access is not UNSET:
            field_dict["internetAccess"] = internet_access
        if gateways_ids is not UNSET:
            field_dict["gatewaysIds"] = gateways_ids
        if tunneling_protocol is not UNSET:
            field_dict["tunnelingProtocol"] = tunneling_protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        egress = d.pop("egress", UNSET)

        _internet_access = d.pop("internetAccess", UNSET)
        internet_access: NetworkUpdateRequestInternetAccess | Unset
        if isinstance(_internet_access, Unset):
            internet_access = UNSET
        else:
            internet_access = NetworkUpdateRequestInternetAccess(_internet_access)

        gateways_ids = cast(list[str], d.pop("gatewaysIds", UNSET))

        _tunneling_protocol = d.pop("tunnelingProtocol", UNSET)
        tunneling_protocol: NetworkUpdateRequestTunnelingProtocol | Unset
        if isinstance(_tunneling_protocol, Unset):
            tunneling_protocol = UNSET
        else:
            tunneling_protocol = NetworkUpdateRequestTunnelingProtocol(_tunneling_protocol)

        network_update_request = cls(
            name=name,
            description=description,
            egress=egress,
            internet_access=internet_access,
            gateways_ids=gateways_ids,
            tunneling_protocol=tunneling_protocol,
        )

        network_update_request.additional_properties = d
        return network_update_request

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
