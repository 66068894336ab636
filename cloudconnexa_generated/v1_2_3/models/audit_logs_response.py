from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_response import AuditLogResponse


T = TypeVar("T", bound="AuditLogsResponse")


@_attrs_define
class AuditLogsResponse:
    """One batch of audit log records and the cursor of the next."""

    audit_logs: list[AuditLogResponse] | None = None
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_log_response import AuditLogResponse  # noqa: PLC0415

        audit_logs: list[dict[str, Any]] | None = None
        if self.audit_logs is not None:
            audit_logs = []
            for audit_logs_item_data in self.audit_logs:
                audit_logs_item = audit_logs_item_data.to_dict()
                audit_logs.append(audit_logs_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_logs is not None:
            field_dict["auditLogs"] = audit_logs
        if next_cursor is not None:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_response import AuditLogResponse  # noqa: PLC0415

        d = dict(src_dict)
        _audit_logs_value = d.pop("auditLogs", None)
        audit_logs: list[AuditLogResponse] | None = None
        if _audit_logs_value is not None:
            audit_logs = []
            _audit_logs = _audit_logs_value
            for audit_logs_item_data in _audit_logs:
                audit_logs_item = AuditLogResponse.from_dict(audit_logs_item_data)

                audit_logs.append(audit_logs_item)

        next_cursor = d.pop("nextCursor", None)

        audit_logs_response = cls(
            audit_logs=audit_logs,
            next_cursor=next_cursor,
        )

        audit_logs_response.additional_properties = d
        return audit_logs_response

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
