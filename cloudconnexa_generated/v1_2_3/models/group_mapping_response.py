from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_mapping_record_response import GroupMappingRecordResponse


T = TypeVar("T", bound="GroupMappingResponse")


@_attrs_define
class GroupMappingResponse:
    fallback_group_id: str | None = None
    mappings: list[GroupMappingRecordResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_mapping_record_response import GroupMappingRecordResponse  # noqa: PLC0415

        fallback_group_id = self.fallback_group_id

        mappings: list[dict[str, Any]] | None = None
        if self.mappings is not None:
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_group_id is not None:
            field_dict["fallbackGroupId"] = fallback_group_id
        if mappings is not None:
            field_dict["mappings"] = mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_mapping_record_response import GroupMappingRecordResponse  # noqa: PLC0415

        d = dict(src_dict)
        fallback_group_id = d.pop("fallbackGroupId", None)

        _mappings_value = d.pop("mappings", None)
        mappings: list[GroupMappingRecordResponse] | None = None
        if _mappings_value is not None:
            mappings = []
            _mappings = _mappings_value
            for mappings_item_data in _mappings:
                mappings_item = GroupMappingRecordResponse.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        group_mapping_response = cls(
            fallback_group_id=fallback_group_id,
            mappings=mappings,
        )

        group_mapping_response.additional_properties = d
        return group_mapping_response

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
