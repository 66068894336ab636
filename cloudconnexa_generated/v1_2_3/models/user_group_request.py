from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_group_request_connect_auth import UserGroupRequestConnectAuth
from ..models.user_group_request_internet_access import UserGroupRequestInternetAccess
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tunnel_bypass_request import TunnelBypassRequest


T = TypeVar("T", bound="UserGroupRequest")


@_attrs_define
class UserGroupRequest:
    name: str | Unset = UNSET
    vpn_region_ids: list[str] | Unset = UNSET
    internet_access: UserGroupRequestInternetAccess | Unset = UNSET
    max_device: int | Unset = UNSET
    connect_auth: UserGroupRequestConnectAuth | Unset = UNSET
    all_regions_included: bool | Unset = UNSET
    gateways_ids: list[str] | Unset = UNSET
    tunnel_bypass: TunnelBypassRequest | Unset = UNSET
    """ Subnets whose traffic bypasses the VPN tunnel for a user group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tunnel_bypass_request import TunnelBypassRequest  # noqa: PLC0415

        name = self.name

        vpn_region_ids: list[str] | Unset = UNSET
        if not isinstance(self.vpn_region_ids, Unset):
            vpn_region_ids = self.vpn_region_ids

        internet_access: str | Unset = UNSET
        if not isinstance(self.internet_access, Unset):
            internet_access = self.internet_access.value

        max_device = self.max_device

        connect_auth: str | Unset = UNSET
        if not isinstance(self.connect_auth, Unset):
            connect_auth = self.connect_auth.value

        all_regions_included = self.all_regions_included

        gateways_ids: list[str] | Unset = UNSET
        if not isinstance(self.gateways_ids, Unset):
            gateways_ids = self.gateways_ids

        tunnel_bypass: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tunnel_bypass, Unset):
            tunnel_bypass = self.tunnel_bypass.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if vpn_region_ids is not UNSET:
            field_dict["vpnRegionIds"] = vpn_region_ids
        if internet_access is not UNSET:
            field_dict["internetAccess"] = internet_access
        if max_device is not UNSET:
            field_dict["maxDevice"] = max_device
        if connect_auth is not UNSET:
            field_dict["connectAuth"] = connect_auth
        if all_regions_included is not UNSET:
            field_dict["allRegionsIncluded"] = all_regions_included
        if gateways_ids is not UNSET:
            field_dict["gatewaysIds"] = gateways_ids
        if tunnel_bypass is not UNSET:
            field_dict["tunnelBypass"] = tunnel_bypass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tunnel_bypass_request import TunnelBypassRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        vpn_region_ids = cast(list[str], d.pop("vpnRegionIds", UNSET))

        _internet_access = d.pop("internetAccess", UNSET)
        internet_access: UserGroupRequestInternetAccess | Unset
        if isinstance(_internet_access, Unset):
            internet_access = UNSET
        else:
            internet_access = UserGroupRequestInternetAccess(_internet_access)

        max_device = d.pop("maxDevice", UNSET)

        _connect_auth = d.pop("connectAuth", UNSET)
        connect_auth: UserGroupRequestConnectAuth | Unset
        if isinstance(_connect_auth, Unset):
            connect_auth = UNSET
        else:
            connect_auth = UserGroupRequestConnectAuth(_connect_auth)

        all_regions_included = d.pop("allRegionsIncluded", UNSET)

        gateways_ids = cast(list[str], d.pop("gatewaysIds", UNSET))

        _tunnel_bypass = d.pop("tunnelBypass", UNSET)
        tunnel_bypass: TunnelBypassRequest | Unset
        if isinstance(_tunnel_bypass, Unset):
            tunnel_bypass = UNSET
        else:
            tunnel_bypass = TunnelBypassRequest.from_dict(_tunnel_bypass)

        user_group_request = cls(
            name=name,
            vpn_region_ids=vpn_region_ids,
            internet_access=internet_access,
            max_device=max_device,
            connect_auth=connect_auth,
            all_regions_included=all_regions_included,
            gateways_ids=gateways_ids,
            tunnel_bypass=tunnel_bypass,
        )

        user_group_request.additional_properties = d
        return user_group_request

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
