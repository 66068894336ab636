"""`client.devices`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import ALL, ID_D1, ID_U1, KINDS, ok, page, run, run_case, table

# ---------------------------------------------------------------- tests

D = {"id": ID_D1, "name": "laptop", "userId": ID_U1}
P = "/api/v1/devices"
U = {"userId": ID_U1}

CASES = [
    ("list", lambda c: c.devices.list(), page(D), ("GET", P, ALL), [D]),
    (
        "list_of_user",
        lambda c: c.devices.list(user_id=ID_U1),
        page(D),
        ("GET", P, {**ALL, **U}),
        [D],
    ),
    ("get", lambda c: c.devices.get(ID_D1, user_id=ID_U1), ok(D), ("GET", f"{P}/{ID_D1}", U), D),
    (
        "create",
        lambda c: c.devices.create(user_id=ID_U1, name="laptop", client_uuid="c-1"),
        ok(D, 201),
        ("POST", P, U, {"name": "laptop", "clientUUID": "c-1"}),
        D,
    ),
    (
        "update",
        lambda c: c.devices.update(ID_D1, user_id=ID_U1, description="work"),
        ok(D),
        ("PUT", f"{P}/{ID_D1}", U, {"description": "work"}),
        D,
    ),
    (
        "delete",
        lambda c: c.devices.delete(ID_D1, user_id=ID_U1),
        ok(status=204),
        ("DELETE", f"{P}/{ID_D1}", U),
        None,
    ),
    (
        "generate_profile",
        lambda c: c.devices.generate_profile(ID_D1, user_id=ID_U1, region_id="eu"),
        ok("client\nremote x 1194\n"),
        ("POST", f"{P}/{ID_D1}/profile", {**U, "regionId": "eu"}),
        "client\nremote x 1194\n",
    ),
    (
        "revoke_profile",
        lambda c: c.devices.revoke_profile(ID_D1, user_id=ID_U1),
        ok("revoked"),
        ("DELETE", f"{P}/{ID_D1}/profile", U),
        "revoked",
    ),
]


@table(CASES)
def test_devices(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.devices.get(ID_D1, user_id=""), ValueError, "user_id"),
        (lambda c: c.devices.list(user_id=".."), ValueError, "user_id"),
        (
            lambda c: c.devices.generate_profile(ID_D1, user_id=ID_U1, region_id=None),
            TypeError,
            "region_id",
        ),
        (lambda c: c.devices.delete("", user_id=ID_U1), ValueError, "id"),
    ],
)
def test_bad_arguments_name_the_field(kind, call, error, name):
    with pytest.raises(error, match=name):
        run(kind, "1.1.0", call)
