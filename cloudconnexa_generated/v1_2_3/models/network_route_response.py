from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_route_response_type import NetworkRouteResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkRouteResponse")


@_attrs_define
class NetworkRouteResponse:
    id: str | None = None
    type_: NetworkRouteResponseType | None = None
    subnet: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        subnet = self.subnet

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        if subnet is not None:
            field_dict["subnet"] = subnet
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        _type__value = d.pop("type", None)
        type_: NetworkRouteResponseType | None = None
        if _type__value is not None:
            type_ = NetworkRouteResponseType(_type__value)

        subnet = d.pop("subnet", None)

        description = d.pop("description", None)

        network_route_response = cls(
            id=id,
            type_=type_,
            subnet=subnet,
            description=description,
        )

        network_route_response.additional_properties = d
        return network_route_response

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
