"""`client.device_postures`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

from .conftest import ALL, ID_G1, ID_P1, ok, page, run_case, table

# ---------------------------------------------------------------- tests

D = {"id": ID_P1, "name": "Managed", "userGroupsIds": [ID_G1]}
P = "/api/v1/device-postures"
BODY = {
    "name": "Managed",
    "userGroupsIds": [ID_G1],
    "windows": {"allowed": True, "antiviruses": ["X"]},
}

CASES = [
    ("list", lambda c: c.device_postures.list(), page(D), ("GET", P, ALL), [D]),
    ("get", lambda c: c.device_postures.get(ID_P1), ok(D), ("GET", f"{P}/{ID_P1}"), D),
    (
        "create",
        lambda c: c.device_postures.create(
            name="Managed", user_groups_ids=[ID_G1], windows={"allowed": True, "antiviruses": ["X"]}
        ),
        ok(D, 201),
        ("POST", P, None, BODY),
        D,
    ),
    (
        "update",
        lambda c: c.device_postures.update(ID_P1, body=BODY),
        ok(D),
        ("PUT", f"{P}/{ID_P1}", None, BODY),
        D,
    ),
    ("delete", lambda c: c.device_postures.delete(ID_P1), ok(), ("DELETE", f"{P}/{ID_P1}"), None),
]


@table(CASES)
def test_device_postures(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)
