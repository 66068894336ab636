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
    protocol_version: IkeProtocolProtocolVersion | Unset = UNSET
    phase1: IkePhase | Unset = UNSET
    phase2: IkePhase | Unset = UNSET
    rekey: IkeRekey | Unset = UNSET
    dead_peer_detection: IkeDeadPeerDetection | Unset = UNSET
    startup_action: IkeProtocolStartupAction | Unset = UNSET
    auto_initiate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ike_dead_peer_detection import IkeDeadPeerDetection  # noqa: PLC0415
        from ..models.ike_phase import IkePhase  # noqa: PLC0415
        from ..models.ike_rekey import IkeRekey  # noqa: PLC0415

        protocol_version: str | Unset = UNSET
        if not isinstance(self.protocol_version, Unset):
            protocol_version = self.protocol_version.value

        phase1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phase1, Unset):
            phase1 = self.phase1.to_dict()

        phase2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phase2, Unset):
            phase2 = self.phase2.to_dict()

        rekey: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rekey, Unset):
            rekey = self.rekey.to_dict()

        dead_peer_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dead_peer_detection, Unset):
            dead_peer_detection = self.dead_peer_detection.to_dict()

        startup_action: str | Unset = UNSET
        if not isinstance(self.startup_action, Unset):
            startup_action = self.startup_action.value

        auto_initiate = self.auto_initiate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_version is not UNSET:
            field_dict["protocolVersion"] = protocol_version
        if phase1 is not UNSET:
            field_dict["phase1"] = phase1
        if phase2 is not UNSET:
            field_dict["phase2"] = phase2
        if rekey is not UNSET:
            field_dict["rekey"] = rekey
        if dead_peer_detection is not UNSET:
            field_dict["deadPeerDetection"] = dead_peer_detection
        if startup_action is not UNSET:
            field_dict["startupAction"] = startup_action
        if auto_initiate is not UNSET:
            field_dict["autoInitiate"] = auto_initiate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ike_dead_peer_detection import IkeDeadPeerDetection  # noqa: PLC0415
        from ..models.ike_phase import IkePhase  # noqa: PLC0415
        from ..models.ike_rekey import IkeRekey  # noqa: PLC0415

        d = dict(src_dict)
        _protocol_version = d.pop("protocolVersion", UNSET)
        protocol_version: IkeProtocolProtocolVersion | Unset
        if isinstance(_protocol_version, Unset):
            protocol_version = UNSET
        else:
            protocol_version = IkeProtocolProtocolVersion(_protocol_version)

        _phase1 = d.pop("phase1", UNSET)
        phase1: IkePhase | Unset
        if isinstance(_phase1, Unset):
            phase1 = UNSET
        else:
            phase1 = IkePhase.from_dict(_phase1)

        _phase2 = d.pop("phase2", UNSET)
        phase2: IkePhase | Unset
        if isinstance(_phase2, Unset):
            phase2 = UNSET
        else:
            phase2 = IkePhase.from_dict(_phase2)

        _rekey = d.pop("rekey", UNSET)
        rekey: IkeRekey | Unset
        if isinstance(_rekey, Unset):
            rekey = UNSET
        else:
            rekey = IkeRekey.from_dict(_rekey)

        _dead_peer_detection = d.pop("deadPeerDetection", UNSET)
        dead_peer_detection: IkeDeadPeerDetection | Unset
        if isinstance(_dead_peer_detection, Unset):
            dead_peer_detection = UNSET
        else:
            dead_peer_detection = IkeDeadPeerDetection.from_dict(_dead_peer_detection)

        _startup_action = d.pop("startupAction", UNSET)
        startup_action: IkeProtocolStartupAction | Unset
        if isinstance(_startup_action, Unset):
            startup_action = UNSET
        else:
            startup_action = IkeProtocolStartupAction(_startup_action)

        auto_initiate = d.pop("autoInitiate", UNSET)

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
