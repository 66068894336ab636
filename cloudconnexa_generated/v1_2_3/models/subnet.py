from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subnet")


@_attrs_define
class Subnet:
    ip_v4_address: list[str] | None = None
    ip_v6_address: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_v4_address: list[str] | None = None
        if self.ip_v4_address is not None:
            ip_v4_address = self.ip_v4_address

        ip_v6_address: list[str] | None = None
        if self.ip_v6_address is not None:
            ip_v6_address = self.ip_v6_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_v4_address is not None:
            field_dict["ipV4Address"] = ip_v4_address
        if ip_v6_address is not None:
            field_dict["ipV6Address"] = ip_v6_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ip_v4_address_value = d.pop("ipV4Address", None)
        ip_v4_address: list[str] | None = None
        if _ip_v4_address_value is not None:
            ip_v4_address = cast(list[str], _ip_v4_address_value)

        _ip_v6_address_value = d.pop("ipV6Address", None)
        ip_v6_address: list[str] | None = None
        if _ip_v6_address_value is not None:
            ip_v6_address = cast(list[str], _ip_v6_address_value)

        subnet = cls(
            ip_v4_address=ip_v4_address,
            ip_v6_address=ip_v6_address,
        )

        subnet.additional_properties = d
        return subnet

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
