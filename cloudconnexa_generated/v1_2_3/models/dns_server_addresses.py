from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsServerAddresses")


@_attrs_define
class DnsServerAddresses:
    primary_ip_v4: str | None = None
    secondary_ip_v4: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_ip_v4 = self.primary_ip_v4

        secondary_ip_v4 = self.secondary_ip_v4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_ip_v4 is not None:
            field_dict["primaryIpV4"] = primary_ip_v4
        if secondary_ip_v4 is not None:
            field_dict["secondaryIpV4"] = secondary_ip_v4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_ip_v4 = d.pop("primaryIpV4", None)

        secondary_ip_v4 = d.pop("secondaryIpV4", None)

        dns_server_addresses = cls(
            primary_ip_v4=primary_ip_v4,
            secondary_ip_v4=secondary_ip_v4,
        )

        dns_server_addresses.additional_properties = d
        return dns_server_addresses

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
