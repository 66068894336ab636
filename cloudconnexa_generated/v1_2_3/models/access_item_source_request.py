from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_item_source_request_type import AccessItemSourceRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessItemSourceRequest")


@_attrs_define
class AccessItemSourceRequest:
    type_: AccessItemSourceRequestType | Unset = UNSET
    all_covered: bool | Unset = UNSET
    parent: str | Unset = UNSET
    children: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        all_covered = self.all_covered

        parent = self.parent

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if all_covered is not UNSET:
            field_dict["allCovered"] = all_covered
        if parent is not UNSET:
            field_dict["parent"] = parent
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AccessItemSourceRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AccessItemSourceRequestType(_type_)

        all_covered = d.pop("allCovered", UNSET)

        parent = d.pop("parent", UNSET)

        children = cast(list[str], d.pop("children", UNSET))

        access_item_source_request = cls(
            type_=type_,
            all_covered=all_covered,
            parent=parent,
            children=children,
        )

        access_item_source_request.additional_properties = d
        return access_item_source_request

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
