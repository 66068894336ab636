"""Checking values for the API's string enums (settings bodies, access-item types).

The generated enums keep unknown strings as pseudo-members (the live API adds values over
time), so a value is refused only when it cannot be one: not a str, or blank. Errors name
the argument and list the values this SDK knows.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

__all__ = ["check_choice"]

EnumT = TypeVar("EnumT", bound=StrEnum)


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
