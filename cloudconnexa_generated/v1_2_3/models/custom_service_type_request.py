from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_service_type_request_protocol import CustomServiceTypeRequestProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_integer import RangeInteger


T = TypeVar("T", bound="CustomServiceTypeRequest")


@_attrs_define
class CustomServiceTypeRequest:
    protocol: CustomServiceTypeRequestProtocol | Unset = UNSET
    port: list[RangeInteger] | Unset = UNSET
    icmp_type: list[RangeInteger] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.range_integer import RangeInteger  # noqa: PLC0415

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        port: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.port, Unset):
            port = []
            for port_item_data in self.port:
                port_item = port_item_data.to_dict()
                port.append(port_item)

        icmp_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.icmp_type, Unset):
            icmp_type = []
            for icmp_type_item_data in self.icmp_type:
                icmp_type_item = icmp_type_item_data.to_dict()
                icmp_type.append(icmp_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if port is not UNSET:
            field_dict["port"] = port
        if icmp_type is not UNSET:
            field_dict["icmpType"] = icmp_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.range_integer import RangeInteger  # noqa: PLC0415

        d = dict(src_dict)
        _protocol = d.pop("protocol", UNSET)
        protocol: CustomServiceTypeRequestProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = CustomServiceTypeRequestProtocol(_protocol)

        _port = d.pop("port", UNSET)
        port: list[RangeInteger] | Unset = UNSET
        if _port is not UNSET:
            port = []
            for port_item_data in _port:
                port_item = RangeInteger.from_dict(port_item_data)

                port.append(port_item)

        _icmp_type = d.pop("icmpType", UNSET)
        icmp_type: list[RangeInteger] | Unset = UNSET
        if _icmp_type is not UNSET:
            icmp_type = []
            for icmp_type_item_data in _icmp_type:
                icmp_type_item = RangeInteger.from_dict(icmp_type_item_data)

                icmp_type.append(icmp_type_item)

        custom_service_type_request = cls(
            protocol=protocol,
            port=port,
            icmp_type=icmp_type,
        )

        custom_service_type_request.additional_properties = d
        return custom_service_type_request

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
