"""pytest plugin (entry point `pytest11: cloudconnexa`): fake CloudConnexa fixtures.

    def test_list(fake_cloudconnexa):                    # the current API, v1.2.3
        fake_cloudconnexa.seed.dns_records(3)
        ...

    @pytest.mark.parametrize("fake_cloudconnexa", ["1.0", "1.1.0", "1.2.3"], indirect=True)
    def test_both(fake_cloudconnexa): ...

    def test_limits(fake_cloudconnexa_factory):
        clock = ManualClock()
        server = fake_cloudconnexa_factory(rate_limit="realistic", clock=clock)

`fake_cloudconnexa` reuses one running server per version for the whole session and
resets it before each test; at teardown it fails the test if the fake answered any
reply that broke the spec. Factory servers are fresh and stopped after the test.

pytest loads this module in every environment where `cloudconnexa` is installed, with or
without the `testing` extra, so it imports the fake only inside the fixtures: without the
extra, an unrelated test suite is untouched, and a test asking for a fixture errors with
one line naming `cloudconnexa[testing]`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .._constants import DEFAULT_API_VERSION
from ._extra import TestingExtraMissing, require_testing_extra

if TYPE_CHECKING:
    from ._server import FakeCloudConnexa

__all__ = ["fake_cloudconnexa", "fake_cloudconnexa_factory"]


def _fake_server_class(fixture: str) -> type[FakeCloudConnexa]:
    """`FakeCloudConnexa`, or a setup error naming the extra (not an ImportError traceback)."""
    try:
        require_testing_extra(f"the {fixture} fixture")
    except TestingExtraMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    from ._server import FakeCloudConnexa

    return FakeCloudConnexa


class _SessionServers:
    def __init__(self) -> None:
        self.servers: dict[str, FakeCloudConnexa] = {}

    def get(self, version: str) -> FakeCloudConnexa:
        if version not in self.servers:
            self.servers[version] = _fake_server_class("fake_cloudconnexa")(api_version=version).start()
        return self.servers[version]

    def close(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()


@pytest.fixture(scope="session")
def _cloudconnexa_session_servers() -> Iterator[_SessionServers]:
    servers = _SessionServers()
    yield servers
    servers.close()


def _assert_no_violations(server: FakeCloudConnexa) -> None:
    violations = list(server.spec_violations)
    if violations:
        lines = "\n".join(f"  {v.method} {v.path} -> {v.status}: {v.errors}" for v in violations)
        pytest.fail(f"the fake CloudConnexa answered replies that break its spec:\n{lines}")


@pytest.fixture
def fake_cloudconnexa(
    request: pytest.FixtureRequest, _cloudconnexa_session_servers: _SessionServers
) -> Iterator[FakeCloudConnexa]:
    """A running, freshly reset fake server (version from indirect param, default: the SDK's
    default API version, so `fake_cloudconnexa.client()` and a plain `Client` agree)."""
    version = getattr(request, "param", DEFAULT_API_VERSION)
    server = _cloudconnexa_session_servers.get(version)
    server.reset()
    server.configure(rate_limit=None, token_ttl=43199, validate_requests=True, validate_responses=True)
    yield server
    _assert_no_violations(server)
    server.reset()


@pytest.fixture
def fake_cloudconnexa_factory() -> Iterator[Callable[..., FakeCloudConnexa]]:
    """Build started servers with custom options: `factory(rate_limit=..., clock=...)`."""
    server_class = _fake_server_class("fake_cloudconnexa_factory")
    made: list[FakeCloudConnexa] = []

    def factory(**options: Any) -> FakeCloudConnexa:
        server = server_class(**options).start()
        made.append(server)
        return server

    yield factory
    try:
        for server in made:
            _assert_no_violations(server)
    finally:
        for server in made:
            server.stop()
