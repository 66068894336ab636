"""Serve the fake CloudConnexa API until Ctrl-C.

python -m cloudconnexa.testing --version 1.2.3 --port 8080 [--seed 50]
"""

from __future__ import annotations

import argparse
import datetime
import sys
import threading

from .._constants import DEFAULT_API_VERSION
from ._extra import TestingExtraMissing, require_testing_extra

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    try:
        require_testing_extra("python -m cloudconnexa.testing")
    except TestingExtraMissing as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    from ._server import FakeCloudConnexa
    from ._spec import API_VERSIONS

    parser = argparse.ArgumentParser(
        prog="python -m cloudconnexa.testing", description="Serve a fake CloudConnexa API."
    )
    parser.add_argument("--version", default=DEFAULT_API_VERSION, choices=API_VERSIONS)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: let the OS choose")
    parser.add_argument("--rate-limit", choices=["off", "realistic"], default="off")
    parser.add_argument("--seed", type=int, default=0, help="records to seed per collection")
    args = parser.parse_args(argv)
    server = FakeCloudConnexa(
        api_version=args.version,
        host=args.host,
        port=args.port,
        rate_limit=None if args.rate_limit == "off" else "realistic",
    )
    with server:
        if args.seed:
            for name in ("dns_records", "user_groups", "networks", "hosts", "users"):
                getattr(server.seed, name)(args.seed)
            # Sessions of the last `seed` minutes, so a `sessions export` of today finds them.
            recent = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=args.seed + 5)
            server.seed.sessions(args.seed, start=recent)
        out = sys.stdout
        out.write(
            f"Fake CloudConnexa API v{args.version} at {server.base_url}\n"
            f"  client_id:     {server.client_id}\n"
            f"  client_secret: {server.client_secret}\n"
            "Press Ctrl-C to stop.\n"
        )
        out.flush()
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
