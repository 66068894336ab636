from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_service_type_response import CustomServiceTypeResponse


T = TypeVar("T", bound="ServiceConfigResponse")


@_attrs_define
class ServiceConfigResponse:
    service_types: list[str] | None = None
    custom_service_types: list[CustomServiceTypeResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_service_type_response import CustomServiceTypeResponse  # noqa: PLC0415

        service_types: list[str] | None = None
        if self.service_types is not None:
            service_types = self.service_types

        custom_service_types: list[dict[str, Any]] | None = None
        if self.custom_service_types is not None:
            custom_service_types = []
            for custom_service_types_item_data in self.custom_service_types:
                custom_service_types_item = custom_service_types_item_data.to_dict()
                custom_service_types.append(custom_service_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_types is not None:
            field_dict["serviceTypes"] = service_types
        if custom_service_types is not None:
            field_dict["customServiceTypes"] = custom_service_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_service_type_response import CustomServiceTypeResponse  # noqa: PLC0415

        d = dict(src_dict)
        _service_types_value = d.pop("serviceTypes", None)
        service_types: list[str] | None = None
        if _service_types_value is not None:
            service_types = cast(list[str], _service_types_value)

        _custom_service_types_value = d.pop("customServiceTypes", None)
        custom_service_types: list[CustomServiceTypeResponse] | None = None
        if _custom_service_types_value is not None:
            custom_service_types = []
            _custom_service_types = _custom_service_types_value
            for custom_service_types_item_data in _custom_service_types:
                custom_service_types_item = CustomServiceTypeResponse.from_dict(custom_service_types_item_data)

                custom_service_types.append(custom_service_types_item)

        service_config_response = cls(
            service_types=service_types,
            custom_service_types=custom_service_types,
        )

        service_config_response.additional_properties = d
        return service_config_response

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
