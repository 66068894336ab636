"""`client.users`: the request sent and the value returned,
for the sync and async clients on API v1.0 and v1.1.0 (harness: conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import ID_G1, ID_U1, KINDS, ok, page, run, run_case, table

# ---------------------------------------------------------------- tests

U = {"id": ID_U1, "username": "ada", "email": "ada@example.com", "role": "MEMBER"}
P = "/api/v1/users"

CASES = [
    (
        "list",
        lambda c: c.users.list(page_size=50),
        page(U),
        ("GET", P, {"page": "0", "size": "50"}),
        [U],
    ),
    ("get", lambda c: c.users.get(ID_U1), ok(U), ("GET", f"{P}/{ID_U1}"), U),
    (
        "create",
        lambda c: c.users.create(
            username="ada",
            email="ada@example.com",
            first_name="Ada",
            group_id=ID_G1,
            role="MEMBER",
            devices=[{"name": "laptop"}],
        ),
        ok(U, 201),
        (
            "POST",
            P,
            None,
            {
                "username": "ada",
                "email": "ada@example.com",
                "firstName": "Ada",
                "groupId": ID_G1,
                "role": "MEMBER",
                "devices": [{"name": "laptop"}],
            },
        ),
        U,
    ),
    (
        "update",
        lambda c: c.users.update(ID_U1, email="ada@example.com", last_name="L", status="SUSPENDED"),
        ok(U),
        (
            "PUT",
            f"{P}/{ID_U1}",
            None,
            {"email": "ada@example.com", "lastName": "L", "status": "SUSPENDED"},
        ),
        U,
    ),
    (
        "update_body",
        lambda c: c.users.update(ID_U1, body={"role": "ADMIN"}),
        ok(U),
        ("PUT", f"{P}/{ID_U1}", None, {"role": "ADMIN"}),
        U,
    ),
    ("delete", lambda c: c.users.delete(ID_U1), ok(status=204), ("DELETE", f"{P}/{ID_U1}"), None),
]


@table(CASES)
def test_users(kind, version, call, reply, request_, expected):
    run_case(kind, version, call, reply, request_, expected)


@pytest.mark.parametrize("kind", KINDS)
def test_bad_ids_are_refused_before_any_request(kind):
    with pytest.raises(ValueError, match="id"):
        run(kind, "1.1.0", lambda c: c.users.update("..", email="x"))
    with pytest.raises(TypeError, match="id"):
        run(kind, "1.1.0", lambda c: c.users.get(7))
