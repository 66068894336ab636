from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details_params_additional_property import ErrorDetailsParamsAdditionalProperty


T = TypeVar("T", bound="ErrorDetailsParams")


@_attrs_define
class ErrorDetailsParams:
    additional_properties: dict[str, ErrorDetailsParamsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details_params_additional_property import ErrorDetailsParamsAdditionalProperty  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details_params_additional_property import ErrorDetailsParamsAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        error_details_params = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ErrorDetailsParamsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        error_details_params.additional_properties = additional_properties
        return error_details_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ErrorDetailsParamsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ErrorDetailsParamsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
