"""`python -m benchmarks --quick`, in process: correctness of every benchmark, no timings.

Exact request counts (listing, v1.0 shim, get_many), the pagination memory bound, zero
failures under the realistic rate limit, no PoolTimeout from the SDK at high concurrency,
no generated endpoint module imported by `import cloudconnexa`.
"""

from __future__ import annotations

import pytest

from benchmarks.__main__ import BENCHMARKS


@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_quick_benchmark_checks_pass(name: str) -> None:
    section = BENCHMARKS[name](True)
    assert section.rows, f"{name} reported nothing"
    assert section.failures == []
