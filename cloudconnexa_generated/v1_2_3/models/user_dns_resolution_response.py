from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserDnsResolutionResponse")


@_attrs_define
class UserDnsResolutionResponse:
    """DNS resolutions of one domain by one user within one hour (name not documented; shape from the example)."""

    time: int | None = None
    """ Start of the hour, milliseconds since the epoch. """
    domain: str | None = None
    member_id: str | None = None
    internal_domain: bool | None = None
    allowed_count: int | None = None
    blocked_count: int | None = None
    failed_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        domain = self.domain

        member_id = self.member_id

        internal_domain = self.internal_domain

        allowed_count = self.allowed_count

        blocked_count = self.blocked_count

        failed_count = self.failed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not None:
            field_dict["time"] = time
        if domain is not None:
            field_dict["domain"] = domain
        if member_id is not None:
            field_dict["memberId"] = member_id
        if internal_domain is not None:
            field_dict["internalDomain"] = internal_domain
        if allowed_count is not None:
            field_dict["allowedCount"] = allowed_count
        if blocked_count is not None:
            field_dict["blockedCount"] = blocked_count
        if failed_count is not None:
            field_dict["failedCount"] = failed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", None)

        domain = d.pop("domain", None)

        member_id = d.pop("memberId", None)

        internal_domain = d.pop("internalDomain", None)

        allowed_count = d.pop("allowedCount", None)

        blocked_count = d.pop("blockedCount", None)

        failed_count = d.pop("failedCount", None)

        user_dns_resolution_response = cls(
            time=time,
            domain=domain,
            member_id=member_id,
            internal_domain=internal_domain,
            allowed_count=allowed_count,
            blocked_count=blocked_count,
            failed_count=failed_count,
        )

        user_dns_resolution_response.additional_properties = d
        return user_dns_resolution_response

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
