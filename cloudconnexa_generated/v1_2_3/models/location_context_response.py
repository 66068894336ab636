from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_check_response import CountryCheckResponse
    from ..models.default_check_response import DefaultCheckResponse
    from ..models.ip_check_response import IpCheckResponse


T = TypeVar("T", bound="LocationContextResponse")


@_attrs_define
class LocationContextResponse:
    id: str | None = None
    name: str | None = None
    description: str | None = None
    user_groups_ids: list[str] | None = None
    ip_check: IpCheckResponse | None = None
    country_check: CountryCheckResponse | None = None
    default_check: DefaultCheckResponse | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country_check_response import CountryCheckResponse  # noqa: PLC0415
        from ..models.default_check_response import DefaultCheckResponse  # noqa: PLC0415
        from ..models.ip_check_response import IpCheckResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        user_groups_ids: list[str] | None = None
        if self.user_groups_ids is not None:
            user_groups_ids = self.user_groups_ids

        ip_check: dict[str, Any] | None = None
        if self.ip_check is not None:
            ip_check = self.ip_check.to_dict()

        country_check: dict[str, Any] | None = None
        if self.country_check is not None:
            country_check = self.country_check.to_dict()

        default_check: dict[str, Any] | None = None
        if self.default_check is not None:
            default_check = self.default_check.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if user_groups_ids is not None:
            field_dict["userGroupsIds"] = user_groups_ids
        if ip_check is not None:
            field_dict["ipCheck"] = ip_check
        if country_check is not None:
            field_dict["countryCheck"] = country_check
        if default_check is not None:
            field_dict["defaultCheck"] = default_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_check_response import CountryCheckResponse  # noqa: PLC0415
        from ..models.default_check_response import DefaultCheckResponse  # noqa: PLC0415
        from ..models.ip_check_response import IpCheckResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _user_groups_ids_value = d.pop("userGroupsIds", None)
        user_groups_ids: list[str] | None = None
        if _user_groups_ids_value is not None:
            user_groups_ids = cast(list[str], _user_groups_ids_value)

        _ip_check_value = d.pop("ipCheck", None)
        ip_check: IpCheckResponse | None = None
        if _ip_check_value is not None:
            ip_check = IpCheckResponse.from_dict(_ip_check_value)

        _country_check_value = d.pop("countryCheck", None)
        country_check: CountryCheckResponse | None = None
        if _country_check_value is not None:
            country_check = CountryCheckResponse.from_dict(_country_check_value)

        _default_check_value = d.pop("defaultCheck", None)
        default_check: DefaultCheckResponse | None = None
        if _default_check_value is not None:
            default_check = DefaultCheckResponse.from_dict(_default_check_value)

        location_context_response = cls(
            id=id,
            name=name,
            description=description,
            user_groups_ids=user_groups_ids,
            ip_check=ip_check,
            country_check=country_check,
            default_check=default_check,
        )

        location_context_response.additional_properties = d
        return location_context_response

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
