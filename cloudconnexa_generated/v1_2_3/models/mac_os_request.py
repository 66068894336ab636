from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_policy import VersionPolicy


T = TypeVar("T", bound="MacOSRequest")


@_attrs_define
class MacOSRequest:
    allowed: bool | Unset = UNSET
    version: VersionPolicy | Unset = UNSET
    antiviruses: list[str] | Unset = UNSET
    disk_encrypted: bool | Unset = UNSET
    certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.version_policy import VersionPolicy  # noqa: PLC0415

        allowed = self.allowed

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        antiviruses: list[str] | Unset = UNSET
        if not isinstance(self.antiviruses, Unset):
            antiviruses = self.antiviruses

        disk_encrypted = self.disk_encrypted

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if version is not UNSET:
            field_dict["version"] = version
        if antiviruses is not UNSET:
            field_dict["antiviruses"] = antiviruses
        if disk_encrypted is not UNSET:
            field_dict["diskEncrypted"] = disk_encrypted
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_policy import VersionPolicy  # noqa: PLC0415

        d = dict(src_dict)
        allowed = d.pop("allowed", UNSET)

        _version = d.pop("version", UNSET)
        version: VersionPolicy | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = VersionPolicy.from_dict(_version)

        antiviruses = cast(list[str], d.pop("antiviruses", UNSET))

        disk_encrypted = d.pop("diskEncrypted", UNSET)

        certificate = d.pop("certificate", UNSET)

        mac_os_request = cls(
            allowed=allowed,
            version=version,
            antiviruses=antiviruses,
            disk_encrypted=disk_encrypted,
            certificate=certificate,
        )

        mac_os_request.additional_properties = d
        return mac_os_request

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
