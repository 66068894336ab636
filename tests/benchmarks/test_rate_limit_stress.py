"""Issue 14: threads sharing one sync client under the realistic rate limit get no 429, even
with a thread switch forced every 100 µs (interleavings a loaded machine produces
now and then). Each round runs on its own `ManualClock`, in simulated time; the threads exit
when the work runs out, so the clock never waits for idle pool workers."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

import cloudconnexa
from benchmarks.rate_limit import _create, _server

ROUNDS = 50
THREADS = 8
CALLS = 45  # burst 20, then 25 more one interval apart: every thread queues behind the others


@pytest.fixture
def frequent_switches() -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def _round() -> tuple[int, int]:
    """(answers of 429, failed calls) of `CALLS` creates by `THREADS` threads."""
    server = _server()
    failures: list[cloudconnexa.CloudConnexaError] = []
    numbers = iter(range(CALLS))
    take = threading.Lock()

    with server.client() as client:

        def work() -> None:
            while True:
                with take:
                    i = next(numbers, None)
                if i is None:
                    return
                try:
                    _create(client, i)
                except cloudconnexa.CloudConnexaError as exc:  # counted, reported below
                    failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return server.count(status=429), len(failures)


@pytest.mark.usefixtures("frequent_switches")
def test_threads_sharing_a_client_get_no_429() -> None:
    results = [_round() for _ in range(ROUNDS)]
    assert results == [(0, 0)] * ROUNDS
