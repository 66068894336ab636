"""The models the SDK returns and accepts, importable from one place.

These are the attrs classes generated from the spec of the current API, v1.2.3. Resource methods
return them on EVERY API version (an older answer is read into the same class), so code that
type-checks against `cloudconnexa.types` runs unchanged from v1.0 to v1.2.3. Fields of the models
read from responses are `X | None` (absent and null both read as None) and ids are `str`; unknown
fields sent by a newer server are kept in `additional_properties`, unknown enum values as strings.
`UNSET`/`Unset` only mark fields left out of a request model (see docs/models.md).

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
    from cloudconnexa_generated.v1_2_3.models import *  # noqa: F403

_MODELS = "cloudconnexa_generated.v1_2_3.models"
_TYPES = "cloudconnexa_generated.v1_2_3.types"


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
