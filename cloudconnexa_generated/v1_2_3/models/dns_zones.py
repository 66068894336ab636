from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_zone import DnsZone


T = TypeVar("T", bound="DnsZones")


@_attrs_define
class DnsZones:
    zones: list[DnsZone] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dns_zone import DnsZone  # noqa: PLC0415

        zones: list[dict[str, Any]] | None = None
        if self.zones is not None:
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zones is not None:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_zone import DnsZone  # noqa: PLC0415

        d = dict(src_dict)
        _zones_value = d.pop("zones", None)
        zones: list[DnsZone] | None = None
        if _zones_value is not None:
            zones = []
            _zones = _zones_value
            for zones_item_data in _zones:
                zones_item = DnsZone.from_dict(zones_item_data)

                zones.append(zones_item)

        dns_zones = cls(
            zones=zones,
        )

        dns_zones.additional_properties = d
        return dns_zones

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
