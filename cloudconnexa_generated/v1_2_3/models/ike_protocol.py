from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ike_protocol_protocol_version import IkeProtocolProtocolVersion
from ..models.ike_protocol_startup_action import IkeProtocolStartupAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ike_dead_peer_detection import IkeDeadPeerDetection
    from ..models.ike_phase import IkePhase
    from ..models.ike_rekey import IkeRekey


T = TypeVar("T", bound="IkeProtocol")


@_attrs_define
class IkeProtocol:
    protocol_version: IkeProtocolProtocolVersion | None = None
    phase1: IkePhase | None = None
    phase2: IkePhase | None = None
    rekey: IkeRekey | None = None
    dead_peer_detection: IkeDeadPeerDetection | None = None
    startup_action: IkeProtocolStartupAction | None = None
    auto_initiate: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ike_dead_peer_detection import IkeDeadPeerDetection  # noqa: PLC0415
        from ..models.ike_phase import IkePhase  # noqa: PLC0415
        from ..models.ike_rekey import IkeRekey  # noqa: PLC0415

        protocol_version: str | None = None
        if self.protocol_version is not None:
            protocol_version = self.protocol_version.value

        phase1: dict[str, Any] | None = None
        if self.phase1 is not None:
            phase1 = self.phase1.to_dict()

        phase2: dict[str, Any] | None = None
        if self.phase2 is not None:
            phase2 = self.phase2.to_dict()

        rekey: dict[str, Any] | None = None
        if self.rekey is not None:
            rekey = self.rekey.to_dict()

        dead_peer_detection: dict[str, Any] | None = None
        if self.dead_peer_detection is not None:
            dead_peer_detection = self.dead_peer_detection.to_dict()

        startup_action: str | None = None
        if self.startup_action is not None:
            startup_action = self.startup_action.value

        auto_initiate = self.auto_initiate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_version is not None:
            field_dict["protocolVersion"] = protocol_version
        if phase1 is not None:
            field_dict["phase1"] = phase1
        if phase2 is not None:
            field_dict["phase2"] = phase2
        if rekey is not None:
            field_dict["rekey"] = rekey
        if dead_peer_detection is not None:
            field_dict["deadPeerDetection"] = dead_peer_detection
        if startup_action is not None:
            field_dict["startupAction"] = startup_action
        if auto_initiate is not None:
            field_dict["autoInitiate"] = auto_initiate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ike_dead_peer_detection import IkeDeadPeerDetection  # noqa: PLC0415
        from ..models.ike_phase import IkePhase  # noqa: PLC0415
        from ..models.ike_rekey import IkeRekey  # noqa: PLC0415

        d = dict(src_dict)
        _protocol_version_value = d.pop("protocolVersion", None)
        protocol_version: IkeProtocolProtocolVersion | None = None
        if _protocol_version_value is not None:
            protocol_version = IkeProtocolProtocolVersion(_protocol_version_value)

        _phase1_value = d.pop("phase1", None)
        phase1: IkePhase | None = None
        if _phase1_value is not None:
            phase1 = IkePhase.from_dict(_phase1_value)

        _phase2_value = d.pop("phase2", None)
        phase2: IkePhase | None = None
        if _phase2_value is not None:
            phase2 = IkePhase.from_dict(_phase2_value)

        _rekey_value = d.pop("rekey", None)
        rekey: IkeRekey | None = None
        if _rekey_value is not None:
            rekey = IkeRekey.from_dict(_rekey_value)

        _dead_peer_detection_value = d.pop("deadPeerDetection", None)
        dead_peer_detection: IkeDeadPeerDetection | None = None
        if _dead_peer_detection_value is not None:
            dead_peer_detection = IkeDeadPeerDetection.from_dict(_dead_peer_detection_value)

        _startup_action_value = d.pop("startupAction", None)
        startup_action: IkeProtocolStartupAction | None = None
        if _startup_action_value is not None:
            startup_action = IkeProtocolStartupAction(_startup_action_value)

        auto_initiate = d.pop("autoInitiate", None)

        ike_protocol = cls(
            protocol_version=protocol_version,
            phase1=phase1,
            phase2=phase2,
            rekey=rekey,
            dead_peer_detection=dead_peer_detection,
            startup_action=startup_action,
            auto_initiate=auto_initiate,
        )

        ike_protocol.additional_properties = d
        return ike_protocol

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
