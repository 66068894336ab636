"""`cloudconnexa export` (a whole tenant's configuration) and `cloudconnexa diff A B`.

What is exported is derived from the façade, not listed by hand: every `list` and every
`get...` method that needs no argument (settings getters included), except cursor listings
(sessions, audit logs: history, exported by `<area> export`). Each item is written to its own
file as soon as it is read, then renamed into place, so an interrupted export resumes by
skipping the items already saved.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import click

from .. import _exceptions as errors
from .._operations import UnsupportedOperationError
from .._sync._client import Client
from ._derive import MethodInfo, iter_methods
from ._errors import ExitCode, describe
from ._output import to_plain

__all__ = ["ExportItem", "diff_snapshots", "export_items", "load_snapshot", "run_export"]

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ExportItem:
    """One thing an export reads: a listing or a setting."""

    key: str
    """Its name in the snapshot, e.g. `networks.connectors` or `settings.snat`."""
    method: MethodInfo


def export_items() -> list[ExportItem]:
    """Every listing and readable setting of the façade, in a stable order."""
    items = []
    for info in iter_methods():
        name = info.path[-1]
        if info.required or info.is_cursor_listing or not (name == "list" or name.startswith("get")):
            continue
        prefix = info.path[:-1]
        suffix = () if name in ("list", "get") else (name.removeprefix("get_"),)
        items.append(ExportItem(".".join((*prefix, *suffix)), info))
    return items


@dataclass
class Summary:
    saved: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"saved": self.saved, "resumed": self.resumed, "skipped": self.skipped, "failed": self.failed}


def _write_item(client: Client, item: ExportItem, path: Path) -> int:
    """Read one item into `path` (records streamed, then renamed into place); returns a count."""
    temporary = path.with_name(path.name + ".partial")
    count = 1
    try:
        with temporary.open("w", encoding="utf-8") as file:
            result = item.method.call(client)
            if item.method.streams:
                count = 0
                file.write("[")
                for count, record in enumerate(result, start=1):
                    file.write(("\n" if count == 1 else ",\n") + json.dumps(to_plain(record), ensure_ascii=False))
                file.write("\n]\n" if count else "]\n")
            else:
                plain = to_plain(result)
                count = len(plain) if isinstance(plain, list) else 1
                json.dump(plain, file, ensure_ascii=False)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)  # a failed or interrupted item leaves nothing behind
        raise
    os.replace(temporary, path)
    return count


def run_export(client: Client, directory: Path, *, progress: bool) -> Summary:
    """Export every item into `directory` (`<key>.json` each); items already there are kept."""
    directory.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    items = export_items()
    bar = click.progressbar(items, label="export", file=sys.stderr, show_eta=True, show_pos=True,
                            item_show_func=lambda i: i.key if i else None)  # fmt: skip
    with bar if progress else contextlib.nullcontext(items) as iterator:
        for item in iterator:
            path = directory / f"{item.key}.json"
            if path.exists():
                summary.resumed.append(item.key)
                continue
            try:
                _write_item(client, item, path)
            except (errors.NotFoundError, errors.UnsupportedByAPIVersion, UnsupportedOperationError) as exc:
                summary.skipped[item.key] = describe(exc)  # not configured, or not in this API version
            except (errors.AuthenticationError, errors.APIConnectionError):
                raise  # every later item would fail the same way
            except errors.CloudConnexaError as exc:
                summary.failed[item.key] = describe(exc)
            else:
                summary.saved.append(item.key)
    manifest = {"apiVersion": client.api_version, "items": [i.key for i in items], "summary": summary.to_dict()}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return summary


def write_document(directory: Path, out: TextIO) -> None:
    """The parts of `directory` as one JSON document (streamed part by part)."""
    manifest = json.loads((directory / MANIFEST).read_text())
    out.write(json.dumps({"apiVersion": manifest["apiVersion"], "summary": manifest["summary"]})[:-1])
    out.write(', "items": {')
    first = True
    for key in manifest["items"]:
        path = directory / f"{key}.json"
        if not path.exists():
            continue
        out.write(("\n" if first else ",\n") + json.dumps(key) + ": ")
        with path.open(encoding="utf-8") as part:
            shutil.copyfileobj(part, out)
        first = False
    out.write("}}\n")


@contextlib.contextmanager
def parts_directory(out_file: Path | None) -> Iterator[Path]:
    """Where a one-document export keeps its parts: beside `-o FILE` (kept until the
    document is complete, so a rerun resumes), or a temporary directory for stdout."""
    if out_file is None:
        with tempfile.TemporaryDirectory(prefix="cloudconnexa-export-") as name:
            yield Path(name)
        return
    directory = out_file.with_name(out_file.name + ".parts")
    yield directory


def load_snapshot(path: Path) -> dict[str, Any]:
    """A snapshot's items, from a one-document export or an `--out DIR` directory."""
    if path.is_dir():
        return {p.name.removesuffix(".json"): json.loads(p.read_text()) for p in sorted(path.glob("*.json"))
                if p.name != MANIFEST}  # fmt: skip
    document = json.loads(path.read_text())
    if not isinstance(document, Mapping) or not isinstance(document.get("items"), Mapping):
        raise ValueError(f"{path} is not a cloudconnexa export (no 'items')")
    return dict(document["items"])


def _by_id(value: Any) -> dict[str, Any] | None:
    if isinstance(value, list) and all(isinstance(r, Mapping) and "id" in r for r in value):
        return {str(r["id"]): r for r in value}
    return None


def diff_snapshots(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """Per item: records added/removed/changed by id (listings) or the two values (settings)."""
    changes: dict[str, Any] = {}
    for key in sorted(set(a) | set(b)):
        left, right = a.get(key), b.get(key)
        if left == right:
            continue
        left_ids, right_ids = _by_id(left or []), _by_id(right or [])
        if left_ids is not None and right_ids is not None:
            changed = {}
            for record_id in sorted(set(left_ids) & set(right_ids)):
                old, new = left_ids[record_id], right_ids[record_id]
                if old != new:
                    changed[record_id] = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
            changes[key] = {
                "added": sorted(set(right_ids) - set(left_ids)),
                "removed": sorted(set(left_ids) - set(right_ids)),
                "changed": changed,
            }
        else:
            changes[key] = {"from": left, "to": right}
    return changes


def print_diff(changes: Mapping[str, Any], out: TextIO) -> None:
    for key, change in changes.items():
        if "from" in change:
            out.write(f"{key}: {json.dumps(change['from'])} -> {json.dumps(change['to'])}\n")
            continue
        added, removed, changed = change["added"], change["removed"], change["changed"]
        out.write(f"{key}: +{len(added)} -{len(removed)} ~{len(changed)}\n")
        out.writelines(f"  + {record_id}\n" for record_id in added)
        out.writelines(f"  - {record_id}\n" for record_id in removed)
        out.writelines(f"  ~ {record_id}: {', '.join(fields)}\n" for record_id, fields in changed.items())


def exit_code(summary: Summary) -> int:
    return int(ExitCode.ERROR if summary.failed else ExitCode.OK)
