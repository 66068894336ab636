"""Servers for loopback benchmarks: the fake, in this process or in a child process, and the
canned server (`_canned`) in a child process, for benchmarks that must measure the clients.

Spec validation is off here: it would dominate the server's time and measure openapi-core.

    with fast_fake() as server: ...
    with fake_process(records=10) as info: info["base_url"], info["ids"]
    with canned_process(records=100, latency=0.05) as info: ...
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from cloudconnexa import DEFAULT_API_VERSION
from cloudconnexa.testing import FakeCloudConnexa

__all__ = ["canned_process", "fake_process", "fast_fake"]


@contextlib.contextmanager
def fast_fake(api_version: str = DEFAULT_API_VERSION, **options: Any) -> Iterator[FakeCloudConnexa]:
    """A started fake, spec validation off unless asked."""
    options.setdefault("validate_requests", False)
    options.setdefault("validate_responses", False)
    with FakeCloudConnexa(api_version, **options) as server:
        yield server


@contextlib.contextmanager
def fake_process(
    api_version: str = DEFAULT_API_VERSION, records: int = 0, latency: float = 0.0
) -> Iterator[dict[str, Any]]:
    """A fake server in a child process (its own GIL); yields base_url, credentials, ids.

    `latency`: seconds every API answer (not the token) is held back, like a distant server.
    """
    with _child("benchmarks._server", api_version, str(records), str(latency)) as info:
        yield info


@contextlib.contextmanager
def canned_process(records: int = 0, latency: float = 0.0) -> Iterator[dict[str, Any]]:
    """The canned server (`_canned`) in a child process; yields what `fake_process` yields.

    Only the token and `GET /api/v1/dns-records/{id}` (held `latency` seconds) are served.
    """
    with _child("benchmarks._canned", str(latency), str(records)) as info:
        yield info


@contextlib.contextmanager
def _child(module: str, *args: str) -> Iterator[dict[str, Any]]:
    """Run `python -m module args`: it prints its details as one JSON line, serves until
    its stdin closes."""
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line:
            raise RuntimeError(f"the server process ({module}) did not start")
        yield json.loads(line)
    finally:
        assert child.stdin is not None
        child.stdin.close()  # the child serves until its stdin closes
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


def _serve(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("api_version")
    parser.add_argument("records", type=int)
    parser.add_argument("latency", type=float, nargs="?", default=0.0)
    args = parser.parse_args(argv)
    with fast_fake(args.api_version) as server:
        ids = [record["id"] for record in server.seed.dns_records(args.records)]
        if args.latency:
            server.faults.add(delay=args.latency, times=None, path="/api/v1/dns-records*")
        print(
            json.dumps(
                {
                    "base_url": server.base_url,
                    "client_id": server.client_id,
                    "client_secret": server.client_secret,
                    "ids": ids,
                }
            ),
            flush=True,
        )
        sys.stdin.read()


if __name__ == "__main__":
    _serve(sys.argv[1:])
