from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IkePhase")


@_attrs_define
class IkePhase:
    encryption_algorithms: list[str] | None = None
    integrity_algorithms: list[str] | None = None
    diffie_hellman_groups: list[str] | None = None
    lifetime_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encryption_algorithms: list[str] | None = None
        if self.encryption_algorithms is not None:
            encryption_algorithms = self.encryption_algorithms

        integrity_algorithms: list[str] | None = None
        if self.integrity_algorithms is not None:
            integrity_algorithms = self.integrity_algorithms

        diffie_hellman_groups: list[str] | None = None
        if self.diffie_hellman_groups is not None:
            diffie_hellman_groups = self.diffie_hellman_groups

        lifetime_sec = self.lifetime_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encryption_algorithms is not None:
            field_dict["encryptionAlgorithms"] = encryption_algorithms
        if integrity_algorithms is not None:
            field_dict["integrityAlgorithms"] = integrity_algorithms
        if diffie_hellman_groups is not None:
            field_dict["diffieHellmanGroups"] = diffie_hellman_groups
        if lifetime_sec is not None:
            field_dict["lifetimeSec"] = lifetime_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _encryption_algorithms_value = d.pop("encryptionAlgorithms", None)
        encryption_algorithms: list[str] | None = None
        if _encryption_algorithms_value is not None:
            encryption_algorithms = cast(list[str], _encryption_algorithms_value)

        _integrity_algorithms_value = d.pop("integrityAlgorithms", None)
        integrity_algorithms: list[str] | None = None
        if _integrity_algorithms_value is not None:
            integrity_algorithms = cast(list[str], _integrity_algorithms_value)

        _diffie_hellman_groups_value = d.pop("diffieHellmanGroups", None)
        diffie_hellman_groups: list[str] | None = None
        if _diffie_hellman_groups_value is not None:
            diffie_hellman_groups = cast(list[str], _diffie_hellman_groups_value)

        lifetime_sec = d.pop("lifetimeSec", None)

        ike_phase = cls(
            encryption_algorithms=encryption_algorithms,
            integrity_algorithms=integrity_algorithms,
            diffie_hellman_groups=diffie_hellman_groups,
            lifetime_sec=lifetime_sec,
        )

        ike_phase.additional_properties = d
        return ike_phase

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
