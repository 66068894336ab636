from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_service_type_response_protocol import CustomServiceTypeResponseProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_integer import RangeInteger


T = TypeVar("T", bound="CustomServiceTypeResponse")


@_attrs_define
class CustomServiceTypeResponse:
    protocol: CustomServiceTypeResponseProtocol | None = None
    port: list[RangeInteger] | None = None
    icmp_type: list[RangeInteger] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.range_integer import RangeInteger  # noqa: PLC0415

        protocol: str | None = None
        if self.protocol is not None:
            protocol = self.protocol.value

        port: list[dict[str, Any]] | None = None
        if self.port is not None:
            port = []
            for port_item_data in self.port:
                port_item = port_item_data.to_dict()
                port.append(port_item)

        icmp_type: list[dict[str, Any]] | None = None
        if self.icmp_type is not None:
            icmp_type = []
            for icmp_type_item_data in self.icmp_type:
                icmp_type_item = icmp_type_item_data.to_dict()
                icmp_type.append(icmp_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not None:
            field_dict["protocol"] = protocol
        if port is not None:
            field_dict["port"] = port
        if icmp_type is not None:
            field_dict["icmpType"] = icmp_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.range_integer import RangeInteger  # noqa: PLC0415

        d = dict(src_dict)
        _protocol_value = d.pop("protocol", None)
        protocol: CustomServiceTypeResponseProtocol | None = None
        if _protocol_value is not None:
            protocol = CustomServiceTypeResponseProtocol(_protocol_value)

        _port_value = d.pop("port", None)
        port: list[RangeInteger] | None = None
        if _port_value is not None:
            port = []
            _port = _port_value
            for port_item_data in _port:
                port_item = RangeInteger.from_dict(port_item_data)

                port.append(port_item)

        _icmp_type_value = d.pop("icmpType", None)
        icmp_type: list[RangeInteger] | None = None
        if _icmp_type_value is not None:
            icmp_type = []
            _icmp_type = _icmp_type_value
            for icmp_type_item_data in _icmp_type:
                icmp_type_item = RangeInteger.from_dict(icmp_type_item_data)

                icmp_type.append(icmp_type_item)

        custom_service_type_response = cls(
            protocol=protocol,
            port=port,
            icmp_type=icmp_type,
        )

        custom_service_type_response.additional_properties = d
        return custom_service_type_response

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
