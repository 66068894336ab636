from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_service_response_network_item_type import IpServiceResponseNetworkItemType
from ..models.ip_service_response_type import IpServiceResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_route_response import IpRouteResponse
    from ..models.service_config_response import ServiceConfigResponse


T = TypeVar("T", bound="IpServiceResponse")


@_attrs_define
class IpServiceResponse:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    network_item_id: str | Unset = UNSET
    type_: IpServiceResponseType | Unset = UNSET
    network_item_type: IpServiceResponseNetworkItemType | Unset = UNSET
    routes: list[IpRouteResponse] | Unset = UNSET
    config: ServiceConfigResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_route_response import IpRouteResponse  # noqa: PLC0415
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        network_item_id = self.network_item_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        network_item_type: str | Unset = UNSET
        if not isinstance(self.network_item_type, Unset):
            network_item_type = self.network_item_type.value

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if network_item_id is not UNSET:
            field_dict["networkItemId"] = network_item_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if network_item_type is not UNSET:
            field_dict["networkItemType"] = network_item_type
        if routes is not UNSET:
            field_dict["routes"] = routes
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_route_response import IpRouteResponse  # noqa: PLC0415
        from ..models.service_config_response import ServiceConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        network_item_id = d.pop("networkItemId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: IpServiceResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IpServiceResponseType(_type_)

        _network_item_type = d.pop("networkItemType", UNSET)
        network_item_type: IpServiceResponseNetworkItemType | Unset
        if isinstance(_network_item_type, Unset):
            network_item_type = UNSET
        else:
            network_item_type = IpServiceResponseNetworkItemType(_network_item_type)

        _routes = d.pop("routes", UNSET)
        routes: list[IpRouteResponse] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = IpRouteResponse.from_dict(routes_item_data)

                routes.append(routes_item)

        _config = d.pop("config", UNSET)
        config: ServiceConfigResponse | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ServiceConfigResponse.from_dict(_config)

        ip_service_response = cls(
            id=id,
            name=name,
            description=description,
            network_item_id=network_item_id,
            type_=type_,
            network_item_type=network_item_type,
            routes=routes,
            config=config,
        )

        ip_service_response.additional_properties = d
        return ip_service_response

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
