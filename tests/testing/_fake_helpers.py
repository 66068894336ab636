"""Helpers for the fake-server tests (plain httpx, no SDK); a module, not conftest,
so its name cannot clash with another test folder's conftest."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx

from cloudconnexa.testing import FakeCloudConnexa

TOKEN = "/api/v1/oauth/token"


def get_token(client: httpx.Client, server: FakeCloudConnexa) -> str:
    reply = client.post(
        TOKEN, params={"grant_type": "client_credentials"}, auth=(server.client_id, server.client_secret)
    )
    assert reply.status_code == 200, reply.text
    return str(reply.json()["access_token"])


@contextlib.contextmanager
def authed_client(server: FakeCloudConnexa, *, loopback: bool = False) -> Iterator[httpx.Client]:
    """An httpx client with a bearer token: in process by default, or over loopback."""
    if loopback:
        client = httpx.Client(base_url=server.base_url)
    else:
        client = httpx.Client(base_url="http://fake", transport=server.transport())
    with client:
        client.headers["Authorization"] = f"Bearer {get_token(client, server)}"
        yield client
