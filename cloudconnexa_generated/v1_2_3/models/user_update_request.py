from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_update_request_role import UserUpdateRequestRole
from ..models.user_update_request_status import UserUpdateRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdateRequest")


@_attrs_define
class UserUpdateRequest:
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    group_id: str | Unset = UNSET
    status: UserUpdateRequestStatus | Unset = UNSET
    role: UserUpdateRequestRole | Unset = UNSET
    secondary_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        group_id = self.group_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        secondary_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.secondary_group_ids, Unset):
            secondary_group_ids = self.secondary_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if secondary_group_ids is not UNSET:
            field_dict["secondaryGroupIds"] = secondary_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        group_id = d.pop("groupId", UNSET)

        _status = d.pop("status", UNSET)
        status: UserUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserUpdateRequestStatus(_status)

        _role = d.pop("role", UNSET)
        role: UserUpdateRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserUpdateRequestRole(_role)

        secondary_group_ids = cast(list[str], d.pop("secondaryGroupIds", UNSET))

        user_update_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            group_id=group_id,
            status=status,
            role=role,
            secondary_group_ids=secondary_group_ids,
        )

        user_update_request.additional_properties = d
        return user_update_request

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
