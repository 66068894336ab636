from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_ip_service_response_network_item_type import NetworkIpServiceResponseNetworkItemType
from ..models.network_ip_service_response_type import NetworkIpServiceResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_route_response import IpRouteResponse
    from ..models.service_config_response import ServiceConfigResponse


T = TypeVar("T", bound="NetworkIpServiceResponse")


@_attrs_define
class NetworkIpServiceResponse:
    """Network IP service (renamed IpServiceResponse; same properties)."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    network_item_id: str | None = None
    type_: NetworkIpServiceResponseType | None = None
    network_item_type: NetworkIpServiceResponseNetworkItemType | None = None
    routes: list[IpRouteResponse] | None = None
    config: ServiceConfigResponse | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_route_response import IpRouteResponse  # noqa: PLC0415
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        network_item_id = self.network_item_id

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        network_item_type: str | None = None
        if self.network_item_type is not None:
            network_item_type = self.network_item_type.value

        routes: list[dict[str, Any]] | None = None
        if self.routes is not None:
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

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
        if type_ is not None:
            field_dict["type"] = type_
        if network_item_type is not None:
            field_dict["networkItemType"] = network_item_type
        if routes is not None:
            field_dict["routes"] = routes
        if config is not None:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_route_response import IpRouteResponse  # noqa: PLC0415
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        network_item_id = d.pop("networkItemId", None)

        _type__value = d.pop("type", None)
        type_: NetworkIpServiceResponseType | None = None
        if _type__value is not None:
            type_ = NetworkIpServiceResponseType(_type__value)

        _network_item_type_value = d.pop("networkItemType", None)
        network_item_type: NetworkIpServiceResponseNetworkItemType | None = None
        if _network_item_type_value is not None:
            network_item_type = NetworkIpServiceResponseNetworkItemType(_network_item_type_value)

        _routes_value = d.pop("routes", None)
        routes: list[IpRouteResponse] | None = None
        if _routes_value is not None:
            routes = []
            _routes = _routes_value
            for routes_item_data in _routes:
                routes_item = IpRouteResponse.from_dict(routes_item_data)

                routes.append(routes_item)

        _config_value = d.pop("config", None)
        config: ServiceConfigResponse | None = None
        if _config_value is not None:
            config = ServiceConfigResponse.from_dict(_config_value)

        network_ip_service_response = cls(
            id=id,
            name=name,
            description=description,
            network_item_id=network_item_id,
            type_=type_,
            network_item_type=network_item_type,
            routes=routes,
            config=config,
        )

        network_ip_service_response.additional_properties = d
        return network_ip_service_response

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
