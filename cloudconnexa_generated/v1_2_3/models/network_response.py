from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connector_response import NetworkConnectorResponse
    from ..models.network_route_response import NetworkRouteResponse


T = TypeVar("T", bound="NetworkResponse")


@_attrs_define
class NetworkResponse:
    id: str | None = None
    name: str | None = None
    description: str | None = None
    egress: bool | None = None
    internet_access: str | None = None
    routes: list[NetworkRouteResponse] | None = None
    connectors: list[NetworkConnectorResponse] | None = None
    system_subnets: list[str] | None = None
    tunneling_protocol: str | None = None
    gateways_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_connector_response import NetworkConnectorResponse  # noqa: PLC0415
        from ..models.network_route_response import NetworkRouteResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        egress = self.egress

        internet_access = self.internet_access

        routes: list[dict[str, Any]] | None = None
        if self.routes is not None:
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        connectors: list[dict[str, Any]] | None = None
        if self.connectors is not None:
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

        system_subnets: list[str] | None = None
        if self.system_subnets is not None:
            system_subnets = self.system_subnets

        tunneling_protocol = self.tunneling_protocol

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
        if egress is not None:
            field_dict["egress"] = egress
        if internet_access is not None:
            field_dict["internetAccess"] = internet_access
        if routes is not None:
            field_dict["routes"] = routes
        if connectors is not None:
            field_dict["connectors"] = connectors
        if system_subnets is not None:
            field_dict["systemSubnets"] = system_subnets
        if tunneling_protocol is not None:
            field_dict["tunnelingProtocol"] = tunneling_protocol
        if gateways_ids is not None:
            field_dict["gatewaysIds"] = gateways_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_connector_response import NetworkConnectorResponse  # noqa: PLC0415
        from ..models.network_route_response import NetworkRouteResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        egress = d.pop("egress", None)

        internet_access = d.pop("internetAccess", None)

        _routes_value = d.pop("routes", None)
        routes: list[NetworkRouteResponse] | None = None
        if _routes_value is not None:
            routes = []
            _routes = _routes_value
            for routes_item_data in _routes:
                routes_item = NetworkRouteResponse.from_dict(routes_item_data)

                routes.append(routes_item)

        _connectors_value = d.pop("connectors", None)
        connectors: list[NetworkConnectorResponse] | None = None
        if _connectors_value is not None:
            connectors = []
            _connectors = _connectors_value
            for connectors_item_data in _connectors:
                connectors_item = NetworkConnectorResponse.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        _system_subnets_value = d.pop("systemSubnets", None)
        system_subnets: list[str] | None = None
        if _system_subnets_value is not None:
            system_subnets = cast(list[str], _system_subnets_value)

        tunneling_protocol = d.pop("tunnelingProtocol", None)

        _gateways_ids_value = d.pop("gatewaysIds", None)
        gateways_ids: list[str] | None = None
        if _gateways_ids_value is not None:
            gateways_ids = cast(list[str], _gateways_ids_value)

        network_response = cls(
            id=id,
            name=name,
            description=description,
            egress=egress,
            internet_access=internet_access,
            routes=routes,
            connectors=connectors,
            system_subnets=system_subnets,
            tunneling_protocol=tunneling_protocol,
            gateways_ids=gateways_ids,
        )

        network_response.additional_properties = d
        return network_response

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
