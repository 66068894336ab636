"""A bundled fake CloudConnexa API server for tests, demos and benchmarks.

    from cloudconnexa.testing import FakeCloudConnexa, ManualClock

    with FakeCloudConnexa(api_version="1.2.3") as server:
        server.seed.dns_records(100)
        ...  # point a client at server.base_url with server.client_id/client_secret

Every operation of the v1.0 and v1.1.0 specs is served from an in-memory store;
requests and replies are checked against the spec (see `FakeCloudConnexa`).
The pytest plugin (`fake_cloudconnexa`, `fake_cloudconnexa_factory`) is registered
through the `pytest11` entry point. Needs the `cloudconnexa[testing]` extra.

Names are imported on first use (PEP 562): importing this package, as pytest does for the
plugin in every environment with `cloudconnexa` installed, needs none of the extra's
packages; using a name without them raises `TestingExtraMissing` naming the extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._extra import require_testing_extra

if TYPE_CHECKING:
    from ._app import RequestRecord, SpecViolation
    from ._clock import Clock, ManualClock, MonotonicClock
    from ._faults import Fault, FaultInjector
    from ._ratelimit import REALISTIC, RateLimit
    from ._server import FakeCloudConnexa
    from ._spec import API_VERSIONS, spec_path
    from ._transport import InProcessTransport

__all__ = [
    "API_VERSIONS",
    "Clock",
    "FakeCloudConnexa",
    "Fault",
    "FaultInjector",
    "InProcessTransport",
    "ManualClock",
    "MonotonicClock",
    "REALISTIC",
    "RateLimit",
    "RequestRecord",
    "SpecViolation",
    "spec_path",
]

_HOMES = {
    "API_VERSIONS": "_spec",
    "Clock": "_clock",
    "FakeCloudConnexa": "_server",
    "Fault": "_faults",
    "FaultInjector": "_faults",
    "InProcessTransport": "_transport",
    "ManualClock": "_clock",
    "MonotonicClock": "_clock",
    "REALISTIC": "_ratelimit",
    "RateLimit": "_ratelimit",
    "RequestRecord": "_app",
    "SpecViolation": "_app",
    "spec_path": "_spec",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    require_testing_extra(f"cloudconnexa.testing.{name}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    if isinstance(value, type):
        value.__module__ = __name__  # public names report the package, not the private module
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
