from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_create_request_internet_access import HostCreateRequestInternetAccess
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.host_connector_request import HostConnectorRequest


T = TypeVar("T", bound="HostCreateRequest")


@_attrs_define
class HostCreateRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    internet_access: HostCreateRequestInternetAccess | Unset = UNSET
    domain: str | Unset = UNSET
    connectors: list[HostConnectorRequest] | Unset = UNSET
    gateways_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.host_connector_request import HostConnectorRequest  # noqa: PLC0415

        name = self.name

        description = self.description

        internet_access: str | Unset = UNSET
        if not isinstance(self.internet_access, Unset):
            internet_access = self.internet_access.value

        domain = self.domain

        connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

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
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if gateways_ids is not UNSET:
            field_dict["gatewaysIds"] = gateways_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.host_connector_request import HostConnectorRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _internet_access = d.pop("internetAccess", UNSET)
        internet_access: HostCreateRequestInternetAccess | Unset
        if isinstance(_internet_access, Unset):
            internet_access = UNSET
        else:
            internet_access = HostCreateRequestInternetAccess(_internet_access)

        domain = d.pop("domain", UNSET)

        _connectors = d.pop("connectors", UNSET)
        connectors: list[HostConnectorRequest] | Unset = UNSET
        if _connectors is not UNSET:
            connectors = []
            for connectors_item_data in _connectors:
                connectors_item = HostConnectorRequest.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        gateways_ids = cast(list[str], d.pop("gatewaysIds", UNSET))

        host_create_request = cls(
            name=name,
            description=description,
            internet_access=internet_access,
            domain=domain,
            connectors=connectors,
            gateways_ids=gateways_ids,
        )

        host_create_request.additional_properties = d
        return host_create_request

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
