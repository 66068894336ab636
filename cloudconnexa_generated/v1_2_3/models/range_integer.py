from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RangeInteger")


@_attrs_define
class RangeInteger:
    value: int | None = None
    lower_value: int | None = None
    upper_value: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        lower_value = self.lower_value

        upper_value = self.upper_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not None:
            field_dict["value"] = value
        if lower_value is not None:
            field_dict["lowerValue"] = lower_value
        if upper_value is not None:
            field_dict["upperValue"] = upper_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", None)

        lower_value = d.pop("lowerValue", None)

        upper_value = d.pop("upperValue", None)

        range_integer = cls(
            value=value,
            lower_value=lower_value,
            upper_value=upper_value,
        )

        range_integer.additional_properties = d
        return range_integer

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
