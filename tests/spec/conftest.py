"""Print the spec coverage lines at the end of every pytest run that collected tests/spec."""

from __future__ import annotations

from typing import Any

import pytest
from _spec_fidelity import COVERAGE


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if COVERAGE:
        terminalreporter.section("OpenAPI spec coverage (catalog vs spec)")
        for line in COVERAGE.values():
            terminalreporter.write_line(line)
