"""Printing results: JSON for pipes (records as the API spells them), a compact table for people.

Listings are streamed: JSON is written record by record as one array, a table fixes its
column widths from the first rows, so memory stays constant however long the listing.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

__all__ = ["OutputOptions", "print_result", "print_stream", "to_plain"]

_TABLE_SAMPLE = 50
"""Rows read ahead to size the table's columns."""
_MAX_COLUMNS = 6
_MAX_WIDTH = 40


def to_plain(value: Any) -> Any:
    """A result as plain JSON data: models through their `to_dict()` (camelCase keys)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str | int):  # an Enum
        return value.value
    return value


class OutputOptions:
    """`--json`/`--table` and `--fields` of one command."""

    def __init__(self, *, as_json: bool, fields: Sequence[str] | None) -> None:
        self.as_json = as_json
        self.fields = list(fields) if fields else None

    def select(self, record: Any) -> Any:
        if self.fields is None or not isinstance(record, Mapping):
            return record
        return {name: record.get(name) for name in self.fields}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def print_result(value: Any, options: OutputOptions, out: TextIO) -> None:
    """One call's result: nothing for None, text as is, records as JSON or a table."""
    if value is None:
        return
    if isinstance(value, str):
        out.write(value if value.endswith("\n") else value + "\n")
        return
    plain = to_plain(value)
    if isinstance(plain, list) and all(isinstance(item, Mapping) for item in plain):
        print_stream(iter(plain), options, out)
    elif options.as_json or not isinstance(plain, Mapping):
        out.write(_dumps(options.select(plain)) + "\n")
    else:
        selected = options.select(plain)
        width = max((len(str(k)) for k in selected), default=0)
        for key, item in selected.items():
            out.write(f"{key:<{width}}  {_cell(item)}\n")


def print_stream(records: Iterator[Any], options: OutputOptions, out: TextIO) -> int:
    """Print records as they come (a JSON array, or table rows); returns how many."""
    plain = (options.select(to_plain(record)) for record in records)
    if options.as_json:
        count = 0
        out.write("[")
        for count, record in enumerate(plain, start=1):
            out.write(("\n" if count == 1 else ",\n") + _dumps(record))
        out.write("\n]\n" if count else "]\n")
        return count
    sample = list(itertools.islice(plain, _TABLE_SAMPLE))
    columns = options.fields or _default_columns(sample)
    widths = {c: min(_MAX_WIDTH, max([len(c)] + [len(_cell(r.get(c))) for r in sample])) for c in columns}
    out.write("  ".join(c.ljust(widths[c]) for c in columns).rstrip() + "\n")
    count = 0
    for record in itertools.chain(sample, plain):
        count += 1
        cells = (_fit(_cell(record.get(c) if isinstance(record, Mapping) else record), widths[c]) for c in columns)
        out.write("  ".join(cells).rstrip() + "\n")
    return count


def _default_columns(sample: Iterable[Any]) -> list[str]:
    """The first scalar fields of the first rows (the API's field order), `id` first."""
    columns: dict[str, None] = {}
    for record in sample:
        if isinstance(record, Mapping):
            for key, value in record.items():
                if not isinstance(value, Mapping | list):
                    columns.setdefault(key)
    names = list(columns)
    if "id" in names:
        names.remove("id")
        names.insert(0, "id")
    return names[:_MAX_COLUMNS] or ["value"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list):
        return _dumps(value)
    return str(value)


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
