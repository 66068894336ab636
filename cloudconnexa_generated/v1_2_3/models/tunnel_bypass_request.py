from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TunnelBypassRequest")


@_attrs_define
class TunnelBypassRequest:
    """Subnets whose traffic bypasses the VPN tunnel for a user group."""

    ipv_4_subnets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv_4_subnets: list[str] | Unset = UNSET
        if not isinstance(self.ipv_4_subnets, Unset):
            ipv_4_subnets = self.ipv_4_subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipv_4_subnets is not UNSET:
            field_dict["ipv4Subnets"] = ipv_4_subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv_4_subnets = cast(list[str], d.pop("ipv4Subnets", UNSET))

        tunnel_bypass_request = cls(
            ipv_4_subnets=ipv_4_subnets,
        )

        tunnel_bypass_request.additional_properties = d
        return tunnel_bypass_request

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
