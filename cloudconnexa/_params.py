"""Checking what callers pass to resource methods, and shaping request bodies.

Ids end up in URL paths; the generated code percent-escapes them (so `../users` cannot reach
another route), and ids that escaping cannot neutralise (`.`/`..`, which URL normalisation
would resolve) or that are empty are refused here with a ValueError naming the argument.

A `body=` mapping is sent as the caller wrote it when it holds a `None` anywhere (the API
accepts JSON null, and Terraform's bodies carry them): the request model would drop or refuse
those nulls, so the mapping itself, in wire form, becomes the JSON body.

Values for the API's string enums (settings bodies, access-item types) go through
`check_choice`. The generated enums keep unknown strings as pseudo-members (the live API adds
values over time), so a value is refused only when it cannot be one: not a str, or blank.
Errors name the argument and list the values this SDK knows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from enum import Enum, StrEnum
from typing import Any, Protocol, TypeVar

from ._base_client import NotGiven

__all__ = ["Id", "JSONBody", "build_body", "check_choice", "check_id", "check_ids", "check_optional", "to_wire"]

ModelT = TypeVar("ModelT", bound="_Model")
EnumT = TypeVar("EnumT", bound=StrEnum)
ValueT = TypeVar("ValueT")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT: ...


Id = str | uuid.UUID
"""An object id as callers may hold it: the text (what models hold), or a `uuid.UUID`."""


def check_id(value: object, name: str = "id") -> str:
    """`value` as a path id, or ValueError/TypeError naming `name`."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or uuid.UUID, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if value in {".", ".."}:
        raise ValueError(f"{name} {value!r} is not a valid id")
    return value


def check_ids(values: Iterable[object], name: str = "ids") -> list[str]:
    """Validate a collection of ids (a bare string is refused: it is almost always a bug)."""
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name} must be a collection of ids, not a single string")
    return [check_id(value, f"{name}[{index}]") for index, value in enumerate(values)]


def check_optional(value: object, kind: type[ValueT], name: str) -> ValueT | None:
    """`value` when it is None or a `kind` (a filter such as `start_date`), else a TypeError
    naming the argument."""
    if value is None or isinstance(value, kind):
        return value
    raise TypeError(f"{name} must be a {kind.__module__}.{kind.__qualname__} or None, not {type(value).__name__}"
                    .replace("builtins.", ""))  # fmt: skip


def check_choice(enum: type[EnumT], value: object, name: str) -> EnumT:
    """`value` (a member of `enum` or its string value) as a member of `enum`.

    Example:
        check_choice(SetTopologyBody, "FULL_MESH", "topology")  # SetTopologyBody.FULL_MESH
    """
    if isinstance(value, enum):
        return value
    allowed = ", ".join(member.value for member in enum)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str (one of {allowed}), not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string, one of {allowed}")
    return enum(value)


def to_wire(value: Any) -> Any:
    """Models (of either API version), enums, lists and mappings as plain JSON values."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    return value


class JSONBody:
    """A request body sent exactly as given (JSON nulls included), in place of a request model.

    It offers the one method the generated request code calls on a model body, `to_dict()`.
    """

    __slots__ = ("_wire",)

    def __init__(self, wire: dict[str, Any]) -> None:
        self._wire = wire

    def to_dict(self) -> dict[str, Any]:
        return self._wire

    def __repr__(self) -> str:
        return f"JSONBody({self._wire!r})"


def _has_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(_has_null(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_null(item) for item in value)
    return False


def build_body(model: type[ModelT], body: object, fields: Mapping[str, Any]) -> ModelT:
    """The request model for a create/update call.

    Callers give either keyword fields (`fields`, keyed by wire name, NOT_GIVEN for absent)
    or one `body`: a model of either API version or a mapping in wire names. Unknown keys
    are kept (the API may know fields this SDK does not).
    """
    given = {key: to_wire(value) for key, value in fields.items() if not isinstance(value, NotGiven)}
    if body is None:
        return model.from_dict(given)
    if given:
        raise ValueError(f"pass either body= or keyword fields, not both (got {sorted(given)})")
    if isinstance(body, Mapping) and _has_null(wire := to_wire(body)):
        # Typed as the model: the generated request code only calls `to_dict()` on it.
        return JSONBody(wire)  # type: ignore[return-value]
    if isinstance(body, Mapping) or hasattr(body, "to_dict"):
        return model.from_dict(to_wire(body))
    raise TypeError(f"body must be a {model.__name__}, another model or a mapping, not {type(body).__name__}")
