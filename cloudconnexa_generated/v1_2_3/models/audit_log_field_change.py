from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogFieldChange")


@_attrs_define
class AuditLogFieldChange:
    """One changed field of an audit log record (inline in the docs)."""

    name: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        old_value = self.old_value

        new_value = self.new_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if old_value is not None:
            field_dict["oldValue"] = old_value
        if new_value is not None:
            field_dict["newValue"] = new_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        old_value = d.pop("oldValue", None)

        new_value = d.pop("newValue", None)

        audit_log_field_change = cls(
            name=name,
            old_value=old_value,
            new_value=new_value,
        )

        audit_log_field_change.additional_properties = d
        return audit_log_field_change

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
