from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_additional_info import AuditLogAdditionalInfo
    from ..models.audit_log_field_change import AuditLogFieldChange
    from ..models.audit_log_response_initiator_attributes import AuditLogResponseInitiatorAttributes


T = TypeVar("T", bound="AuditLogResponse")


@_attrs_define
class AuditLogResponse:
    """One change to the CloudConnexa configuration."""

    id: str | None = None
    tenant_id: str | None = None
    timestamp: datetime.datetime | str | None = None
    initiator_type: str | None = None
    initiator_id: str | None = None
    initiator_first_name: str | None = None
    initiator_last_name: str | None = None
    initiator_email: str | None = None
    initiator_name: str | None = None
    initiator_public_ip: str | None = None
    initiator_attributes: AuditLogResponseInitiatorAttributes | None = None
    operation: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    entity_name: str | None = None
    entity_parent_type: str | None = None
    entity_parent_id: str | None = None
    entity_parent_name: str | None = None
    description: str | None = None
    request_id: str | None = None
    additional_info: list[AuditLogAdditionalInfo] | None = None
    fields: list[AuditLogFieldChange] | None = None
    initiator_deleted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_log_additional_info import AuditLogAdditionalInfo  # noqa: PLC0415
        from ..models.audit_log_field_change import AuditLogFieldChange  # noqa: PLC0415
        from ..models.audit_log_response_initiator_attributes import AuditLogResponseInitiatorAttributes  # noqa: PLC0415

        id = self.id

        tenant_id = self.tenant_id

        timestamp: str | None = None
        if self.timestamp is not None:
            if isinstance(self.timestamp, datetime.datetime):
                timestamp = self.timestamp.isoformat()
            else:
                timestamp = self.timestamp

        initiator_type = self.initiator_type

        initiator_id = self.initiator_id

        initiator_first_name = self.initiator_first_name

        initiator_last_name = self.initiator_last_name

        initiator_email = self.initiator_email

        initiator_name = self.initiator_name

        initiator_public_ip = self.initiator_public_ip

        initiator_attributes: dict[str, Any] | None = None
        if self.initiator_attributes is not None:
            initiator_attributes = self.initiator_attributes.to_dict()

        operation = self.operation

        entity_type = self.entity_type

        entity_id = self.entity_id

        entity_name = self.entity_name

        entity_parent_type = self.entity_parent_type

        entity_parent_id = self.entity_parent_id

        entity_parent_name = self.entity_parent_name

        description = self.description

        request_id = self.request_id

        additional_info: list[dict[str, Any]] | None = None
        if self.additional_info is not None:
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        fields: list[dict[str, Any]] | None = None
        if self.fields is not None:
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        initiator_deleted = self.initiator_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if tenant_id is not None:
            field_dict["tenantId"] = tenant_id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if initiator_type is not None:
            field_dict["initiatorType"] = initiator_type
        if initiator_id is not None:
            field_dict["initiatorId"] = initiator_id
        if initiator_first_name is not None:
            field_dict["initiatorFirstName"] = initiator_first_name
        if initiator_last_name is not None:
            field_dict["initiatorLastName"] = initiator_last_name
        if initiator_email is not None:
            field_dict["initiatorEmail"] = initiator_email
        if initiator_name is not None:
            field_dict["initiatorName"] = initiator_name
        if initiator_public_ip is not None:
            field_dict["initiatorPublicIp"] = initiator_public_ip
        if initiator_attributes is not None:
            field_dict["initiatorAttributes"] = initiator_attributes
        if operation is not None:
            field_dict["operation"] = operation
        if entity_type is not None:
            field_dict["entityType"] = entity_type
        if entity_id is not None:
            field_dict["entityId"] = entity_id
        if entity_name is not None:
            field_dict["entityName"] = entity_name
        if entity_parent_type is not None:
            field_dict["entityParentType"] = entity_parent_type
        if entity_parent_id is not None:
            field_dict["entityParentId"] = entity_parent_id
        if entity_parent_name is not None:
            field_dict["entityParentName"] = entity_parent_name
        if description is not None:
            field_dict["description"] = description
        if request_id is not None:
            field_dict["requestId"] = request_id
        if additional_info is not None:
            field_dict["additionalInfo"] = additional_info
        if fields is not None:
            field_dict["fields"] = fields
        if initiator_deleted is not None:
            field_dict["initiatorDeleted"] = initiator_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_additional_info import AuditLogAdditionalInfo  # noqa: PLC0415
        from ..models.audit_log_field_change import AuditLogFieldChange  # noqa: PLC0415
        from ..models.audit_log_response_initiator_attributes import AuditLogResponseInitiatorAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        tenant_id = d.pop("tenantId", None)

        _timestamp_value = d.pop("timestamp", None)
        timestamp: datetime.datetime | str | None = None
        if _timestamp_value is not None:

            def _parse_timestamp(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | str, data)

            timestamp = _parse_timestamp(_timestamp_value)

        initiator_type = d.pop("initiatorType", None)

        initiator_id = d.pop("initiatorId", None)

        initiator_first_name = d.pop("initiatorFirstName", None)

        initiator_last_name = d.pop("initiatorLastName", None)

        initiator_email = d.pop("initiatorEmail", None)

        initiator_name = d.pop("initiatorName", None)

        initiator_public_ip = d.pop("initiatorPublicIp", None)

        _initiator_attributes_value = d.pop("initiatorAttributes", None)
        initiator_attributes: AuditLogResponseInitiatorAttributes | None = None
        if _initiator_attributes_value is not None:
            initiator_attributes = AuditLogResponseInitiatorAttributes.from_dict(_initiator_attributes_value)

        operation = d.pop("operation", None)

        entity_type = d.pop("entityType", None)

        entity_id = d.pop("entityId", None)

        entity_name = d.pop("entityName", None)

        entity_parent_type = d.pop("entityParentType", None)

        entity_parent_id = d.pop("entityParentId", None)

        entity_parent_name = d.pop("entityParentName", None)

        description = d.pop("description", None)

        request_id = d.pop("requestId", None)

        _additional_info_value = d.pop("additionalInfo", None)
        additional_info: list[AuditLogAdditionalInfo] | None = None
        if _additional_info_value is not None:
            additional_info = []
            _additional_info = _additional_info_value
            for additional_info_item_data in _additional_info:
                additional_info_item = AuditLogAdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        _fields_value = d.pop("fields", None)
        fields: list[AuditLogFieldChange] | None = None
        if _fields_value is not None:
            fields = []
            _fields = _fields_value
            for fields_item_data in _fields:
                fields_item = AuditLogFieldChange.from_dict(fields_item_data)

                fields.append(fields_item)

        initiator_deleted = d.pop("initiatorDeleted", None)

        audit_log_response = cls(
            id=id,
            tenant_id=tenant_id,
            timestamp=timestamp,
            initiator_type=initiator_type,
            initiator_id=initiator_id,
            initiator_first_name=initiator_first_name,
            initiator_last_name=initiator_last_name,
            initiator_email=initiator_email,
            initiator_name=initiator_name,
            initiator_public_ip=initiator_public_ip,
            initiator_attributes=initiator_attributes,
            operation=operation,
            entity_type=entity_type,
            entity_id=entity_id,
            entity_name=entity_name,
            entity_parent_type=entity_parent_type,
            entity_parent_id=entity_parent_id,
            entity_parent_name=entity_parent_name,
            description=description,
            request_id=request_id,
            additional_info=additional_info,
            fields=fields,
            initiator_deleted=initiator_deleted,
        )

        audit_log_response.additional_properties = d
        return audit_log_response

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
