from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IkePhase")


@_attrs_define
class IkePhase:
    encryption_algorithms: list[str] | Unset = UNSET
    integrity_algorithms: list[str] | Unset = UNSET
    diffie_hellman_groups: list[str] | Unset = UNSET
    lifetime_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encryption_algorithms: list[str] | Unset = UNSET
        if not isinstance(self.encryption_algorithms, Unset):
            encryption_algorithms = self.encryption_algorithms

        integrity_algorithms: list[str] | Unset = UNSET
        if not isinstance(self.integrity_algorithms, Unset):
            integrity_algorithms = self.integrity_algorithms

        diffie_hellman_groups: list[str] | Unset = UNSET
        if not isinstance(self.diffie_hellman_groups, Unset):
            diffie_hellman_groups = self.diffie_hellman_groups

        lifetime_sec = self.lifetime_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encryption_algorithms is not UNSET:
            field_dict["encryptionAlgorithms"] = encryption_algorithms
        if integrity_algorithms is not UNSET:
            field_dict["integrityAlgorithms"] = integrity_algorithms
        if diffie_hellman_groups is not UNSET:
            field_dict["diffieHellmanGroups"] = diffie_hellman_groups
        if lifetime_sec is not UNSET:
            field_dict["lifetimeSec"] = lifetime_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encryption_algorithms = cast(list[str], d.pop("encryptionAlgorithms", UNSET))

        integrity_algorithms = cast(list[str], d.pop("integrityAlgorithms", UNSET))

        diffie_hellman_groups = cast(list[str], d.pop("diffieHellmanGroups", UNSET))

        lifetime_sec = d.pop("lifetimeSec", UNSET)

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
