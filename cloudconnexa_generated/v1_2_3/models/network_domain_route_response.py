from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_domain_route_response_type import NetworkDomainRouteResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkDomainRouteResponse")


@_attrs_define
class NetworkDomainRouteResponse:
    id: str | None = None
    type_: NetworkDomainRouteResponseType | None = None
    domain: str | None = None
    allow_embedded_ip: bool | None = None
    exact_match: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        domain = self.domain

        allow_embedded_ip = self.allow_embedded_ip

        exact_match = self.exact_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        if domain is not None:
            field_dict["domain"] = domain
        if allow_embedded_ip is not None:
            field_dict["allowEmbeddedIp"] = allow_embedded_ip
        if exact_match is not None:
            field_dict["exactMatch"] = exact_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        _type__value = d.pop("type", None)
        type_: NetworkDomainRouteResponseType | None = None
        if _type__value is not None:
            type_ = NetworkDomainRouteResponseType(_type__value)

        domain = d.pop("domain", None)

        allow_embedded_ip = d.pop("allowEmbeddedIp", None)

        exact_match = d.pop("exactMatch", None)

        network_domain_route_response = cls(
            id=id,
            type_=type_,
            domain=domain,
            allow_embedded_ip=allow_embedded_ip,
            exact_match=exact_match,
        )

        network_domain_route_response.additional_properties = d
        return network_domain_route_response

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
