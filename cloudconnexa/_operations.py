"""Lazy access to the generated endpoint modules of each API version.

Resource methods name an operation as `"<tag>.<operation>"` (e.g. `"dns_record.get_dns_record"`,
the generated module path under `cloudconnexa_generated.<version>.api`), and this module
imports it on first use: `import cloudconnexa` stays cheap, and a v1.0 client never loads a
v1.1.0 module.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from ._constants import API_VERSIONS

__all__ = ["UnsupportedOperationError", "load_operation", "supports_operation"]


class UnsupportedOperationError(LookupError):
    """The selected API version has no such operation (e.g. `get_dns_record` on v1.0)."""


@cache
def _find(api_version: str, operation: str) -> ModuleType | None:
    tag, _, name = operation.partition(".")
    if not tag or not name:
        raise ValueError(f"operation must look like 'tag.operation_name', got {operation!r}")
    module_name = f"cloudconnexa_generated.{API_VERSIONS[api_version]}.api.{tag}.{name}"
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Absent: the module, or its tag's package (a tag newer than this version's spec).
        # Anything else is a real import failure inside generated code.
        if exc.name is None or not f"{module_name}.".startswith(f"{exc.name}."):
            raise
        return None


def supports_operation(api_version: str, operation: str) -> bool:
    """Whether `api_version` has `operation` (without raising)."""
    return _find(api_version, operation) is not None


def load_operation(api_version: str, operation: str) -> ModuleType:
    """The generated module of `operation` for `api_version`, imported once."""
    module = _find(api_version, operation)
    if module is None:
        raise UnsupportedOperationError(f"API v{api_version} has no operation {operation!r}")
    return module
