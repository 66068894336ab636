from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details_params import ErrorDetailsParams


T = TypeVar("T", bound="ErrorDetails")


@_attrs_define
class ErrorDetails:
    error_code: str | None = None
    message: str | None = None
    params: ErrorDetailsParams | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details_params import ErrorDetailsParams  # noqa: PLC0415

        error_code = self.error_code

        message = self.message

        params: dict[str, Any] | None = None
        if self.params is not None:
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not None:
            field_dict["errorCode"] = error_code
        if message is not None:
            field_dict["message"] = message
        if params is not None:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details_params import ErrorDetailsParams  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("errorCode", None)

        message = d.pop("message", None)

        _params_value = d.pop("params", None)
        params: ErrorDetailsParams | None = None
        if _params_value is not None:
            params = ErrorDetailsParams.from_dict(_params_value)

        error_details = cls(
            error_code=error_code,
            message=message,
            params=params,
        )

        error_details.additional_properties = d
        return error_details

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
