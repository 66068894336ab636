from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_response import IpResponse


T = TypeVar("T", bound="IpCheckResponse")


@_attrs_define
class IpCheckResponse:
    allowed: bool | None = None
    ips: list[IpResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ip_response import IpResponse  # noqa: PLC0415

        allowed = self.allowed

        ips: list[dict[str, Any]] | None = None
        if self.ips is not None:
            ips = []
            for ips_item_data in self.ips:
                ips_item = ips_item_data.to_dict()
                ips.append(ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not None:
            field_dict["allowed"] = allowed
        if ips is not None:
            field_dict["ips"] = ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_response import IpResponse  # noqa: PLC0415

        d = dict(src_dict)
        allowed = d.pop("allowed", None)

        _ips_value = d.pop("ips", None)
        ips: list[IpResponse] | None = None
        if _ips_value is not None:
            ips = []
            _ips = _ips_value
            for ips_item_data in _ips:
                ips_item = IpResponse.from_dict(ips_item_data)

                ips.append(ips_item)

        ip_check_response = cls(
            allowed=allowed,
            ips=ips,
        )

        ip_check_response.additional_properties = d
        return ip_check_response

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
