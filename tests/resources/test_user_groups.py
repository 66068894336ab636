"""`client.user_groups`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import ALL, ID_G0, ID_G1, KINDS, ok, page, run, run_case, table

# ---------------------------------------------------------------- tests

G = {"id": ID_G1, "name": "Eng", "internetAccess": "SPLIT_TUNNEL_ON"}
P = "/api/v1/user-groups"
FIELDS = {
    "name": "Eng",
    "internetAccess": "SPLIT_TUNNEL_ON",
    "vpnRegionIds": ["eu"],
    "maxDevice": 3,
}

CASES = [
    ("list", lambda c: c.user_groups.list(), page(G), ("GET", P, ALL), [G]),
    (
        "create",
        lambda c: c.user_groups.create(
            name="Eng", internet_access="SPLIT_TUNNEL_ON", vpn_region_ids=["eu"], max_device=3
        ),
        ok(G, 201),
        ("POST", P, None, FIELDS),
        G,
    ),
    (
        "create_body",
        lambda c: c.user_groups.create(body=FIELDS),
        ok(G, 201),
        ("POST", P, None, FIELDS),
        G,
    ),
    (
        "update",
        lambda c: c.user_groups.update(ID_G1, name="Eng", connect_auth="EVERY_TIME"),
        ok(G),
        ("PUT", f"{P}/{ID_G1}", None, {"name": "Eng", "connectAuth": "EVERY_TIME"}),
        G,
    ),
    (
        "delete",
        lambda c: c.user_groups.delete(ID_G1),
        ok(status=204),
        ("DELETE", f"{P}/{ID_G1}"),
        None,
    ),
]


@table(CASES)
def test_user_groups(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
def test_get_reads_one_record_on_v1_1_0(kind):
    run_case(kind, "1.1.0", lambda c: c.user_groups.get(ID_G1), ok(G), ("GET", f"{P}/{ID_G1}"), G)


@pytest.mark.parametrize("kind", KINDS)
def test_get_scans_the_listing_on_v1_0(kind):
    run_case(kind, "1.0", lambda c: c.user_groups.get(ID_G1), page({"id": ID_G0}, G), ("GET", P, ALL), G)


@pytest.mark.parametrize("kind", KINDS)
def test_get_many_keeps_the_order_asked_on_v1_0(kind):
    result, sent = run(kind, "1.0", lambda c: c.user_groups.get_many([ID_G1, ID_G0]), page({"id": ID_G0}, G))
    assert [str(group.id) for group in result] == [ID_G1, ID_G0] and len(sent) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_body_and_fields_together_are_refused(kind):
    with pytest.raises(ValueError, match="either body= or keyword fields"):
        run(kind, "1.1.0", lambda c: c.user_groups.create(name="x", body={"name": "y"}))
