from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_route_response_type import IpRouteResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IpRouteResponse")


@_attrs_define
class IpRouteResponse:
    id: str | None = None
    parent_route_id: str | None = None
    type_: IpRouteResponseType | None = None
    subnet: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_route_id = self.parent_route_id

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        subnet = self.subnet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if parent_route_id is not None:
            field_dict["parentRouteId"] = parent_route_id
        if type_ is not None:
            field_dict["type"] = type_
        if subnet is not None:
            field_dict["subnet"] = subnet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        parent_route_id = d.pop("parentRouteId", None)

        _type__value = d.pop("type", None)
        type_: IpRouteResponseType | None = None
        if _type__value is not None:
            type_ = IpRouteResponseType(_type__value)

        subnet = d.pop("subnet", None)

        ip_route_response = cls(
            id=id,
            parent_route_id=parent_route_id,
            type_=type_,
            subnet=subnet,
        )

        ip_route_response.additional_properties = d
        return ip_route_response

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
