from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_create_request_internet_access import NetworkCreateRequestInternetAccess
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connector_request import NetworkConnectorRequest
    from ..models.network_route_request import NetworkRouteRequest


T = TypeVar("T", bound="NetworkCreateRequest")


@_attrs_define
class NetworkCreateRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    internet_access: NetworkCreateRequestInternetAccess | Unset = UNSET
    egress: bool | Unset = UNSET
    routes: list[NetworkRouteRequest] | Unset = UNSET
    connectors: list[NetworkConnectorRequest] | Unset = UNSET
    tunneling_protocol: str | Unset = UNSET
    gateways_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_connector_request import NetworkConnectorRequest  # noqa: PLC0415
        from ..models.network_route_request import NetworkRouteRequest  # noqa: PLC0415

        name = self.name

        description = self.description

        internet_access: str | Unset = UNSET
        if not isinstance(self.internet_access, Unset):
            internet_access = self.internet_access.value

        egress = self.egress

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

        tunneling_protocol = self.tunneling_protocol

        gateways_ids: list[str] | Unset = UNSET
        if not isinstance(self.gateways_ids, Unset):
            gateways_ids = self.gateways_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if internet_access is not UNSET:
            field_dict["internetAccess"] = internet_access
        if egress is not UNSET:
            field_dict["egress"] = egress
        if routes is not UNSET:
            field_dict["routes"] = routes
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if tunneling_protocol is not UNSET:
            field_dict["tunnelingProtocol"] = tunneling_protocol
        if gateways_ids is not UNSET:
            field_dict["gatewaysIds"] = gateways_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_connector_request import NetworkConnectorRequest  # noqa: PLC0415
        from ..models.network_route_request import NetworkRouteRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _internet_access = d.pop("internetAccess", UNSET)
        internet_access: NetworkCreateRequestInternetAccess | Unset
        if isinstance(_internet_access, Unset):
            internet_access = UNSET
        else:
            internet_access = NetworkCreateRequestInternetAccess(_internet_access)

        egress = d.pop("egress", UNSET)

        _routes = d.pop("routes", UNSET)
        routes: list[NetworkRouteRequest] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = NetworkRouteRequest.from_dict(routes_item_data)

                routes.append(routes_item)

        _connectors = d.pop("connectors", UNSET)
        connectors: list[NetworkConnectorRequest] | Unset = UNSET
        if _connectors is not UNSET:
            connectors = []
            for connectors_item_data in _connectors:
                connectors_item = NetworkConnectorRequest.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        tunneling_protocol = d.pop("tunnelingProtocol", UNSET)

        gateways_ids = cast(list[str], d.pop("gatewaysIds", UNSET))

        network_create_request = cls(
            name=name,
            description=description,
            internet_access=internet_access,
            egress=egress,
            routes=routes,
            connectors=connectors,
            tunneling_protocol=tunneling_protocol,
            gateways_ids=gateways_ids,
        )

        network_create_request.additional_properties = d
        return network_create_request

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
