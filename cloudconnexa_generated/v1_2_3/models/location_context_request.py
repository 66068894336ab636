from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_check_request import CountryCheckRequest
    from ..models.default_check_request import DefaultCheckRequest
    from ..models.ip_check_request import IpCheckRequest


T = TypeVar("T", bound="LocationContextRequest")


@_attrs_define
class LocationContextRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    user_groups_ids: list[str] | Unset = UNSET
    ip_check: IpCheckRequest | Unset = UNSET
    country_check: CountryCheckRequest | Unset = UNSET
    default_check: DefaultCheckRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country_check_request import CountryCheckRequest  # noqa: PLC0415
        from ..models.default_check_request import DefaultCheckRequest  # noqa: PLC0415
        from ..models.ip_check_request import IpCheckRequest  # noqa: PLC0415

        name = self.name

        description = self.description

        user_groups_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_groups_ids, Unset):
            user_groups_ids = self.user_groups_ids

        ip_check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_check, Unset):
            ip_check = self.ip_check.to_dict()

        country_check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_check, Unset):
            country_check = self.country_check.to_dict()

        default_check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_check, Unset):
            default_check = self.default_check.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_groups_ids is not UNSET:
            field_dict["userGroupsIds"] = user_groups_ids
        if ip_check is not UNSET:
            field_dict["ipCheck"] = ip_check
        if country_check is not UNSET:
            field_dict["countryCheck"] = country_check
        if default_check is not UNSET:
            field_dict["defaultCheck"] = default_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_check_request import CountryCheckRequest  # noqa: PLC0415
        from ..models.default_check_request import DefaultCheckRequest  # noqa: PLC0415
        from ..models.ip_check_request import IpCheckRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        user_groups_ids = cast(list[str], d.pop("userGroupsIds", UNSET))

        _ip_check = d.pop("ipCheck", UNSET)
        ip_check: IpCheckRequest | Unset
        if isinstance(_ip_check, Unset):
            ip_check = UNSET
        else:
            ip_check = IpCheckRequest.from_dict(_ip_check)

        _country_check = d.pop("countryCheck", UNSET)
        country_check: CountryCheckRequest | Unset
        if isinstance(_country_check, Unset):
            country_check = UNSET
        else:
            country_check = CountryCheckRequest.from_dict(_country_check)

        _default_check = d.pop("defaultCheck", UNSET)
        default_check: DefaultCheckRequest | Unset
        if isinstance(_default_check, Unset):
            default_check = UNSET
        else:
            default_check = DefaultCheckRequest.from_dict(_default_check)

        location_context_request = cls(
            name=name,
            description=description,
            user_groups_ids=user_groups_ids,
            ip_check=ip_check,
            country_check=country_check,
            default_check=default_check,
        )

        location_context_request.additional_properties = d
        return location_context_request

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
