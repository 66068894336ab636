"""The public constructors show only public parameters (issue 15 item 6)."""

from __future__ import annotations

import inspect

import pytest

import cloudconnexa
from cloudconnexa.testing import FakeCloudConnexa, ManualClock


@pytest.mark.parametrize("cls", [cloudconnexa.Client, cloudconnexa.AsyncClient])
def test_private_hooks_are_hidden_from_the_signature(cls):
    parameters = inspect.signature(cls).parameters
    assert "_clock" not in parameters and "_sleep" not in parameters
    assert "self" not in parameters
    assert list(parameters)[:3] == ["base_url", "client_id", "client_secret"]
    assert "http_client" in parameters and "max_concurrency" in parameters


def test_the_fake_still_passes_its_clock():
    clock = ManualClock()
    server = FakeCloudConnexa(rate_limit="realistic", clock=clock)
    with server.client() as client:
        for i in range(22):
            client.dns.create(domain=f"host{i}.example.com")
    assert clock.now() > 0  # the client waited on the simulated clock, not on time.sleep
    assert server.count(status=429) == 0
