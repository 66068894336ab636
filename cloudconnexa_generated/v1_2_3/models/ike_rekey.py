from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IkeRekey")


@_attrs_define
class IkeRekey:
    margin_time_sec: int | None = None
    fuzz_percent: int | None = None
    replay_window_size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        margin_time_sec = self.margin_time_sec

        fuzz_percent = self.fuzz_percent

        replay_window_size = self.replay_window_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if margin_time_sec is not None:
            field_dict["marginTimeSec"] = margin_time_sec
        if fuzz_percent is not None:
            field_dict["fuzzPercent"] = fuzz_percent
        if replay_window_size is not None:
            field_dict["replayWindowSize"] = replay_window_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        margin_time_sec = d.pop("marginTimeSec", None)

        fuzz_percent = d.pop("fuzzPercent", None)

        replay_window_size = d.pop("replayWindowSize", None)

        ike_rekey = cls(
            margin_time_sec=margin_time_sec,
            fuzz_percent=fuzz_percent,
            replay_window_size=replay_window_size,
        )

        ike_rekey.additional_properties = d
        return ike_rekey

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
