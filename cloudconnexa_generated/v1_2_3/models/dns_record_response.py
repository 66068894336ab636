from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsRecordResponse")


@_attrs_define
class DnsRecordResponse:
    id: str | None = None
    domain: str | None = None
    description: str | None = None
    ipv_4_addresses: list[str] | None = None
    ipv_6_addresses: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        description = self.description

        ipv_4_addresses: list[str] | None = None
        if self.ipv_4_addresses is not None:
            ipv_4_addresses = self.ipv_4_addresses

        ipv_6_addresses: list[str] | None = None
        if self.ipv_6_addresses is not None:
            ipv_6_addresses = self.ipv_6_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if domain is not None:
            field_dict["domain"] = domain
        if description is not None:
            field_dict["description"] = description
        if ipv_4_addresses is not None:
            field_dict["ipv4Addresses"] = ipv_4_addresses
        if ipv_6_addresses is not None:
            field_dict["ipv6Addresses"] = ipv_6_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        domain = d.pop("domain", None)

        description = d.pop("description", None)

        _ipv_4_addresses_value = d.pop("ipv4Addresses", None)
        ipv_4_addresses: list[str] | None = None
        if _ipv_4_addresses_value is not None:
            ipv_4_addresses = cast(list[str], _ipv_4_addresses_value)

        _ipv_6_addresses_value = d.pop("ipv6Addresses", None)
        ipv_6_addresses: list[str] | None = None
        if _ipv_6_addresses_value is not None:
            ipv_6_addresses = cast(list[str], _ipv_6_addresses_value)

        dns_record_response = cls(
            id=id,
            domain=domain,
            description=description,
            ipv_4_addresses=ipv_4_addresses,
            ipv_6_addresses=ipv_6_addresses,
        )

        dns_record_response.additional_properties = d
        return dns_record_response

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
