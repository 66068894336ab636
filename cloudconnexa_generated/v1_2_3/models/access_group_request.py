from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_item_destination_request import AccessItemDestinationRequest
    from ..models.access_item_source_request import AccessItemSourceRequest


T = TypeVar("T", bound="AccessGroupRequest")


@_attrs_define
class AccessGroupRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: list[AccessItemSourceRequest] | Unset = UNSET
    destination: list[AccessItemDestinationRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_item_destination_request import AccessItemDestinationRequest  # noqa: PLC0415
        from ..models.access_item_source_request import AccessItemSourceRequest  # noqa: PLC0415

        name = self.name

        description = self.description

        source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = []
            for source_item_data in self.source:
                source_item = source_item_data.to_dict()
                source.append(source_item)

        destination: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = []
            for destination_item_data in self.destination:
                destination_item = destination_item_data.to_dict()
                destination.append(destination_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_item_destination_request import AccessItemDestinationRequest  # noqa: PLC0415
        from ..models.access_item_source_request import AccessItemSourceRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: list[AccessItemSourceRequest] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = AccessItemSourceRequest.from_dict(source_item_data)

                source.append(source_item)

        _destination = d.pop("destination", UNSET)
        destination: list[AccessItemDestinationRequest] | Unset = UNSET
        if _destination is not UNSET:
            destination = []
            for destination_item_data in _destination:
                destination_item = AccessItemDestinationRequest.from_dict(destination_item_data)

                destination.append(destination_item)

        access_group_request = cls(
            name=name,
            description=description,
            source=source,
            destination=destination,
        )

        access_group_request.additional_properties = d
        return access_group_request

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
