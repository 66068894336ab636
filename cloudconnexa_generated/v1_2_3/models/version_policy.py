from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_policy_condition import VersionPolicyCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionPolicy")


@_attrs_define
class VersionPolicy:
    version: str | None = None
    condition: VersionPolicyCondition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        condition: str | None = None
        if self.condition is not None:
            condition = self.condition.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not None:
            field_dict["version"] = version
        if condition is not None:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", None)

        _condition_value = d.pop("condition", None)
        condition: VersionPolicyCondition | None = None
        if _condition_value is not None:
            condition = VersionPolicyCondition(_condition_value)

        version_policy = cls(
            version=version,
            condition=condition,
        )

        version_policy.additional_properties = d
        return version_policy

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
