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
    id: str | None = None
    user_name: str | None = None
    user_id: str | None = None
    user_group: str | None = None
    host_name: str | None = None
    host_id: str | None = None
    network_name: str | None = None
    network_id: str | None = None
    device_name: str | None = None
    device_id: str | None = None
    client_uuid: str | None = None
    os_type: str | None = None
    os_version: str | None = None
    connector_name: str | None = None
    connector_id: str | None = None
    region: str | None = None
    session_start_time: datetime.datetime | str | None = None
    status: str | None = None
    disconnect_reason: str | None = None
    disconnect_reason_description: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    bytes_in: int | None = None
    bytes_out: int | None = None
    protocol: str | None = None
    public_ip: str | None = None
    tunnel_ip_v4: str | None = None
    tunnel_ip_v6: str | None = None
    session_end_time: datetime.datetime | str | None = None
    session_duration_seconds: int | None = None
    primary_group_name: str | None = None
    secondary_group_names: list[str] | None = None
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

        session_start_time: str | None = None
        if self.session_start_time is not None:
            if isinstance(self.session_start_time, datetime.datetime):
                session_start_time = self.session_start_time.isoformat()
            else:
                session_start_time = self.session_start_time

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

        session_end_time: str | None = None
        if self.session_end_time is not None:
            if isinstance(self.session_end_time, datetime.datetime):
                session_end_time = self.session_end_time.isoformat()
            else:
                session_end_time = self.session_end_time

        session_duration_seconds = self.session_duration_seconds

        primary_group_name = self.primary_group_name

        secondary_group_names: list[str] | None = None
        if self.secondary_group_names is not None:
            secondary_group_names = self.secondary_group_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if user_name is not None:
            field_dict["userName"] = user_name
        if user_id is not None:
            field_dict["userId"] = user_id
        if user_group is not None:
            field_dict["userGroup"] = user_group
        if host_name is not None:
            field_dict["hostName"] = host_name
        if host_id is not None:
            field_dict["hostId"] = host_id
        if network_name is not None:
            field_dict["networkName"] = network_name
        if network_id is not None:
            field_dict["networkId"] = network_id
        if device_name is not None:
            field_dict["deviceName"] = device_name
        if device_id is not None:
            field_dict["deviceId"] = device_id
        if client_uuid is not None:
            field_dict["clientUUID"] = client_uuid
        if os_type is not None:
            field_dict["osType"] = os_type
        if os_version is not None:
            field_dict["osVersion"] = os_version
        if connector_name is not None:
            field_dict["connectorName"] = connector_name
        if connector_id is not None:
            field_dict["connectorId"] = connector_id
        if region is not None:
            field_dict["region"] = region
        if session_start_time is not None:
            field_dict["sessionStartTime"] = session_start_time
        if status is not None:
            field_dict["status"] = status
        if disconnect_reason is not None:
            field_dict["disconnectReason"] = disconnect_reason
        if disconnect_reason_description is not None:
            field_dict["disconnectReasonDescription"] = disconnect_reason_description
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if email is not None:
            field_dict["email"] = email
        if bytes_in is not None:
            field_dict["bytesIn"] = bytes_in
        if bytes_out is not None:
            field_dict["bytesOut"] = bytes_out
        if protocol is not None:
            field_dict["protocol"] = protocol
        if public_ip is not None:
            field_dict["publicIp"] = public_ip
        if tunnel_ip_v4 is not None:
            field_dict["tunnelIpV4"] = tunnel_ip_v4
        if tunnel_ip_v6 is not None:
            field_dict["tunnelIpV6"] = tunnel_ip_v6
        if session_end_time is not None:
            field_dict["sessionEndTime"] = session_end_time
        if session_duration_seconds is not None:
            field_dict["sessionDurationSeconds"] = session_duration_seconds
        if primary_group_name is not None:
            field_dict["primaryGroupName"] = primary_group_name
        if secondary_group_names is not None:
            field_dict["secondaryGroupNames"] = secondary_group_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        user_name = d.pop("userName", None)

        user_id = d.pop("userId", None)

        user_group = d.pop("userGroup", None)

        host_name = d.pop("hostName", None)

        host_id = d.pop("hostId", None)

        network_name = d.pop("networkName", None)

        network_id = d.pop("networkId", None)

        device_name = d.pop("deviceName", None)

        device_id = d.pop("deviceId", None)

        client_uuid = d.pop("clientUUID", None)

        os_type = d.pop("osType", None)

        os_version = d.pop("osVersion", None)

        connector_name = d.pop("connectorName", None)

        connector_id = d.pop("connectorId", None)

        region = d.pop("region", None)

        _session_start_time_value = d.pop("sessionStartTime", None)
        session_start_time: datetime.datetime | str | None = None
        if _session_start_time_value is not None:

            def _parse_session_start_time(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    session_start_time_type_0 = datetime.datetime.fromisoformat(data)

                    return session_start_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | str, data)

            session_start_time = _parse_session_start_time(_session_start_time_value)

        status = d.pop("status", None)

        disconnect_reason = d.pop("disconnectReason", None)

        disconnect_reason_description = d.pop("disconnectReasonDescription", None)

        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        email = d.pop("email", None)

        bytes_in = d.pop("bytesIn", None)

        bytes_out = d.pop("bytesOut", None)

        protocol = d.pop("protocol", None)

        public_ip = d.pop("publicIp", None)

        tunnel_ip_v4 = d.pop("tunnelIpV4", None)

        tunnel_ip_v6 = d.pop("tunnelIpV6", None)

        _session_end_time_value = d.pop("sessionEndTime", None)
        session_end_time: datetime.datetime | str | None = None
        if _session_end_time_value is not None:

            def _parse_session_end_time(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    session_end_time_type_0 = datetime.datetime.fromisoformat(data)

                    return session_end_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | str, data)

            session_end_time = _parse_session_end_time(_session_end_time_value)

        session_duration_seconds = d.pop("sessionDurationSeconds", None)

        primary_group_name = d.pop("primaryGroupName", None)

        _secondary_group_names_value = d.pop("secondaryGroupNames", None)
        secondary_group_names: list[str] | None = None
        if _secondary_group_names_value is not None:
            secondary_group_names = cast(list[str], _secondary_group_names_value)

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
