from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionResponse")


@_attrs_define
class SessionResponse:
    id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_group: str | Unset = UNSET
    host_name: str | Unset = UNSET
    host_id: str | Unset = UNSET
    network_name: str | Unset = UNSET
    network_id: str | Unset = UNSET
    device_name: str | Unset = UNSET
    device_id: str | Unset = UNSET
    client_uuid: str | Unset = UNSET
    os_type: str | Unset = UNSET
    os_version: str | Unset = UNSET
    connector_name: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    region: str | Unset = UNSET
    session_start_time: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    disconnect_reason: str | Unset = UNSET
    disconnect_reason_description: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    bytes_in: int | Unset = UNSET
    bytes_out: int | Unset = UNSET
    protocol: str | Unset = UNSET
    public_ip: str | Unset = UNSET
    tunnel_ip_v4: str | Unset = UNSET
    tunnel_ip_v6: str | Unset = UNSET
    session_end_time: datetime.datetime | Unset = UNSET
    session_duration_seconds: int | Unset = UNSET
    primary_group_name: str | Unset = UNSET
    secondary_group_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_name = self.user_name

        user_id = self.user_id

        user_group = self.user_group

        host_name = self.host_name

        host_id = self.host_id

        network_name = self.network_name

        network_id = self.network_id

        device_name = self.device_name

        device_id = self.device_id

        client_uuid = self.client_uuid

        os_type = self.os_type

        os_version = self.os_version

        connector_name = self.connector_name

        connector_id = self.connector_id

        region = self.region

        session_start_time: str | Unset = UNSET
        if not isinstance(self.session_start_time, Unset):
            session_start_time = self.session_start_time.isoformat()

        status = self.status

        disconnect_reason = self.disconnect_reason

        disconnect_reason_description = self.disconnect_reason_description

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        bytes_in = self.bytes_in

        bytes_out = self.bytes_out

        protocol = self.protocol

        public_ip = self.public_ip

        tunnel_ip_v4 = self.tunnel_ip_v4

        tunnel_ip_v6 = self.tunnel_ip_v6

        session_end_time: str | Unset = UNSET
        if not isinstance(self.session_end_time, Unset):
            session_end_time = self.session_end_time.isoformat()

        session_duration_seconds = self.session_duration_seconds

        primary_group_name = self.primary_group_name

        secondary_group_names: list[str] | Unset = UNSET
        if not isinstance(self.secondary_group_names, Unset):
            secondary_group_names = self.secondary_group_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_group is not UNSET:
            field_dict["userGroup"] = user_group
        if host_name is not UNSET:
            field_dict["hostName"] = host_name
        if host_id is not UNSET:
            field_dict["hostId"] = host_id
        if network_name is not UNSET:
            field_dict["networkName"] = network_name
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if client_uuid is not UNSET:
            field_dict["clientUUID"] = client_uuid
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if connector_name is not UNSET:
            field_dict["connectorName"] = connector_name
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if region is not UNSET:
            field_dict["region"] = region
        if session_start_time is not UNSET:
            field_dict["sessionStartTime"] = session_start_time
        if status is not UNSET:
            field_dict["status"] = status
        if disconnect_reason is not UNSET:
            field_dict["disconnectReason"] = disconnect_reason
        if disconnect_reason_description is not UNSET:
            field_dict["disconnectReasonDescription"] = disconnect_reason_description
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if bytes_in is not UNSET:
            field_dict["bytesIn"] = bytes_in
        if bytes_out is not UNSET:
            field_dict["bytesOut"] = bytes_out
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip
        if tunnel_ip_v4 is not UNSET:
            field_dict["tunnelIpV4"] = tunnel_ip_v4
        if tunnel_ip_v6 is not UNSET:
            field_dict["tunnelIpV6"] = tunnel_ip_v6
        if session_end_time is not UNSET:
            field_dict["sessionEndTime"] = session_end_time
        if session_duration_seconds is not UNSET:
            field_dict["sessionDurationSeconds"] = session_duration_seconds
        if primary_group_name is not UNSET:
            field_dict["primaryGroupName"] = primary_group_name
        if secondary_group_names is not UNSET:
            field_dict["secondaryGroupNames"] = secondary_group_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_name = d.pop("userName", UNSET)

        user_id = d.pop("userId", UNSET)

        user_group = d.pop("userGroup", UNSET)

        host_name = d.pop("hostName", UNSET)

        host_id = d.pop("hostId", UNSET)

        network_name = d.pop("networkName", UNSET)

        network_id = d.pop("networkId", UNSET)

        device_name = d.pop("deviceName", UNSET)

        device_id = d.pop("deviceId", UNSET)

        client_uuid = d.pop("clientUUID", UNSET)

        os_type = d.pop("osType", UNSET)

        os_version = d.pop("osVersion", UNSET)

        connector_name = d.pop("connectorName", UNSET)

        connector_id = d.pop("connectorId", UNSET)

        region = d.pop("region", UNSET)

        _session_start_time = d.pop("sessionStartTime", UNSET)
        session_start_time: datetime.datetime | Unset
        if isinstance(_session_start_time, Unset):
            session_start_time = UNSET
        else:
            session_start_time = datetime.datetime.fromisoformat(_session_start_time)

        status = d.pop("status", UNSET)

        disconnect_reason = d.pop("disconnectReason", UNSET)

        disconnect_reason_description = d.pop("disconnectReasonDescription", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        bytes_in = d.pop("bytesIn", UNSET)

        bytes_out = d.pop("bytesOut", UNSET)

        protocol = d.pop("protocol", UNSET)

        public_ip = d.pop("publicIp", UNSET)

        tunnel_ip_v4 = d.pop("tunnelIpV4", UNSET)

        tunnel_ip_v6 = d.pop("tunnelIpV6", UNSET)

        _session_end_time = d.pop("sessionEndTime", UNSET)
        session_end_time: datetime.datetime | Unset
        if isinstance(_session_end_time, Unset):
            session_end_time = UNSET
        else:
            session_end_time = datetime.datetime.fromisoformat(_session_end_time)

        session_duration_seconds = d.pop("sessionDurationSeconds", UNSET)

        primary_group_name = d.pop("primaryGroupName", UNSET)

        secondary_group_names = cast(list[str], d.pop("secondaryGroupNames", UNSET))

        session_response = cls(
            id=id,
            user_name=user_name,
            user_id=user_id,
            user_group=user_group,
            host_name=host_name,
            host_id=host_id,
            network_name=network_name,
            network_id=network_id,
            device_name=device_name,
            device_id=device_id,
            client_uuid=client_uuid,
            os_type=os_type,
            os_version=os_version,
            connector_name=connector_name,
            connector_id=connector_id,
            region=region,
            session_start_time=session_start_time,
            status=status,
            disconnect_reason=disconnect_reason,
            disconnect_reason_description=disconnect_reason_description,
            first_name=first_name,
            last_name=last_name,
            email=email,
            bytes_in=bytes_in,
            bytes_out=bytes_out,
            protocol=protocol,
            public_ip=public_ip,
            tunnel_ip_v4=tunnel_ip_v4,
            tunnel_ip_v6=tunnel_ip_v6,
            session_end_time=session_end_time,
            session_duration_seconds=session_duration_seconds,
            primary_group_name=primary_group_name,
            secondary_group_names=secondary_group_names,
        )

        session_response.additional_properties = d
        return session_response

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
