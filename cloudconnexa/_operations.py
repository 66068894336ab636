"""Lazy access to the generated endpoint modules of each API version.

Resource methods name an operation as `"<tag>.<operation>"` (e.g. `"dns_record.get_dns_record"`,
the generated module path under `cloudconnexa_generated.<version>.api`), and this module
imports it on first use: `import cloudconnexa` stays cheap, and a v1.0 client never loads a
v1.1.0 module.

Every lazy import of the SDK (these operations, the generated client module, the resource
namespaces behind `client.dns`, ...) runs under one process-wide lock, `import_module`
here and `lazy_resource` for the namespaces. The generated `models/__init__` imports every
model, and 32 threads making their first calls at once otherwise trip Python's per-module
import locks into `_DeadlockError`; under the lock the import is paid once, by one thread.
"""

from __future__ import annotations

import importlib
import threading
from functools import cache, cached_property
from types import ModuleType
from typing import Any, Self, TypeVar, overload

from ._constants import API_VERSIONS

__all__ = ["UnsupportedOperationError", "import_module", "lazy_resource", "load_operation", "supports_operation"]

_T = TypeVar("_T")

# Reentrant: importing a resource module imports generated modules through `import_module`.
_IMPORT_LOCK = threading.RLock()


def import_module(name: str) -> ModuleType:
    """`importlib.import_module` under the SDK's import lock."""
    with _IMPORT_LOCK:
        return importlib.import_module(name)


class lazy_resource(cached_property[_T]):  # noqa: N801 - used like the functools decorator it extends
    """`functools.cached_property` whose first computation (which imports the resource
    module, and through it the generated models) holds the SDK's import lock."""

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _T | Self:
        if instance is None or self.attrname in getattr(instance, "__dict__", {}):
            return super().__get__(instance, owner)
        with _IMPORT_LOCK:
            return super().__get__(instance, owner)


class UnsupportedOperationError(LookupError):
    """The selected API version has no such operation (e.g. `get_dns_record` on v1.0)."""


@cache
def _find(api_version: str, operation: str) -> ModuleType | None:
    tag, _, name = operation.partition(".")
    if not tag or not name:
        raise ValueError(f"operation must look like 'tag.operation_name', got {operation!r}")
    module_name = f"cloudconnexa_generated.{API_VERSIONS[api_version]}.api.{tag}.{name}"
    try:
        return import_module(module_name)
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
