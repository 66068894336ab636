"""A bundled fake CloudConnexa API server for tests, demos and benchmarks.

    from cloudconnexa.testing import FakeCloudConnexa, ManualClock

    with FakeCloudConnexa(api_version="1.1.0") as server:
        server.seed.dns_records(100)
        ...  # point a client at server.base_url with server.client_id/client_secret

Every operation of the v1.0 and v1.1.0 specs is served from an in-memory store;
requests and replies are checked against the spec (see `FakeCloudConnexa`).
The pytest plugin (`fake_cloudconnexa`, `fake_cloudconnexa_factory`) is registered
through the `pytest11` entry point. Needs the `cloudconnexa[testing]` extra.
"""

from __future__ import annotations

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

for _name in __all__:
    _obj = globals()[_name]
    if hasattr(_obj, "__module__") and isinstance(_obj, type):
        _obj.__module__ = "cloudconnexa.testing"
del _name, _obj
