from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_update_request_internet_access import HostUpdateRequestInternetAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostUpdateRequest")


@_attrs_define
class HostUpdateRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    internet_access: HostUpdateRequestInternetAccess | Unset = UNSET
    domain: str | Unset = UNSET
    gateways_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        internet_access: str | Unset = UNSET
        if not isinstance(self.internet_access, Unset):
            internet_access = self.internet_access.value

        domain = self.domain

        gateways_ids: list[str] | Unset = UNSET
        if not isinstance(self.gateways_ids, Unset):
            gateways_ids = self.gateways_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if internet_access is not UNSET:
            field_dict["internetAccess"] = internet_access
        if domain is not UNSET:
            field_dict["domain"] = domain
        if gateways_ids is not UNSET:
            field_dict["gatewaysIds"] = gateways_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _internet_access = d.pop("internetAccess", UNSET)
        internet_access: HostUpdateRequestInternetAccess | Unset
        if isinstance(_internet_access, Unset):
            internet_access = UNSET
        else:
            internet_access = HostUpdateRequestInternetAccess(_internet_access)

        domain = d.pop("domain", UNSET)

        gateways_ids = cast(list[str], d.pop("gatewaysIds", UNSET))

        host_update_request = cls(
            name=name,
            description=description,
            internet_access=internet_access,
            domain=domain,
            gateways_ids=gateways_ids,
        )

        host_update_request.additional_properties = d
        return host_update_request

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
