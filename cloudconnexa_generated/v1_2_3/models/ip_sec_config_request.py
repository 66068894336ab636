from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ike_protocol import IkeProtocol


T = TypeVar("T", bound="IpSecConfigRequest")


@_attrs_define
class IpSecConfigRequest:
    platform: str | Unset = UNSET
    authentication_type: str | Unset = UNSET
    remote_site_public_ip: str | Unset = UNSET
    pre_shared_key: str | Unset = UNSET
    ike_protocol: IkeProtocol | Unset = UNSET
    hostname: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ike_protocol import IkeProtocol  # noqa: PLC0415

        platform = self.platform

        authentication_type = self.authentication_type

        remote_site_public_ip = self.remote_site_public_ip

        pre_shared_key = self.pre_shared_key

        ike_protocol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ike_protocol, Unset):
            ike_protocol = self.ike_protocol.to_dict()

        hostname = self.hostname

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["platform"] = platform
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if remote_site_public_ip is not UNSET:
            field_dict["remoteSitePublicIp"] = remote_site_public_ip
        if pre_shared_key is not UNSET:
            field_dict["preSharedKey"] = pre_shared_key
        if ike_protocol is not UNSET:
            field_dict["ikeProtocol"] = ike_protocol
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ike_protocol import IkeProtocol  # noqa: PLC0415

        d = dict(src_dict)
        platform = d.pop("platform", UNSET)

        authentication_type = d.pop("authenticationType", UNSET)

        remote_site_public_ip = d.pop("remoteSitePublicIp", UNSET)

        pre_shared_key = d.pop("preSharedKey", UNSET)

        _ike_protocol = d.pop("ikeProtocol", UNSET)
        ike_protocol: IkeProtocol | Unset
        if isinstance(_ike_protocol, Unset):
            ike_protocol = UNSET
        else:
            ike_protocol = IkeProtocol.from_dict(_ike_protocol)

        hostname = d.pop("hostname", UNSET)

        domain = d.pop("domain", UNSET)

        ip_sec_config_request = cls(
            platform=platform,
            authentication_type=authentication_type,
            remote_site_public_ip=remote_site_public_ip,
            pre_shared_key=pre_shared_key,
            ike_protocol=ike_protocol,
            hostname=hostname,
            domain=domain,
        )

        ip_sec_config_request.additional_properties = d
        return ip_sec_config_request

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
