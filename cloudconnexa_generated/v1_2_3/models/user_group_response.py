from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_group_response_connect_auth import UserGroupResponseConnectAuth
from ..models.user_group_response_internet_access import UserGroupResponseInternetAccess
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tunnel_bypass_response import TunnelBypassResponse


T = TypeVar("T", bound="UserGroupResponse")


@_attrs_define
class UserGroupResponse:
    id: str | None = None
    name: str | None = None
    vpn_region_ids: list[str] | None = None
    all_regions_included: bool | None = None
    internet_access: UserGroupResponseInternetAccess | None = None
    max_device: int | None = None
    connect_auth: UserGroupResponseConnectAuth | None = None
    system_subnets: list[str] | None = None
    gateways_ids: list[str] | None = None
    tunnel_bypass: TunnelBypassResponse | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tunnel_bypass_response import TunnelBypassResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        vpn_region_ids: list[str] | None = None
        if self.vpn_region_ids is not None:
            vpn_region_ids = self.vpn_region_ids

        all_regions_included = self.all_regions_included

        internet_access: str | None = None
        if self.internet_access is not None:
            internet_access = self.internet_access.value

        max_device = self.max_device

        connect_auth: str | None = None
        if self.connect_auth is not None:
            connect_auth = self.connect_auth.value

        system_subnets: list[str] | None = None
        if self.system_subnets is not None:
            system_subnets = self.system_subnets

        gateways_ids: list[str] | None = None
        if self.gateways_ids is not None:
            gateways_ids = self.gateways_ids

        tunnel_bypass: dict[str, Any] | None = None
        if self.tunnel_bypass is not None:
            tunnel_bypass = self.tunnel_bypass.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if vpn_region_ids is not None:
            field_dict["vpnRegionIds"] = vpn_region_ids
        if all_regions_included is not None:
            field_dict["allRegionsIncluded"] = all_regions_included
        if internet_access is not None:
            field_dict["internetAccess"] = internet_access
        if max_device is not None:
            field_dict["maxDevice"] = max_device
        if connect_auth is not None:
            field_dict["connectAuth"] = connect_auth
        if system_subnets is not None:
            field_dict["systemSubnets"] = system_subnets
        if gateways_ids is not None:
            field_dict["gatewaysIds"] = gateways_ids
        if tunnel_bypass is not None:
            field_dict["tunnelBypass"] = tunnel_bypass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tunnel_bypass_response import TunnelBypassResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        _vpn_region_ids_value = d.pop("vpnRegionIds", None)
        vpn_region_ids: list[str] | None = None
        if _vpn_region_ids_value is not None:
            vpn_region_ids = cast(list[str], _vpn_region_ids_value)

        all_regions_included = d.pop("allRegionsIncluded", None)

        _internet_access_value = d.pop("internetAccess", None)
        internet_access: UserGroupResponseInternetAccess | None = None
        if _internet_access_value is not None:
            internet_access = UserGroupResponseInternetAccess(_internet_access_value)

        max_device = d.pop("maxDevice", None)

        _connect_auth_value = d.pop("connectAuth", None)
        connect_auth: UserGroupResponseConnectAuth | None = None
        if _connect_auth_value is not None:
            connect_auth = UserGroupResponseConnectAuth(_connect_auth_value)

        _system_subnets_value = d.pop("systemSubnets", None)
        system_subnets: list[str] | None = None
        if _system_subnets_value is not None:
            system_subnets = cast(list[str], _system_subnets_value)

        _gateways_ids_value = d.pop("gatewaysIds", None)
        gateways_ids: list[str] | None = None
        if _gateways_ids_value is not None:
            gateways_ids = cast(list[str], _gateways_ids_value)

        _tunnel_bypass_value = d.pop("tunnelBypass", None)
        tunnel_bypass: TunnelBypassResponse | None = None
        if _tunnel_bypass_value is not None:
            tunnel_bypass = TunnelBypassResponse.from_dict(_tunnel_bypass_value)

        user_group_response = cls(
            id=id,
            name=name,
            vpn_region_ids=vpn_region_ids,
            all_regions_included=all_regions_included,
            internet_access=internet_access,
            max_device=max_device,
            connect_auth=connect_auth,
            system_subnets=system_subnets,
            gateways_ids=gateways_ids,
            tunnel_bypass=tunnel_bypass,
        )

        user_group_response.additional_properties = d
        return user_group_response

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
