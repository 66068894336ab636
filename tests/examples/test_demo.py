"""`make demo` (issue 15 item 8): every result line of the tour follows the SDK call that
produced it, and the rate-limit "floor" is explained."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from cloudconnexa import demo

pytestmark = pytest.mark.integration  # starts fake servers on loopback


@pytest.fixture(scope="module")
def tour() -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert demo.main([]) == 0
    return out.getvalue().splitlines()


def test_every_result_follows_the_call_that_produced_it(tour):
    steps = [line for line in tour if line.startswith("  ")]
    assert len(steps) > 30
    current_call = None
    for line in steps:
        if line.startswith("  > "):
            current_call = line[4:]
            assert re.search(r"\b(client|server)\.\w+", current_call), line
        else:
            assert line.startswith("      ") and current_call is not None, line
    headings = [line for line in tour if line and not line.startswith("  ")]
    assert headings[-1] == "Done. Spec violations seen by the fake servers: 0"


def test_floor_is_explained(tour):
    text = "\n".join(tour)
    match = re.search(r"floor: (\d+) s, the least time the rate limit allows for (\d+) requests", text)
    assert match
    requests = int(match[2])
    assert int(match[1]) == (requests - 20) * 15
    assert f"took {match[1]} s of simulated time" in text  # the client reached the floor exactly
