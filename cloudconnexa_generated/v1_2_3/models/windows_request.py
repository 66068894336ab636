from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_encryption import DiskEncryption
    from ..models.version_policy import VersionPolicy


T = TypeVar("T", bound="WindowsRequest")


@_attrs_define
class WindowsRequest:
    allowed: bool | Unset = UNSET
    version: VersionPolicy | Unset = UNSET
    antiviruses: list[str] | Unset = UNSET
    disk_encryption: DiskEncryption | Unset = UNSET
    certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.disk_encryption import DiskEncryption  # noqa: PLC0415
        from ..models.version_policy import VersionPolicy  # noqa: PLC0415

        allowed = self.allowed

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        antiviruses: list[str] | Unset = UNSET
        if not isinstance(self.antiviruses, Unset):
            antiviruses = self.antiviruses

        disk_encryption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_encryption, Unset):
            disk_encryption = self.disk_encryption.to_dict()

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
        if disk_encryption is not UNSET:
            field_dict["diskEncryption"] = disk_encryption
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disk_encryption import DiskEncryption  # noqa: PLC0415
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

        _disk_encryption = d.pop("diskEncryption", UNSET)
        disk_encryption: DiskEncryption | Unset
        if isinstance(_disk_encryption, Unset):
            disk_encryption = UNSET
        else:
            disk_encryption = DiskEncryption.from_dict(_disk_encryption)

        certificate = d.pop("certificate", UNSET)

        windows_request = cls(
            allowed=allowed,
            version=version,
            antiviruses=antiviruses,
            disk_encryption=disk_encryption,
            certificate=certificate,
        )

        windows_request.additional_properties = d
        return windows_request

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
