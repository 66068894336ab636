"""Every operation of every generated package is reachable from the façade (measured by
scripts/facade_coverage.py, which calls every public resource method against a recorder)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from openapi_python_client.strings import snake_case

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "facade_coverage.py"
_spec = importlib.util.spec_from_file_location("facade_coverage", SCRIPT)
assert _spec is not None and _spec.loader is not None
coverage = importlib.util.module_from_spec(_spec)
sys.modules["facade_coverage"] = coverage  # dataclasses look their module up there
_spec.loader.exec_module(coverage)


def _generated_operations(package: str) -> set[str]:
    root = Path(__file__).resolve().parents[2] / "cloudconnexa_generated" / package / "api"
    return {p.stem for p in root.glob("*/*.py") if p.name != "__init__.py"}


@pytest.mark.parametrize(("version", "package"), [(row.version, row.package) for row in coverage.VERSIONS])
def test_every_generated_operation_is_reached(version, package):
    reached = coverage.measure(version)
    not_reached = sorted(op for op, methods in reached.items() if not methods)
    assert not_reached == []
    # The spec's operations are exactly the generated package's modules (named by the
    # generator's own snake_case: `requestOAuthToken` -> `request_o_auth_token`).
    snake = {snake_case(op) for op in reached}
    assert snake == _generated_operations(package)
    print(f"\nfaçade coverage v{version}: {len(reached)}/{len(reached)} operations reached")
