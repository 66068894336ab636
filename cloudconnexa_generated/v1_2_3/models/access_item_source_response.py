from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessItemSourceResponse")


@_attrs_define
class AccessItemSourceResponse:
    type_: str | None = None
    all_covered: bool | None = None
    parent: str | None = None
    children: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        all_covered = self.all_covered

        parent = self.parent

        children: list[str] | None = None
        if self.children is not None:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if all_covered is not None:
            field_dict["allCovered"] = all_covered
        if parent is not None:
            field_dict["parent"] = parent
        if children is not None:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        all_covered = d.pop("allCovered", None)

        parent = d.pop("parent", None)

        _children_value = d.pop("children", None)
        children: list[str] | None = None
        if _children_value is not None:
            children = cast(list[str], _children_value)

        access_item_source_response = cls(
            type_=type_,
            all_covered=all_covered,
            parent=parent,
            children=children,
        )

        access_item_source_response.additional_properties = d
        return access_item_source_response

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
