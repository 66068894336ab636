"""The models the SDK returns and accepts, importable from one place.

These are the attrs classes generated from the API v1.1.0 spec. Resource methods return them
on BOTH API versions (a v1.0 answer is read into the same class), so code that type-checks
against `cloudconnexa.types` runs unchanged on v1.0 and v1.1.0. Unknown fields sent by a newer
server are kept in `additional_properties`; unknown enum values are kept as strings.

Example:
    from cloudconnexa.types import DnsRecordResponse, NetworkResponse

    def describe(record: DnsRecordResponse) -> str:
        return f"{record.domain}: {record.ipv_4_addresses}"

The generated models are loaded on first access, not when `cloudconnexa` is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._operations import import_module

if TYPE_CHECKING:
    from cloudconnexa_generated.v1_1_0.models import *  # noqa: F403

_MODELS = "cloudconnexa_generated.v1_1_0.models"
_TYPES = "cloudconnexa_generated.v1_1_0.types"


def __getattr__(name: str) -> Any:
    if name in {"UNSET", "Unset"}:
        return getattr(import_module(_TYPES), name)
    models = import_module(_MODELS)
    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"cloudconnexa.types has no model {name!r}") from None


def __dir__() -> list[str]:
    return sorted([*import_module(_MODELS).__all__, "UNSET", "Unset"])
