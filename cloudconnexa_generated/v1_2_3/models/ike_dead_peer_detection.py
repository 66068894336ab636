from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ike_dead_peer_detection_dead_peer_handling import IkeDeadPeerDetectionDeadPeerHandling
from ..types import UNSET, Unset

T = TypeVar("T", bound="IkeDeadPeerDetection")


@_attrs_define
class IkeDeadPeerDetection:
    timeout_sec: int | None = None
    dead_peer_handling: IkeDeadPeerDetectionDeadPeerHandling | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout_sec = self.timeout_sec

        dead_peer_handling: str | None = None
        if self.dead_peer_handling is not None:
            dead_peer_handling = self.dead_peer_handling.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeout_sec is not None:
            field_dict["timeoutSec"] = timeout_sec
        if dead_peer_handling is not None:
            field_dict["deadPeerHandling"] = dead_peer_handling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeout_sec = d.pop("timeoutSec", None)

        _dead_peer_handling_value = d.pop("deadPeerHandling", None)
        dead_peer_handling: IkeDeadPeerDetectionDeadPeerHandling | None = None
        if _dead_peer_handling_value is not None:
            dead_peer_handling = IkeDeadPeerDetectionDeadPeerHandling(_dead_peer_handling_value)

        ike_dead_peer_detection = cls(
            timeout_sec=timeout_sec,
            dead_peer_handling=dead_peer_handling,
        )

        ike_dead_peer_detection.additional_properties = d
        return ike_dead_peer_detection

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
