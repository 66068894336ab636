from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_response import SessionResponse


T = TypeVar("T", bound="SessionsResponse")


@_attrs_define
class SessionsResponse:
    sessions: list[SessionResponse] | None = None
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_response import SessionResponse  # noqa: PLC0415

        sessions: list[dict[str, Any]] | None = None
        if self.sessions is not None:
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sessions is not None:
            field_dict["sessions"] = sessions
        if next_cursor is not None:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_response import SessionResponse  # noqa: PLC0415

        d = dict(src_dict)
        _sessions_value = d.pop("sessions", None)
        sessions: list[SessionResponse] | None = None
        if _sessions_value is not None:
            sessions = []
            _sessions = _sessions_value
            for sessions_item_data in _sessions:
                sessions_item = SessionResponse.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        next_cursor = d.pop("nextCursor", None)

        sessions_response = cls(
            sessions=sessions,
            next_cursor=next_cursor,
        )

        sessions_response.additional_properties = d
        return sessions_response

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
