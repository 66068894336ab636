"""`client.location_contexts`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

from .conftest import ALL, ID_G1, ID_L1, ok, page, run_case, table

# ---------------------------------------------------------------- tests

L = {"id": ID_L1, "name": "EU only"}
P = "/api/v1/location-contexts"
BODY = {
    "name": "EU only",
    "userGroupsIds": [ID_G1],
    "countryCheck": {"allowed": True, "countries": ["DE"]},
    "defaultCheck": {"allowed": False},
}

CASES = [
    ("list", lambda c: c.location_contexts.list(), page(L), ("GET", P, ALL), [L]),
    ("get", lambda c: c.location_contexts.get(ID_L1), ok(L), ("GET", f"{P}/{ID_L1}"), L),
    (
        "create",
        lambda c: c.location_contexts.create(
            name="EU only",
            user_groups_ids=[ID_G1],
            country_check={"allowed": True, "countries": ["DE"]},
            default_check={"allowed": False},
        ),
        ok(L),
        ("POST", P, None, BODY),
        L,
    ),
    (
        "update",
        lambda c: c.location_contexts.update(ID_L1, ip_check={"allowed": True, "ips": []}),
        ok(L),
        ("PUT", f"{P}/{ID_L1}", None, {"ipCheck": {"allowed": True, "ips": []}}),
        L,
    ),
    ("delete", lambda c: c.location_contexts.delete(ID_L1), ok(), ("DELETE", f"{P}/{ID_L1}"), None),
]


@table(CASES)
def test_location_contexts(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)
