from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connector_response import NetworkConnectorResponse


T = TypeVar("T", bound="PageNetworkConnectorResponse")


@_attrs_define
class PageNetworkConnectorResponse:
    content: list[NetworkConnectorResponse] | None = None
    total_elements: int | None = None
    total_pages: int | None = None
    number_of_elements: int | None = None
    page: int | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_connector_response import NetworkConnectorResponse  # noqa: PLC0415

        content: list[dict[str, Any]] | None = None
        if self.content is not None:
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        total_elements = self.total_elements

        total_pages = self.total_pages

        number_of_elements = self.number_of_elements

        page = self.page

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not None:
            field_dict["content"] = content
        if total_elements is not None:
            field_dict["totalElements"] = total_elements
        if total_pages is not None:
            field_dict["totalPages"] = total_pages
        if number_of_elements is not None:
            field_dict["numberOfElements"] = number_of_elements
        if page is not None:
            field_dict["page"] = page
        if size is not None:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_connector_response import NetworkConnectorResponse  # noqa: PLC0415

        d = dict(src_dict)
        _content_value = d.pop("content", None)
        content: list[NetworkConnectorResponse] | None = None
        if _content_value is not None:
            content = []
            _content = _content_value
            for content_item_data in _content:
                content_item = NetworkConnectorResponse.from_dict(content_item_data)

                content.append(content_item)

        total_elements = d.pop("totalElements", None)

        total_pages = d.pop("totalPages", None)

        number_of_elements = d.pop("numberOfElements", None)

        page = d.pop("page", None)

        size = d.pop("size", None)

        page_network_connector_response = cls(
            content=content,
            total_elements=total_elements,
            total_pages=total_pages,
            number_of_elements=number_of_elements,
            page=page,
            size=size,
        )

        page_network_connector_response.additional_properties = d
        return page_network_connector_response

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
