from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_and_comment import DomainAndComment


T = TypeVar("T", bound="AddDomainsRequest")


@_attrs_define
class AddDomainsRequest:
    domain_and_comments: list[DomainAndComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_and_comment import DomainAndComment  # noqa: PLC0415

        domain_and_comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_and_comments, Unset):
            domain_and_comments = []
            for domain_and_comments_item_data in self.domain_and_comments:
                domain_and_comments_item = domain_and_comments_item_data.to_dict()
                domain_and_comments.append(domain_and_comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_and_comments is not UNSET:
            field_dict["domainAndComments"] = domain_and_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_and_comment import DomainAndComment  # noqa: PLC0415

        d = dict(src_dict)
        _domain_and_comments = d.pop("domainAndComments", UNSET)
        domain_and_comments: list[DomainAndComment] | Unset = UNSET
        if _domain_and_comments is not UNSET:
            domain_and_comments = []
            for domain_and_comments_item_data in _domain_and_comments:
                domain_and_comments_item = DomainAndComment.from_dict(domain_and_comments_item_data)

                domain_and_comments.append(domain_and_comments_item)

        add_domains_request = cls(
            domain_and_comments=domain_and_comments,
        )

        add_domains_request.additional_properties = d
        return add_domains_request

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
