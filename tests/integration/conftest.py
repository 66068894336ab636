"""Integration fixtures: SDK clients against the bundled fake server over real loopback HTTP."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest


@pytest.fixture
def sleeps() -> list[float]:
    """Every wait the client asked for (retry backoff, Retry-After, rate limiter)."""
    return []


@pytest.fixture
def connect(client_factory: Callable[..., Any], sleeps: list[float]) -> Callable[..., Any]:
    """`connect(server, **options)`: a client (sync or async) for `server` that records its
    sleeps instead of sleeping, so retry tests take no wall-clock time."""

    def make(server: Any, **options: Any) -> Any:
        options.setdefault("_sleep", sleeps.append)
        return client_factory(
            server.base_url,
            client_id=server.client_id,
            client_secret=server.client_secret,
            api_version=server.api_version,
            **options,
        )

    return make


# ---------------------------------------------------------------- integration coverage
#
# Which spec operations the fake actually served (2xx) to the SDK during the integration
# tests, per API version. Recorded at each test's teardown, before the session fake is reset
# for the next test; reported in the terminal summary. A full run of tests/integration fails
# unless every operation of both specs was served at least once.

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "facade_coverage.py"
_FULL_RUN_MARKER = "test_scenarios"  # a full run must include every test_scenarios*.py


def _facade_coverage() -> ModuleType:
    # Shared with tests/facade/test_coverage.py: one module object, registered by name
    # because its dataclasses look their module up in sys.modules.
    if "facade_coverage" not in sys.modules:
        spec = importlib.util.spec_from_file_location("facade_coverage", _SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["facade_coverage"] = module
        spec.loader.exec_module(module)
    return sys.modules["facade_coverage"]


class OperationCoverage:
    """operationIds served per API version, mapped from `server.requests` via the spec's
    path templates (literal paths win over templated ones, as in the fake's router)."""

    def __init__(self) -> None:
        coverage = _facade_coverage()
        self.versions = tuple(coverage.SPECS)
        self.operations = {v: [entry[0] for entry in coverage.load_operations(v)] for v in self.versions}
        self.hit: dict[str, set[str]] = {v: set() for v in self.versions}
        self.deselected = 0
        self.ran_files: set[str] = set()

    def operation_of(self, version: str, method: str, path: str) -> str | None:
        request = httpx.Request(method, f"http://fake{path}")
        found = [op for op in self.operations[version] if op.matches(request)]
        found.sort(key=lambda op: op.pattern.pattern.count("[^/]+"))
        return found[0].operation_id if found else None

    def record(self, server: Any) -> None:
        if server.api_version not in self.hit:
            return  # an intermediate version (1.1.1 .. 1.2.0): served from the v1.2.3 spec
        for entry in list(server.requests):
            if 200 <= entry.status < 300:
                operation_id = self.operation_of(server.api_version, entry.method, entry.path)
                if operation_id is not None:
                    self.hit[server.api_version].add(operation_id)

    def missing(self, version: str) -> list[str]:
        return sorted({op.operation_id for op in self.operations[version]} - self.hit[version])

    def summary(self) -> str:
        parts = []
        for version in self.versions:
            total = len({op.operation_id for op in self.operations[version]})
            parts.append(f"v{version} {total - len(self.missing(version))}/{total}")
        return "integration coverage: " + ", ".join(parts) + " operations served to the SDK"

    def full_run(self) -> bool:
        """True when nothing was deselected and every test_scenarios*.py file ran."""
        expected = {p.name for p in Path(__file__).parent.glob(f"{_FULL_RUN_MARKER}*.py")}
        return self.deselected == 0 and bool(expected) and expected <= self.ran_files


_COVERAGE_KEY = pytest.StashKey[OperationCoverage]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_COVERAGE_KEY] = OperationCoverage()


def pytest_deselected(items: list[pytest.Item]) -> None:
    for item in items:
        coverage = item.config.stash.get(_COVERAGE_KEY, None)
        if coverage is not None:
            coverage.deselected += 1


def pytest_collection_finish(session: pytest.Session) -> None:
    coverage = session.config.stash[_COVERAGE_KEY]
    coverage.ran_files = {item.path.name for item in session.items}


@pytest.fixture(scope="session")
def operation_coverage(pytestconfig: pytest.Config) -> OperationCoverage:
    """The session's collector of operations the fake served."""
    return pytestconfig.stash[_COVERAGE_KEY]


@pytest.fixture(autouse=True)
def _record_operation_coverage(request: pytest.FixtureRequest, operation_coverage: OperationCoverage) -> Iterator[None]:
    # Requesting the fake from here sets it up first, so it is torn down (reset) only after
    # this fixture has read its request log.
    if "fake_cloudconnexa" not in request.fixturenames:
        yield
        return
    server = request.getfixturevalue("fake_cloudconnexa")
    yield
    operation_coverage.record(server)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    coverage = session.config.stash[_COVERAGE_KEY]
    if exitstatus == 0 and coverage.full_run() and any(coverage.missing(v) for v in coverage.versions):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    coverage = config.stash[_COVERAGE_KEY]
    if not any(coverage.hit.values()):
        return
    terminalreporter.write_line(coverage.summary())
    for version in coverage.versions:
        for operation_id in coverage.missing(version):
            terminalreporter.write_line(f"  v{version}: {operation_id} never served")
    incomplete = any(coverage.missing(v) for v in coverage.versions)
    if not coverage.full_run():
        terminalreporter.write_line("  (filtered run: the 100% check applies to a full run of tests/integration)")
    elif incomplete:
        terminalreporter.write_line(
            "FAILED: a full run of tests/integration must serve every operation of both specs", red=True
        )
