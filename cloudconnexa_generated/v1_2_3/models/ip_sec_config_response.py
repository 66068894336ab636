from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ike_protocol import IkeProtocol


T = TypeVar("T", bound="IpSecConfigResponse")


@_attrs_define
class IpSecConfigResponse:
    platform: str | None = None
    connector_state: str | None = None
    authentication_type: str | None = None
    remote_site_public_ip: str | None = None
    pre_shared_key: str | None = None
    paired_aws_connector_id: str | None = None
    ike_protocol: IkeProtocol | None = None
    server_id: str | None = None
    server_ip: str | None = None
    hostname: str | None = None
    domain: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ike_protocol import IkeProtocol  # noqa: PLC0415

        platform = self.platform

        connector_state = self.connector_state

        authentication_type = self.authentication_type

        remote_site_public_ip = self.remote_site_public_ip

        pre_shared_key = self.pre_shared_key

        paired_aws_connector_id = self.paired_aws_connector_id

        ike_protocol: dict[str, Any] | None = None
        if self.ike_protocol is not None:
            ike_protocol = self.ike_protocol.to_dict()

        server_id = self.server_id

        server_ip = self.server_ip

        hostname = self.hostname

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not None:
            field_dict["platform"] = platform
        if connector_state is not None:
            field_dict["connectorState"] = connector_state
        if authentication_type is not None:
            field_dict["authenticationType"] = authentication_type
        if remote_site_public_ip is not None:
            field_dict["remoteSitePublicIp"] = remote_site_public_ip
        if pre_shared_key is not None:
            field_dict["preSharedKey"] = pre_shared_key
        if paired_aws_connector_id is not None:
            field_dict["pairedAwsConnectorId"] = paired_aws_connector_id
        if ike_protocol is not None:
            field_dict["ikeProtocol"] = ike_protocol
        if server_id is not None:
            field_dict["serverId"] = server_id
        if server_ip is not None:
            field_dict["serverIp"] = server_ip
        if hostname is not None:
            field_dict["hostname"] = hostname
        if domain is not None:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ike_protocol import IkeProtocol  # noqa: PLC0415

        d = dict(src_dict)
        platform = d.pop("platform", None)

        connector_state = d.pop("connectorState", None)

        authentication_type = d.pop("authenticationType", None)

        remote_site_public_ip = d.pop("remoteSitePublicIp", None)

        pre_shared_key = d.pop("preSharedKey", None)

        paired_aws_connector_id = d.pop("pairedAwsConnectorId", None)

        _ike_protocol_value = d.pop("ikeProtocol", None)
        ike_protocol: IkeProtocol | None = None
        if _ike_protocol_value is not None:
            ike_protocol = IkeProtocol.from_dict(_ike_protocol_value)

        server_id = d.pop("serverId", None)

        server_ip = d.pop("serverIp", None)

        hostname = d.pop("hostname", None)

        domain = d.pop("domain", None)

        ip_sec_config_response = cls(
            platform=platform,
            connector_state=connector_state,
            authentication_type=authentication_type,
            remote_site_public_ip=remote_site_public_ip,
            pre_shared_key=pre_shared_key,
            paired_aws_connector_id=paired_aws_connector_id,
            ike_protocol=ike_protocol,
            server_id=server_id,
            server_ip=server_ip,
            hostname=hostname,
            domain=domain,
        )

        ip_sec_config_response.additional_properties = d
        return ip_sec_config_response

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
