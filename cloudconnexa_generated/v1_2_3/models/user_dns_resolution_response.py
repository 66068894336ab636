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

    time: int | Unset = UNSET
    """ Start of the hour, milliseconds since the epoch. """
    domain: str | Unset = UNSET
    member_id: str | Unset = UNSET
    internal_domain: bool | Unset = UNSET
    allowed_count: int | Unset = UNSET
    blocked_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
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
        if time is not UNSET:
            field_dict["time"] = time
        if domain is not UNSET:
            field_dict["domain"] = domain
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if internal_domain is not UNSET:
            field_dict["internalDomain"] = internal_domain
        if allowed_count is not UNSET:
            field_dict["allowedCount"] = allowed_count
        if blocked_count is not UNSET:
            field_dict["blockedCount"] = blocked_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        domain = d.pop("domain", UNSET)

        member_id = d.pop("memberId", UNSET)

        internal_domain = d.pop("internalDomain", UNSET)

        allowed_count = d.pop("allowedCount", UNSET)

        blocked_count = d.pop("blockedCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

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
