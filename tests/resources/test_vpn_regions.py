"""`client.vpn_regions`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import KINDS, VERSIONS, ok, run_case

# ---------------------------------------------------------------- tests

R = [{"id": "eu-central-1", "country": "Germany", "countryIso": "DE"}, {"id": "us-east-1"}]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_list_is_one_unpaged_request(kind, version):
    run_case(kind, version, lambda c: c.vpn_regions.list(), ok(R), ("GET", "/api/v1/regions"), R)
