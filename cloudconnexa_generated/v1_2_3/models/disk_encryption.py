from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_encryption_type import DiskEncryptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiskEncryption")


@_attrs_define
class DiskEncryption:
    type_: DiskEncryptionType | None = None
    volume: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if volume is not None:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type__value = d.pop("type", None)
        type_: DiskEncryptionType | None = None
        if _type__value is not None:
            type_ = DiskEncryptionType(_type__value)

        volume = d.pop("volume", None)

        disk_encryption = cls(
            type_=type_,
            volume=volume,
        )

        disk_encryption.additional_properties = d
        return disk_encryption

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
