from enum import StrEnum
from typing import Self


class DiskEncryptionType(StrEnum):
    FULL_DISK = "FULL_DISK"
    SPECIFIC_VOLUME = "SPECIFIC_VOLUME"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Forward compatibility: the live API adds enum values over time. An unknown
        # string becomes a pseudo-member that keeps the value as sent (it is still a str,
        # compares equal to the raw value and serialises back unchanged) instead of
        # raising ValueError while a response is parsed.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
