"""Shared helper for the examples: a real tenant when configured, else the bundled fake.

If `CLOUDCONNEXA_CLIENT_ID` is set, `connect()` returns a client built from the
`CLOUDCONNEXA_*` environment variables (a real tenant). Otherwise it starts the fake
CloudConnexa server from `cloudconnexa.testing` (needs the `cloudconnexa[testing]` extra),
seeds it with what the example needs, and returns a client pointed at it::

    with connect(seed=lambda server: server.seed.dns_records(5)) as session:
        for record in session.client.dns.list():
            print(record.domain)

Examples that write refuse to touch a real tenant unless `--yes` is passed
(`refuse_real_writes`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import cloudconnexa

__all__ = ["Session", "aconnect", "connect", "example_parser", "refuse_real_writes"]

ClientT = TypeVar("ClientT", cloudconnexa.Client, cloudconnexa.AsyncClient)
Seed = Callable[[Any], object]
"""Fills a `FakeCloudConnexa` with records (ignored against a real tenant)."""


@dataclass
class Session(Generic[ClientT]):
    """A connected client, and whether it talks to the fake server."""

    client: ClientT
    fake: bool
    """True when `client` talks to the bundled fake server, not to a tenant."""


def using_real_tenant() -> bool:
    """Whether the environment names a real tenant (`CLOUDCONNEXA_CLIENT_ID` is set)."""
    return bool(os.environ.get("CLOUDCONNEXA_CLIENT_ID"))


def example_parser(description: str, *, writes: bool) -> argparse.ArgumentParser:
    """An argument parser with the options every example shares."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--api-version",
        default=cloudconnexa.DEFAULT_API_VERSION,
        choices=cloudconnexa.SUPPORTED_API_VERSIONS,
        help=f"CloudConnexa API version (default: {cloudconnexa.DEFAULT_API_VERSION}, the current API)",
    )
    if writes:
        parser.add_argument(
            "--yes",
            action="store_true",
            help="really write to the tenant named by CLOUDCONNEXA_* (not needed for the fake)",
        )
    return parser


def refuse_real_writes(args: argparse.Namespace) -> None:
    """Exit with status 2 before any request if this would write to a real tenant unasked."""
    if using_real_tenant() and not getattr(args, "yes", False):
        print(
            "refusing to write to the real tenant named by CLOUDCONNEXA_BASE_URL: "
            "pass --yes to confirm (or unset CLOUDCONNEXA_CLIENT_ID to use the fake server)",
            file=sys.stderr,
        )
        raise SystemExit(2)


def _start_fake(api_version: str, seed: Seed | None) -> Any:
    try:
        from cloudconnexa.testing import FakeCloudConnexa
    except ImportError as exc:  # the fake needs the optional extra
        raise SystemExit(
            "CLOUDCONNEXA_CLIENT_ID is not set and the fake server is not installed: "
            'pip install "cloudconnexa[testing]", or set CLOUDCONNEXA_* for a real tenant'
        ) from exc
    server = FakeCloudConnexa(api_version=api_version).start()
    if seed is not None:
        seed(server)
    print(
        f"(no CLOUDCONNEXA_CLIENT_ID: using the bundled fake CloudConnexa v{api_version} at {server.base_url})",
        file=sys.stderr,
    )
    return server


@contextmanager
def connect(*, api_version: str = cloudconnexa.DEFAULT_API_VERSION, seed: Seed | None = None) -> Iterator[Session[Any]]:
    """A `Client` for a real tenant (from the environment) or for a seeded fake server."""
    if using_real_tenant():
        with cloudconnexa.Client(api_version=api_version) as client:
            yield Session(client, fake=False)
        return
    server = _start_fake(api_version, seed)
    try:
        with cloudconnexa.Client(
            server.base_url,
            client_id=server.client_id,
            client_secret=server.client_secret,
            api_version=api_version,
        ) as client:
            yield Session(client, fake=True)
    finally:
        server.stop()


@asynccontextmanager
async def aconnect(
    *, api_version: str = cloudconnexa.DEFAULT_API_VERSION, seed: Seed | None = None
) -> AsyncIterator[Session[Any]]:
    """The `AsyncClient` twin of `connect`."""
    if using_real_tenant():
        async with cloudconnexa.AsyncClient(api_version=api_version) as client:
            yield Session(client, fake=False)
        return
    server = _start_fake(api_version, seed)
    try:
        async with cloudconnexa.AsyncClient(
            server.base_url,
            client_id=server.client_id,
            client_secret=server.client_secret,
            api_version=api_version,
        ) as client:
            yield Session(client, fake=True)
    finally:
        server.stop()
