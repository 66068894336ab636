#!/usr/bin/env python3
"""Generate the sync twin `cloudconnexa/_sync/` from the async source `cloudconnexa/_async/`.

    python scripts/unasync.py          # rewrite cloudconnexa/_sync/
    python scripts/unasync.py --check  # exit 1 if _sync/ is stale or a rule matched nothing

The resource namespaces are wide and mechanical, so they are written once, async, and the
sync version is derived by whole-word substitutions. `--check` also fails when a rule is no
longer used anywhere, so the table cannot collect dead entries.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "cloudconnexa" / "_async"
TARGET = ROOT / "cloudconnexa" / "_sync"

# (async spelling, sync spelling), applied in order as whole-word regex substitutions.
RULES: list[tuple[str, str]] = [
    (r"async def", "def"),
    (r"async with", "with"),
    (r"async for", "for"),
    (r"await ", ""),
    (r"__aiter__", "__iter__"),
    (r"AsyncIterator", "Iterator"),
    (r"AsyncGenerator\[(.+), None\]", r"Generator[\1, None, None]"),
    (r"Awaitable\[(\w+)\]", r"\1"),
    (r"Awaitable, ", ""),
    (r"gather_async", "gather_sync"),
    (r"async_admission", "sync_admission"),
    (r"AsyncAPIClient", "SyncAPIClient"),
    (r"Async([A-Z]\w*)", r"\1"),
    (r"aclose", "close"),
    (r"aclient", "client"),  # the variable name in docstring examples
    (r"async_lock", "sync_lock"),
    (r"aread", "read"),
]
HEADER = "# Generated from cloudconnexa/_async/{name} by scripts/unasync.py. Do not edit.\n"


def unasync_text(text: str, used: set[str]) -> str:
    for pattern, replacement in RULES:
        text, count = re.subn(_whole_word(pattern), replacement, text)
        if count:
            used.add(pattern)
    return text


def _whole_word(pattern: str) -> str:
    """`pattern` anchored at word boundaries on the sides where it starts/ends with a word char."""
    start = r"\b" if re.match(r"\w", pattern) else ""
    end = r"\b" if re.search(r"\w$", pattern) else ""
    return f"{start}{pattern}{end}"


def render() -> tuple[dict[Path, str], set[str]]:
    used: set[str] = set()
    files: dict[Path, str] = {}
    for source in sorted(SOURCE.rglob("*.py")):
        rel = source.relative_to(SOURCE)
        files[rel] = HEADER.format(name=rel.as_posix()) + unasync_text(source.read_text(), used)
    return files, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    files, used = render()
    existing = {p.relative_to(TARGET): p.read_text() for p in TARGET.rglob("*.py")} if TARGET.exists() else {}
    if args.check:
        problems = [f"stale: cloudconnexa/_sync/{rel}" for rel, text in files.items() if existing.get(rel) != text]
        problems += [f"orphan: cloudconnexa/_sync/{rel}" for rel in existing if rel not in files]
        problems += [f"unused rule: {pattern!r}" for pattern, _ in RULES if pattern not in used]
        if problems:
            print("\n".join(problems) + "\nrun scripts/unasync.py", file=sys.stderr)
            raise SystemExit(1)
        print(f"cloudconnexa/_sync/ is up to date ({len(files)} files)")
        return
    for rel in existing:
        if rel not in files:
            (TARGET / rel).unlink()
    for rel, text in files.items():
        path = TARGET / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    print(f"wrote {len(files)} files to cloudconnexa/_sync/")


if __name__ == "__main__":
    main()
