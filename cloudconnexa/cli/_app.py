"""The root `cloudconnexa` group: global options, the derived areas, `export` and `diff`."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import click

from ._commands import AppContext, NamespaceGroup, guarded
from ._derive import template_client
from ._errors import ExitCode
from ._export import diff_snapshots, exit_code, load_snapshot, parts_directory, print_diff, run_export, write_document

__all__ = ["cli"]


class RootGroup(NamespaceGroup):
    """The client's namespaces plus the commands that span them."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.commands})


@click.command(cls=RootGroup, name="cloudconnexa", namespace=template_client(), path=())
@click.option(
    "--base-url",
    envvar="CLOUDCONNEXA_BASE_URL",
    show_envvar=True,
    help="The API URL, or the bare cloud id (e.g. acme).",
)
@click.option("--client-id", envvar="CLOUDCONNEXA_CLIENT_ID", show_envvar=True, help="API client id.")
@click.option(
    "--client-secret",
    envvar="CLOUDCONNEXA_CLIENT_SECRET",
    show_envvar=True,
    help="API client secret (prefer the variable: flags show in `ps`).",
)
@click.option(
    "--api-version",
    envvar="CLOUDCONNEXA_API_VERSION",
    show_envvar=True,
    help="The API version to speak (default: the SDK's).",
)
@click.option("--max-retries", type=click.IntRange(min=0), help="Retries after network errors and 502/503/504.")
@click.option(
    "--max-rate-limit-wait",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Give up (exit 5) rather than wait longer than this for the rate limit.",
)
@click.version_option(package_name="cloudconnexa")
@click.pass_context
def cli(ctx: click.Context, /, **settings: Any) -> None:
    """Every CloudConnexa API area from the shell, built on the cloudconnexa SDK.

    Commands mirror the SDK: `client.networks.connectors.list(network_id=...)` is
    `cloudconnexa networks connectors list --network-id ...`. Output is JSON when piped (or
    with --json), a table on a terminal. Retries, rate limits and paging are the SDK's.
    """
    app = ctx.ensure_object(AppContext)
    app.settings.update({name: value for name, value in settings.items() if value is not None})


@cli.command("export")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one JSON file per item into this directory (resumable).",
)
@click.option(
    "-o",
    "--output",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the one JSON document to this file (resumable) instead of stdout.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar and ETA (default: on a terminal).")
@click.pass_obj
def export_command(app: AppContext, out_dir: Path | None, out_file: Path | None, progress: bool | None) -> None:
    """Snapshot the whole tenant: every listing and readable setting of the API version.

    Listings are read 1000 records per request under the rate limit. Each item is saved as
    soon as it is read, so rerunning an interrupted export skips what is already saved.
    The summary (stderr) counts items saved, skipped (not configured, or not in this API
    version) and failed; the exit code is 1 if any failed.
    """
    if out_dir is not None and out_file is not None:
        raise click.UsageError("give --out DIR or --output FILE, not both")
    show = progress if progress is not None else sys.stderr.isatty()
    with guarded(), app.client() as client:
        if out_dir is not None:
            summary = run_export(client, out_dir, progress=show)
        else:
            with parts_directory(out_file) as parts:
                summary = run_export(client, parts, progress=show)
                if out_file is None:
                    write_document(parts, sys.stdout)
                elif not summary.failed:
                    partial = out_file.with_name(out_file.name + ".partial")
                    with partial.open("w", encoding="utf-8") as file:
                        write_document(parts, file)
                    partial.replace(out_file)
                    shutil.rmtree(parts)
    resumed = f", {len(summary.resumed)} already saved" if summary.resumed else ""
    click.echo(f"export: {len(summary.saved)} saved{resumed}, {len(summary.skipped)} skipped, "
               f"{len(summary.failed)} failed", err=True)  # fmt: skip
    for key, reason in {**summary.skipped, **summary.failed}.items():
        click.echo(f"  {'failed' if key in summary.failed else 'skipped'} {key}: {reason}", err=True)
    ctx = click.get_current_context()
    ctx.exit(exit_code(summary))


@cli.command("diff")
@click.argument("a", type=click.Path(exists=True, path_type=Path))
@click.argument("b", type=click.Path(exists=True, path_type=Path))
@click.option("--json/--text", "as_json", default=False, help="The differences as JSON.")
def diff_command(a: Path, b: Path, as_json: bool) -> None:
    """Compare two exports (files or --out directories) record by record id.

    Exit code 0 when they are the same, 1 when they differ.
    """
    try:
        changes = diff_snapshots(load_snapshot(a), load_snapshot(b))
    except (OSError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    out = sys.stdout
    if as_json:
        out.write(json.dumps(changes, indent=2) + "\n")
    else:
        print_diff(changes, out)
    click.get_current_context().exit(int(ExitCode.ERROR if changes else ExitCode.OK))
