"""The CLI, end to end: click's CliRunner in process, the bundled fake over loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result

from cloudconnexa.cli._app import cli
from cloudconnexa.testing import FakeCloudConnexa

VERSIONS = ["1.0", "1.1.0", "1.2.3"]  # v1.0, its successor, and the current API

Invoke = Callable[..., Result]


@pytest.fixture
def server(request: pytest.FixtureRequest, fake_cloudconnexa: FakeCloudConnexa) -> FakeCloudConnexa:
    return fake_cloudconnexa


@pytest.fixture
def invoke(server: FakeCloudConnexa, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """`invoke("dns", "list", ...)`: run `cloudconnexa` against `server` (credentials from env)."""
    for name in ("CLOUDCONNEXA_BASE_URL", "CLOUDCONNEXA_CLIENT_ID", "CLOUDCONNEXA_CLIENT_SECRET",
                 "CLOUDCONNEXA_API_VERSION"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    env = {
        "CLOUDCONNEXA_BASE_URL": server.base_url,
        "CLOUDCONNEXA_CLIENT_ID": server.client_id,
        "CLOUDCONNEXA_CLIENT_SECRET": server.client_secret,
        "CLOUDCONNEXA_API_VERSION": server.api_version,
    }

    def run(*args: str, **env_overrides: str) -> Result:
        return CliRunner().invoke(cli, list(args), env={**env, **env_overrides}, catch_exceptions=False)

    return run
