from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_item_destination_response import AccessItemDestinationResponse
    from ..models.access_item_source_response import AccessItemSourceResponse


T = TypeVar("T", bound="AccessGroupResponse")


@_attrs_define
class AccessGroupResponse:
    id: str | None = None
    name: str | None = None
    description: str | None = None
    default_group: bool | None = None
    source: list[AccessItemSourceResponse] | None = None
    destination: list[AccessItemDestinationResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_item_destination_response import AccessItemDestinationResponse  # noqa: PLC0415
        from ..models.access_item_source_response import AccessItemSourceResponse  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        default_group = self.default_group

        source: list[dict[str, Any]] | None = None
        if self.source is not None:
            source = []
            for source_item_data in self.source:
                source_item = source_item_data.to_dict()
                source.append(source_item)

        destination: list[dict[str, Any]] | None = None
        if self.destination is not None:
            destination = []
            for destination_item_data in self.destination:
                destination_item = destination_item_data.to_dict()
                destination.append(destination_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if default_group is not None:
            field_dict["defaultGroup"] = default_group
        if source is not None:
            field_dict["source"] = source
        if destination is not None:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_item_destination_response import AccessItemDestinationResponse  # noqa: PLC0415
        from ..models.access_item_source_response import AccessItemSourceResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        default_group = d.pop("defaultGroup", None)

        _source_value = d.pop("source", None)
        source: list[AccessItemSourceResponse] | None = None
        if _source_value is not None:
            source = []
            _source = _source_value
            for source_item_data in _source:
                source_item = AccessItemSourceResponse.from_dict(source_item_data)

                source.append(source_item)

        _destination_value = d.pop("destination", None)
        destination: list[AccessItemDestinationResponse] | None = None
        if _destination_value is not None:
            destination = []
            _destination = _destination_value
            for destination_item_data in _destination:
                destination_item = AccessItemDestinationResponse.from_dict(destination_item_data)

                destination.append(destination_item)

        access_group_response = cls(
            id=id,
            name=name,
            description=description,
            default_group=default_group,
            source=source,
            destination=destination,
        )

        access_group_response.additional_properties = d
        return access_group_response

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
