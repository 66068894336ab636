from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_encryption import DiskEncryption
    from ..models.version_policy import VersionPolicy


T = TypeVar("T", bound="WindowsResponse")


@_attrs_define
class WindowsResponse:
    allowed: bool | None = None
    version: VersionPolicy | None = None
    antiviruses: list[str] | None = None
    disk_encryption: DiskEncryption | None = None
    certificate: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.disk_encryption import DiskEncryption  # noqa: PLC0415
        from ..models.version_policy import VersionPolicy  # noqa: PLC0415

        allowed = self.allowed

        version: dict[str, Any] | None = None
        if self.version is not None:
            version = self.version.to_dict()

        antiviruses: list[str] | None = None
        if self.antiviruses is not None:
            antiviruses = self.antiviruses

        disk_encryption: dict[str, Any] | None = None
        if self.disk_encryption is not None:
            disk_encryption = self.disk_encryption.to_dict()

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not None:
            field_dict["allowed"] = allowed
        if version is not None:
            field_dict["version"] = version
        if antiviruses is not None:
            field_dict["antiviruses"] = antiviruses
        if disk_encryption is not None:
            field_dict["diskEncryption"] = disk_encryption
        if certificate is not None:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disk_encryption import DiskEncryption  # noqa: PLC0415
        from ..models.version_policy import VersionPolicy  # noqa: PLC0415

        d = dict(src_dict)
        allowed = d.pop("allowed", None)

        _version_value = d.pop("version", None)
        version: VersionPolicy | None = None
        if _version_value is not None:
            version = VersionPolicy.from_dict(_version_value)

        _antiviruses_value = d.pop("antiviruses", None)
        antiviruses: list[str] | None = None
        if _antiviruses_value is not None:
            antiviruses = cast(list[str], _antiviruses_value)

        _disk_encryption_value = d.pop("diskEncryption", None)
        disk_encryption: DiskEncryption | None = None
        if _disk_encryption_value is not None:
            disk_encryption = DiskEncryption.from_dict(_disk_encryption_value)

        certificate = d.pop("certificate", None)

        windows_response = cls(
            allowed=allowed,
            version=version,
            antiviruses=antiviruses,
            disk_encryption=disk_encryption,
            certificate=certificate,
        )

        windows_response.additional_properties = d
        return windows_response

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
