from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpnRegionResponse")


@_attrs_define
class VpnRegionResponse:
    id: str | None = None
    continent: str | None = None
    country: str | None = None
    country_iso: str | None = None
    region_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        continent = self.continent

        country = self.country

        country_iso = self.country_iso

        region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if continent is not None:
            field_dict["continent"] = continent
        if country is not None:
            field_dict["country"] = country
        if country_iso is not None:
            field_dict["countryIso"] = country_iso
        if region_name is not None:
            field_dict["regionName"] = region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        continent = d.pop("continent", None)

        country = d.pop("country", None)

        country_iso = d.pop("countryIso", None)

        region_name = d.pop("regionName", None)

        vpn_region_response = cls(
            id=id,
            continent=continent,
            country=country,
            country_iso=country_iso,
            region_name=region_name,
        )

        vpn_region_response.additional_properties = d
        return vpn_region_response

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
