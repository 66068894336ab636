from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_error_details import ErrorResponseErrorDetails


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    error_details: ErrorResponseErrorDetails | None = None
    error_message: str | None = None
    status_error: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response_error_details import ErrorResponseErrorDetails  # noqa: PLC0415

        error_details: dict[str, Any] | None = None
        if self.error_details is not None:
            error_details = self.error_details.to_dict()

        error_message = self.error_message

        status_error = self.status_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_details is not None:
            field_dict["errorDetails"] = error_details
        if error_message is not None:
            field_dict["errorMessage"] = error_message
        if status_error is not None:
            field_dict["statusError"] = status_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response_error_details import ErrorResponseErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        _error_details_value = d.pop("errorDetails", None)
        error_details: ErrorResponseErrorDetails | None = None
        if _error_details_value is not None:
            error_details = ErrorResponseErrorDetails.from_dict(_error_details_value)

        error_message = d.pop("errorMessage", None)

        status_error = d.pop("statusError", None)

        error_response = cls(
            error_details=error_details,
            error_message=error_message,
            status_error=status_error,
        )

        error_response.additional_properties = d
        return error_response

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
