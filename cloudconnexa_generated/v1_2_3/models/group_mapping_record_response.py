from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMappingRecordResponse")


@_attrs_define
class GroupMappingRecordResponse:
    group_id: str | None = None
    idp_group_names: list[str] | None = None
    sorting_order: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        idp_group_names: list[str] | None = None
        if self.idp_group_names is not None:
            idp_group_names = self.idp_group_names

        sorting_order = self.sorting_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not None:
            field_dict["groupId"] = group_id
        if idp_group_names is not None:
            field_dict["idpGroupNames"] = idp_group_names
        if sorting_order is not None:
            field_dict["sortingOrder"] = sorting_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId", None)

        _idp_group_names_value = d.pop("idpGroupNames", None)
        idp_group_names: list[str] | None = None
        if _idp_group_names_value is not None:
            idp_group_names = cast(list[str], _idp_group_names_value)

        sorting_order = d.pop("sortingOrder", None)

        group_mapping_record_response = cls(
            group_id=group_id,
            idp_group_names=idp_group_names,
            sorting_order=sorting_order,
        )

        group_mapping_record_response.additional_properties = d
        return group_mapping_record_response

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
