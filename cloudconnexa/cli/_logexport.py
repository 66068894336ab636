"""`cloudconnexa <area> export`: append a cursor listing's new records as JSON lines.

Each run exports one time window, `[end of the previous window, now - lag)`, following the
cursor; the state file keeps the window, the cursor after the last written batch and the
output's committed size. Per batch: append its records, fsync, then replace the state file
atomically. A run stopped between the two leaves records past the committed size: the next
run truncates them away and fetches that batch again from the saved cursor, so no record is
lost or written twice (with `--out FILE`; on stdout a crash there can repeat one batch).
"""

from __future__ import annotations

import datetime
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import click

from ._commands import AppContext, guarded, kebab, params_for
from ._derive import MethodInfo
from ._params import DATETIME

__all__ = ["ExportState", "build_log_export_command"]

WINDOW_PARAMS = {"start_date", "end_date", "cursor", "size"}
"""The parameters the export drives itself; the listing's other filters become options."""


@dataclass
class ExportState:
    """The contents of `--state FILE`."""

    next_start: datetime.datetime | None = None
    """Where the next window starts (the end of the last finished one)."""
    window: tuple[datetime.datetime, datetime.datetime] | None = None
    """The window in progress, when a run stopped inside one."""
    cursor: str | None = None
    """The cursor after the last batch written in `window`."""
    out_inode: int | None = None
    out_offset: int | None = None
    """The output file's identity and committed size (records past it are rolled back)."""
    exported: int = 0

    @classmethod
    def load(cls, path: Path) -> ExportState:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())

        def instant(value: Any) -> datetime.datetime | None:
            return datetime.datetime.fromisoformat(value) if isinstance(value, str) else None

        window = data.get("window")
        return cls(
            next_start=instant(data.get("nextStart")),
            window=(instant(window[0]), instant(window[1])) if window else None,  # type: ignore[arg-type]
            cursor=data.get("cursor"),
            out_inode=data.get("outInode"),
            out_offset=data.get("outOffset"),
            exported=int(data.get("exported", 0)),
        )

    def save(self, path: Path) -> None:
        """Replace the state file atomically (write a sibling, fsync, rename)."""
        data = {
            "nextStart": self.next_start.isoformat() if self.next_start else None,
            "window": [self.window[0].isoformat(), self.window[1].isoformat()] if self.window else None,
            "cursor": self.cursor,
            "outInode": self.out_inode,
            "outOffset": self.out_offset,
            "exported": self.exported,
        }
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w") as file:
            json.dump(data, file, indent=2)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)


def _open_output(out: Path | None, state: ExportState) -> TextIO:
    """The output stream; for a file, first roll back records written after the last commit."""
    if out is None:
        return sys.stdout
    file = out.open("a+", encoding="utf-8")
    status = os.fstat(file.fileno())
    same_file = state.out_inode == status.st_ino and state.out_offset is not None
    if same_file and state.out_offset is not None and status.st_size > state.out_offset:
        file.truncate(state.out_offset)  # a run stopped after writing, before committing
    elif not same_file or status.st_size < (state.out_offset or 0):
        state.out_inode = status.st_ino  # a new or rotated file: nothing to roll back
    state.out_offset = os.fstat(file.fileno()).st_size
    file.seek(0, os.SEEK_END)
    return file


def _commit(file: TextIO, state: ExportState, state_path: Path, *, is_file: bool) -> None:
    file.flush()
    if is_file:
        os.fsync(file.fileno())
        state.out_offset = file.tell()
    state.save(state_path)


def run_export(
    app: AppContext,
    listing: MethodInfo,
    *,
    state_path: Path,
    out: Path | None,
    since: datetime.datetime | None,
    lag: float,
    filters: dict[str, Any],
    now: datetime.datetime | None = None,
) -> int:
    """One export run; returns how many records it appended."""
    state = ExportState.load(state_path)
    now = now or datetime.datetime.now(datetime.UTC)
    if state.window is None:
        start = state.next_start or since or now - datetime.timedelta(days=1)
        end = now - datetime.timedelta(seconds=lag)
        if end <= start:
            return 0
        state.window, state.cursor = (start, end), None
    start, end = state.window
    file = _open_output(out, state)
    written = 0
    try:
        state.save(state_path)  # the window is fixed before the first request
        with app.client() as client:
            records = listing.call(client, start_date=start, end_date=end, cursor=state.cursor, **filters)
            committed = state.cursor
            for record in records:
                file.write(json.dumps(record.to_dict(), ensure_ascii=False, default=str) + "\n")
                written += 1
                if records.resume_cursor != committed or records.exhausted:
                    committed = state.cursor = records.resume_cursor
                    state.exported += written
                    written = 0
                    _commit(file, state, state_path, is_file=out is not None)
            state.exported += written
            state.next_start, state.window, state.cursor = end, None, None
            _commit(file, state, state_path, is_file=out is not None)
    finally:
        if out is not None:
            file.close()
    return state.exported


def build_log_export_command(listing: MethodInfo) -> click.Command:
    """`export` for a namespace whose `list` follows a cursor (sessions, audit logs)."""
    area = listing.path[-2] if len(listing.path) > 1 else listing.path[0]
    filters = [p for p in listing.parameters if p.name not in WINDOW_PARAMS]
    params: list[click.Parameter] = [
        click.Option(["--state", "state_path"], required=True, type=click.Path(dir_okay=False, path_type=Path),
                     help="The state file: the window and cursor to resume from (created on the first run)."),
        click.Option(["--out"], type=click.Path(dir_okay=False, path_type=Path),
                     help="Append JSON lines to this file (exactly once, even across crashes); default stdout."),
        click.Option(["--since"], type=DATETIME,
                     help="Where the first run starts (default: one day ago); later runs continue from the state."),
        click.Option(["--lag"], type=click.FloatRange(min=0), default=60.0, show_default=True,
                     help="Seconds to stay behind now, for records the API is still indexing."),
    ]  # fmt: skip
    params += [p for parameter in filters for p in params_for(listing, parameter)]

    def callback(
        state_path: Path, out: Path | None, since: datetime.datetime | None, lag: float, **values: Any
    ) -> None:
        given = {name: value for name, value in values.items() if value is not None and value != ()}
        app = click.get_current_context().find_object(AppContext)
        assert app is not None
        with guarded():
            total = run_export(app, listing, state_path=state_path, out=out, since=since, lag=lag, filters=given)
        click.echo(f"{area}: {total} records exported so far (state in {state_path})", err=True)

    return click.Command(
        "export",
        params=params,
        callback=callback,
        short_help=f"Append new {area} as JSON lines since the last run (resumable; for cron).",
        help=f"""Append the {area} created or updated since the last run to --out as JSON lines.

        Each run exports the window from where the previous run ended to now (minus --lag),
        following the API's cursor; --state keeps the window and the cursor after the last
        written batch. Safe to interrupt: the next run rolls back an uncommitted batch and
        resumes from the saved cursor, so no record is lost or written twice.

        Every 15 minutes from cron:

            */15 * * * * cloudconnexa {kebab(listing.path[0])} export --state cc.state --out cc.jsonl
        """,
    )
