"""Which API version offers which operation, and how `api_version="auto"` finds the version.

Pure parts shared by the sync and async resources (the probes' I/O lives in `_resource.py`).

Operations: each spec marks what it added after v1.0 with `x-introduced-in`, which
`scripts/regenerate.py` writes to `cloudconnexa_generated/<package>/introduced_in.py`. An
operation is offered on a version when the version is at least its `introduced_in`; it is
refused with `UnsupportedByAPIVersion`, before any request, otherwise. Versions without a package
of their own (1.1.1, 1.1.3, 1.1.6, 1.2.0) use the newest package, limited that way.

Detection (`api_version="auto"`): two GETs of settings that appeared in known versions, sent once
per client on first need and shared by its `with_options` copies::

    GET /api/v1/settings/wpc/routes-advanced-configuration-enabled   (v1.2.0+)
      200 -> GET /api/v1/settings/wpc/ip-allocation-mode             (v1.2.3+)
               200 -> "1.2.3"    404 -> "1.2.0"
      404 -> GET /api/v1/access-visibility/enabled                   (v1.1.1+)
               200 -> "1.1.1" (1.1.1 .. 1.1.6)    404 -> "1.0" (1.0 or 1.1.0)

A range resolves to its oldest version: the SDK then offers only what the tenant surely has
(1.0's shims also work on 1.1.0), and `DetectedVersion.note` says which range was seen. Any other
answer (403 for a key without settings permission, 400, 5xx) is raised as the API error, with a
note to set `api_version` explicitly: the SDK never guesses.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import anyio
import attrs

from ._constants import API_VERSIONS, AUTO_API_VERSION, SPEC_VERSIONS
from ._exceptions import UnsupportedByAPIVersion
from ._operations import load_operation, supports_operation

__all__ = [
    "DETECTION",
    "DETECTION_FAILED_NOTE",
    "DetectedVersion",
    "VersionProbe",
    "VersionState",
    "check_fields",
    "check_supported",
    "refuse_removed_ipsec_fields",
    "introduced_in",
    "is_supported",
    "operation_module",
    "version_key",
]

NEWEST_SPEC_VERSION = SPEC_VERSIONS[-1]


@cache  # a handful of version strings, compared on every call
def version_key(version: str) -> tuple[int, ...]:
    """Sortable form of "1.2.3"; "1.0" sorts before "1.0.1"."""
    return tuple(int(part) for part in version.split("."))


@cache
def _introduced_table(package: str) -> Mapping[str, str]:
    try:
        module = importlib.import_module(f"cloudconnexa_generated.{package}.introduced_in")
    except ModuleNotFoundError:
        return {}
    table: Mapping[str, str] = module.INTRODUCED_IN
    return table


def _property_table() -> Mapping[str, str]:
    module = importlib.import_module(f"cloudconnexa_generated.{API_VERSIONS[NEWEST_SPEC_VERSION]}.introduced_in")
    table: Mapping[str, str] = module.PROPERTY_INTRODUCED_IN
    return table


def check_fields(api_version: str, body: object, *, detail: str = "") -> None:
    """Raise `UnsupportedByAPIVersion` naming "<Model>.<field>" when a request model (or a
    model nested in it) sets a field newer than `api_version` (e.g. `secondaryGroupIds` on
    v1.1.0). Mappings and raw values are sent as given."""
    if version_key(api_version) >= version_key(NEWEST_SPEC_VERSION):
        return
    table = _property_table()
    for name, value in _set_fields(body):
        first = table.get(name)
        if first is not None and version_key(api_version) < version_key(first) and value is not None:
            raise UnsupportedByAPIVersion(name, api_version=api_version, introduced_in=first, detail=detail)


def _set_fields(model: object) -> list[tuple[str, object]]:
    """("<Model>.<wireName>", value) of every field set in `model` and its nested models."""
    if isinstance(model, list):
        return [pair for item in model for pair in _set_fields(item)]
    cls = type(model)
    if not attrs.has(cls) or not hasattr(model, "to_dict"):
        return []
    found = [(f"{cls.__name__}.{key}", value) for key, value in model.to_dict().items()]
    for field in attrs.fields(cls):
        found += _set_fields(getattr(model, field.name))
    return found


def introduced_in(operation: str) -> str | None:
    """The first version that has `operation` ("tag.operation"), or None if every version has it."""
    return _introduced_table(API_VERSIONS[NEWEST_SPEC_VERSION]).get(operation)


# The three below run on every call: their answers depend only on (version, operation),
# a few hundred pairs at most, so they are computed once per pair.


@cache
def is_supported(api_version: str, operation: str) -> bool:
    """Whether `api_version` offers `operation` (without raising)."""
    first = introduced_in(operation)
    if first is not None:
        return version_key(api_version) >= version_key(first)
    return supports_operation(api_version, operation)


@cache
def _missing_until(api_version: str, operation: str) -> str | None:
    """The version that introduced `operation` when `api_version` is older, else None."""
    first = introduced_in(operation)
    return first if first is not None and version_key(api_version) < version_key(first) else None


def check_supported(api_version: str, operation: str, *, detail: str = "") -> None:
    """Raise `UnsupportedByAPIVersion` when `api_version` lacks `operation`."""
    first = _missing_until(api_version, operation)
    if first is not None:
        raise UnsupportedByAPIVersion(operation, api_version=api_version, introduced_in=first, detail=detail)


@cache
def _module_for(api_version: str, operation: str) -> ModuleType:
    if supports_operation(api_version, operation) or introduced_in(operation) is None:
        return load_operation(api_version, operation)
    return load_operation(NEWEST_SPEC_VERSION, operation)


def operation_module(api_version: str, operation: str, *, detail: str = "") -> ModuleType:
    """The generated module that builds `operation`'s request on `api_version`.

    Its own package's module when it has one; else the newest package's (an operation the
    catalog dates to a version whose spec does not carry it, e.g. the DNS Log listing of 1.0).
    """
    check_supported(api_version, operation, detail=detail)
    return _module_for(api_version, operation)


@dataclass(frozen=True)
class DetectedVersion:
    """The outcome of `api_version="auto"`."""

    version: str
    """The version the client now uses (the oldest of the range seen)."""
    note: str
    """What the probes saw, e.g. "v1.1.1 .. v1.1.6 (access visibility present, ...)"."""


@dataclass(frozen=True)
class VersionProbe:
    """One probe of the detection tree: a GET whose 200 or 404 says on which side we are."""

    path: str
    present: VersionProbe | DetectedVersion
    absent: VersionProbe | DetectedVersion

    def next(self, status: int) -> VersionProbe | DetectedVersion | None:
        """The next step after an answer of `status`; None when the answer proves nothing."""
        if 200 <= status < 300:
            return self.present
        if status in (404, 405):
            return self.absent
        return None


DETECTION = VersionProbe(
    "/api/v1/settings/wpc/routes-advanced-configuration-enabled",
    present=VersionProbe(
        "/api/v1/settings/wpc/ip-allocation-mode",
        present=DetectedVersion("1.2.3", "v1.2.3 (IP allocation mode present)"),
        absent=DetectedVersion("1.2.0", "v1.2.0 (routes advanced configuration present, IP allocation mode absent)"),
    ),
    absent=VersionProbe(
        "/api/v1/access-visibility/enabled",
        present=DetectedVersion(
            "1.1.1", "v1.1.1 .. v1.1.6 (access visibility present, routes advanced configuration absent)"
        ),
        absent=DetectedVersion("1.0", "v1.0 .. v1.1.0 (access visibility absent)"),
    ),
)
"""The detection tree: at most two GETs, each answered 200 (present) or 404/405 (absent)."""

DETECTION_FAILED_NOTE = (
    'api_version="auto" could not tell the API version from this answer; '
    "pass api_version= or set CLOUDCONNEXA_API_VERSION"
)


class VersionState:
    """A client's API version: fixed, or detected once on first need (shared by its copies).

    The async and sync resources hold the lock of their kind while probing, so concurrent
    first calls still cost two probes in all.
    """

    def __init__(self, requested: str) -> None:
        self.requested = requested
        self.settled: str | None = None if requested == AUTO_API_VERSION else requested
        """The version in use once it is known (read on every call), else None."""
        self.detail = ""
        """Extra words for `UnsupportedByAPIVersion` when the version was detected."""
        self.async_lock = anyio.Lock()
        self.sync_lock = threading.Lock()

    def settle(self, detected: DetectedVersion) -> None:
        """Record what detection found."""
        self.settled = detected.version
        self.detail = f'api_version="auto" detected {detected.note}'

    @property
    def current(self) -> str:
        """The version in use: the fixed one, the detected one, or "auto" before detection."""
        return self.settled if self.settled is not None else AUTO_API_VERSION


IPSEC_CERTIFICATE_FIELDS = (
    "caCertificate",
    "peerCertificate",
    "remoteGatewayCertificate",
    "peerCertificatePrivateKey",
    "peerCertificateKeyPassphrase",
)
"""`IpSecConfigRequest` fields removed in v1.2.3 (certificate authentication is gone)."""
IPSEC_FIELDS_REMOVED_IN = "1.2.3"


def refuse_removed_ipsec_fields(api_version: str, body: object) -> None:
    """ValueError naming the field when a request body sent on v1.2.3+ still carries an IPsec
    certificate field (an `ipSecConfig` mapping anywhere in `body`, a model or wire dict)."""
    if version_key(api_version) < version_key(IPSEC_FIELDS_REMOVED_IN):
        return
    wire = body.to_dict() if hasattr(body, "to_dict") else body
    for path, config in _ipsec_configs(wire, "body"):
        for name in IPSEC_CERTIFICATE_FIELDS:
            if config.get(name) is not None:
                raise ValueError(
                    f"{path}.{name}: IPsec certificate fields were removed in API v{IPSEC_FIELDS_REMOVED_IN};"
                    f" leave it out, or pass the api_version of an older tenant (this client: v{api_version})"
                )


def _ipsec_configs(value: object, path: str) -> list[tuple[str, Mapping[str, object]]]:
    found: list[tuple[str, Mapping[str, object]]] = []
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == "ipSecConfig" and isinstance(item, Mapping):
                found.append((f"{path}.ipSecConfig", item))
            else:
                found += _ipsec_configs(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _ipsec_configs(item, f"{path}[{index}]")
    return found
