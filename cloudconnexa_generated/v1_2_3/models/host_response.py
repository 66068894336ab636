from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_response_internet_access import HostResponseInternetAccess
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.host_connector_response import HostConnectorResponse


T = TypeVar("T", bound="HostResponse")


@_attrs_define
class HostResponse:
    id: str | None = None
    name: str | None = None
    description: str | None = None
    internet_access: HostResponseInternetAccess | None = None
    domain: str | None = None
    connectors: list[HostConnectorResponse] | None = None
    system_subnets: list[str] | None = None
    gateways_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.host_connector_response import HostConnectorResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        internet_access: str | None = None
        if self.internet_access is not None:
            internet_access = self.internet_access.value

        domain = self.domain

        connectors: list[dict[str, Any]] | None = None
        if self.connectors is not None:
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

        system_subnets: list[str] | None = None
        if self.system_subnets is not None:
            system_subnets = self.system_subnets

        gateways_ids: list[str] | None = None
        if self.gateways_ids is not None:
            gateways_ids = self.gateways_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if internet_access is not None:
            field_dict["internetAccess"] = internet_access
        if domain is not None:
            field_dict["domain"] = domain
        if connectors is not None:
            field_dict["connectors"] = connectors
        if system_subnets is not None:
            field_dict["systemSubnets"] = system_subnets
        if gateways_ids is not None:
            field_dict["gatewaysIds"] = gateways_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.host_connector_response import HostConnectorResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _internet_access_value = d.pop("internetAccess", None)
        internet_access: HostResponseInternetAccess | None = None
        if _internet_access_value is not None:
            internet_access = HostResponseInternetAccess(_internet_access_value)

        domain = d.pop("domain", None)

        _connectors_value = d.pop("connectors", None)
        connectors: list[HostConnectorResponse] | None = None
        if _connectors_value is not None:
            connectors = []
            _connectors = _connectors_value
            for connectors_item_data in _connectors:
                connectors_item = HostConnectorResponse.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        _system_subnets_value = d.pop("systemSubnets", None)
        system_subnets: list[str] | None = None
        if _system_subnets_value is not None:
            system_subnets = cast(list[str], _system_subnets_value)

        _gateways_ids_value = d.pop("gatewaysIds", None)
        gateways_ids: list[str] | None = None
        if _gateways_ids_value is not None:
            gateways_ids = cast(list[str], _gateways_ids_value)

        host_response = cls(
            id=id,
            name=name,
            description=description,
            internet_access=internet_access,
            domain=domain,
            connectors=connectors,
            system_subnets=system_subnets,
            gateways_ids=gateways_ids,
        )

        host_response.additional_properties = d
        return host_response

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
