from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_route_response_type import NetworkRouteResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkRouteResponse")


@_attrs_define
class NetworkRouteResponse:
    id: UUID | Unset = UNSET
    type_: NetworkRouteResponseType | Unset = UNSET
    subnet: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        subnet = self.subnet

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subnet is not UNSET:
            field_dict["subnet"] = subnet
        if description is not UNSET:
            field_dict["description"] = description

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

        _type_ = d.pop("type", UNSET)
        type_: NetworkRouteResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NetworkRouteResponseType(_type_)

        subnet = d.pop("subnet", UNSET)

        description = d.pop("description", UNSET)

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
