"""`client.access_groups`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import ALL, ID_A1, ID_G1, ID_N1, KINDS, ok, page, run, run_case, table

# ---------------------------------------------------------------- tests

A = {"id": ID_A1, "name": "Eng to prod"}
P = "/api/v1/access-groups"
SRC = {"type": "USER_GROUP", "allCovered": False, "children": [ID_G1]}
DST = {"type": "NETWORK_SERVICE", "allCovered": True, "parent": ID_N1}

CASES = [
    ("list", lambda c: c.access_groups.list(), page(A), ("GET", P, ALL), [A]),
    ("get", lambda c: c.access_groups.get(ID_A1), ok(A), ("GET", f"{P}/{ID_A1}"), A),
    (
        "create",
        lambda c: c.access_groups.create(name="Eng to prod", source=[SRC], destination=[DST]),
        ok(A, 201),
        ("POST", P, None, {"name": "Eng to prod", "source": [SRC], "destination": [DST]}),
        A,
    ),
    (
        "update",
        lambda c: c.access_groups.update(ID_A1, name="x", description="d"),
        ok(A),
        ("PUT", f"{P}/{ID_A1}", None, {"name": "x", "description": "d"}),
        A,
    ),
    (
        "delete",
        lambda c: c.access_groups.delete(ID_A1),
        ok(status=204),
        ("DELETE", f"{P}/{ID_A1}"),
        None,
    ),
    (
        "add_source",
        lambda c: c.access_groups.add_source(ID_A1, type="USER_GROUP", all_covered=False, children=[ID_G1]),
        ok(A),
        ("POST", f"{P}/{ID_A1}/source", None, SRC),
        A,
    ),
    (
        "add_destination",
        lambda c: c.access_groups.add_destination(ID_A1, body=DST),
        ok(A),
        ("POST", f"{P}/{ID_A1}/destination", None, DST),
        A,
    ),
    (
        "remove_source",
        lambda c: c.access_groups.remove_source(ID_A1, type="USER_GROUP", child_id=ID_G1),
        ok(A),
        ("DELETE", f"{P}/{ID_A1}/source", {"type": "USER_GROUP", "childId": ID_G1}),
        A,
    ),
    (
        "remove_destination",
        lambda c: c.access_groups.remove_destination(ID_A1, type="NETWORK_SERVICE", parent_id=ID_N1),
        ok(A),
        ("DELETE", f"{P}/{ID_A1}/destination", {"type": "NETWORK_SERVICE", "parentId": ID_N1}),
        A,
    ),
    (
        "remove_unknown_type",
        lambda c: c.access_groups.remove_source(ID_A1, type="LOCATION"),
        ok(A),
        ("DELETE", f"{P}/{ID_A1}/source", {"type": "LOCATION"}),
        A,
    ),
]


@table(CASES)
def test_access_groups(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("value", "error"), [("", ValueError), (" ", ValueError), (None, TypeError), (3, TypeError)])
def test_remove_refuses_a_type_that_cannot_be_one(kind, value, error):
    with pytest.raises(error, match=r"type .*HOST, NETWORK, NETWORK_SERVICE, USER_GROUP"):
        run(kind, "1.1.0", lambda c: c.access_groups.remove_source(ID_A1, type=value))
