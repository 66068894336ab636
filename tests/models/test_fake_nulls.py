"""The bundled fake reads `null` members of a request body as absent, as the live API does
(Terraform's user and network bodies carry them), so `body=` mappings with None values work
against it too (issue 11 item 6)."""

from __future__ import annotations

from cloudconnexa.testing import FakeCloudConnexa


def test_fake_accepts_null_members_in_request_bodies() -> None:
    body = {"username": "ada", "email": "ada@example.com", "firstName": "Ada", "lastName": None, "groupId": None}
    with FakeCloudConnexa().client() as client:
        user = client.users.create(body=body)
        assert user.username == "ada" and isinstance(user.id, str)
        assert client.users.get(user.id).email == "ada@example.com"
