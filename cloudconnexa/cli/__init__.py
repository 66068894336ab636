"""The `cloudconnexa` command line (needs the `cloudconnexa[cli]` extra: click).

Commands are derived from the client's resource namespaces (see `_derive`), so every façade
method is reachable: `cloudconnexa dns list`, `cloudconnexa networks connectors create
--network-id ... --name ...`, `cloudconnexa settings get-snat`. Plus `export`, `diff` and
`<area> export` for cursor listings. See docs/cli.md.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """The console script: `cloudconnexa ...`."""
    try:
        from ._app import cli
    except ModuleNotFoundError as exc:  # the extra is not installed
        if exc.name != "click":
            raise
        import sys

        sys.stderr.write("cloudconnexa: the command line needs click: pip install 'cloudconnexa[cli]'\n")
        raise SystemExit(2) from None
    cli(prog_name="cloudconnexa")
