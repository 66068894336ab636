from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_route_response_type import DomainRouteResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRouteResponse")


@_attrs_define
class DomainRouteResponse:
    id: str | Unset = UNSET
    type_: DomainRouteResponseType | Unset = UNSET
    domain: str | Unset = UNSET
    allow_embedded_ip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        domain = self.domain

        allow_embedded_ip = self.allow_embedded_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if domain is not UNSET:
            field_dict["domain"] = domain
        if allow_embedded_ip is not UNSET:
            field_dict["allowEmbeddedIp"] = allow_embedded_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DomainRouteResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DomainRouteResponseType(_type_)

        domain = d.pop("domain", UNSET)

        allow_embedded_ip = d.pop("allowEmbeddedIp", UNSET)

        domain_route_response = cls(
            id=id,
            type_=type_,
            domain=domain,
            allow_embedded_ip=allow_embedded_ip,
        )

        domain_route_response.additional_properties = d
        return domain_route_response

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
